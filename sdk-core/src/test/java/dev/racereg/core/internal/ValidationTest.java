package dev.racereg.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.ValidationException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValidationTest {

  private static void refused(Runnable check, String field, String rule) {
    assertThatThrownBy(check::run).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
      assertThat(e.getMessage()).isEqualTo(field + ": " + rule);
      assertThat(e).isInstanceOf(RaceRegException.class);
    });
  }

  @Test
  void requiredNamesTheField() {
    refused(() -> Validation.required(null, "eventId"), "eventId", "must be set");
    assertThat(Validation.required(7, "eventId")).isEqualTo(7);
  }

  @Test
  void notBlankRefusesNullEmptyAndWhitespace() {
    refused(() -> Validation.notBlank(null, "slug"), "slug", "must not be blank");
    refused(() -> Validation.notBlank("", "slug"), "slug", "must not be blank");
    refused(() -> Validation.notBlank(" \t\n", "slug"), "slug", "must not be blank");
    assertThat(Validation.notBlank(" x ", "slug")).isEqualTo(" x ");
  }

  @Test
  void matchesNeedsTheWholeValue() {
    Pattern hex24 = Pattern.compile("[0-9a-f]{24}");
    String rule = "must be 24 hexadecimal digits";

    refused(() -> Validation.matches("abc", hex24, "organiserId", rule), "organiserId", rule);
    refused(() -> Validation.matches("0123456789abcdef01234567x", hex24, "organiserId", rule), "organiserId", rule);
    refused(() -> Validation.matches(null, hex24, "organiserId", rule), "organiserId", rule);
    assertThat(Validation.matches("0123456789abcdef01234567", hex24, "organiserId", rule))
        .isEqualTo("0123456789abcdef01234567");
  }

  @Test
  void rangesSayTheBoundsAndTheValue() {
    refused(() -> Validation.inRange(0, 1, 100, "pageSize"), "pageSize", "must be between 1 and 100, was 0");
    refused(() -> Validation.inRange(101, 1, 100, "pageSize"), "pageSize", "must be between 1 and 100, was 101");
    assertThat(Validation.inRange(1, 1, 100, "pageSize")).isEqualTo(1);
    assertThat(Validation.inRange(100, 1, 100, "pageSize")).isEqualTo(100);
    refused(() -> Validation.atLeast(-1, 0, "offset"), "offset", "must be at least 0, was -1");
    assertThat(Validation.atLeast(0, 0, "offset")).isZero();
  }

  @Test
  void checkUsesTheGivenRule() {
    refused(() -> Validation.check(false, "bib", "must contain only digits"), "bib", "must contain only digits");
    Validation.check(true, "bib", "never thrown");
  }
}
