package dev.racereg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.model.RegistrationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenEnumTest {

  /** A second open enum, to check that values of different types never mix. */
  static final class Colour extends OpenEnum {
    private static final Values<Colour> VALUES = new Values<>(Colour::new);
    static final Colour CONFIRMED = VALUES.known("CONFIRMED");
    static final Colour RED = VALUES.known("RED");

    private Colour(String value, boolean known) {
      super(value, known);
    }

    @JsonCreator
    static Colour of(String value) {
      return VALUES.of(value);
    }

    static List<Colour> all() {
      return List.copyOf(VALUES.all());
    }
  }

  /** A model holding open enums, as native models do. */
  record Entry(String id, RegistrationStatus status, List<RegistrationStatus> history) {}

  @Test
  void knownValuesAreTheConstants() {
    assertThat(RegistrationStatus.of("CONFIRMED")).isSameAs(RegistrationStatus.CONFIRMED);
    assertThat(RegistrationStatus.CONFIRMED.isKnown()).isTrue();
    assertThat(RegistrationStatus.CONFIRMED.value()).isEqualTo("CONFIRMED");
    assertThat(RegistrationStatus.CONFIRMED).hasToString("CONFIRMED");
  }

  @Test
  void unknownValuesAreKeptExactly() {
    RegistrationStatus waitlisted = RegistrationStatus.of("waitlisted-2026");

    assertThat(waitlisted.isKnown()).isFalse();
    assertThat(waitlisted.value()).isEqualTo("waitlisted-2026");
    assertThat(waitlisted).isEqualTo(RegistrationStatus.of("waitlisted-2026"))
        .hasSameHashCodeAs(RegistrationStatus.of("waitlisted-2026"));
    assertThat(RegistrationStatus.of("confirmed")).as("case is part of the value")
        .isNotEqualTo(RegistrationStatus.CONFIRMED).matches(s -> !s.isKnown());
  }

  @Test
  void sameSpellingInAnotherEnumIsNotEqual() {
    assertThat((Object) Colour.CONFIRMED).isNotEqualTo(RegistrationStatus.CONFIRMED);
    assertThat(Colour.of("RED")).isSameAs(Colour.RED);
    assertThat(Colour.all()).containsExactly(Colour.CONFIRMED, Colour.RED);
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> RegistrationStatus.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void unknownValuesRoundTripThroughJackson() throws Exception {
    String json = "{\"id\":\"r1\",\"status\":\"ON_HOLD\",\"history\":[\"PENDING\",\"ON_HOLD\",\"CONFIRMED\"]}";

    Entry entry = Codecs.json().readValue(json, Entry.class);

    assertThat(entry.status().value()).isEqualTo("ON_HOLD");
    assertThat(entry.status().isKnown()).isFalse();
    assertThat(entry.history()).containsExactly(RegistrationStatus.PENDING, RegistrationStatus.of("ON_HOLD"),
        RegistrationStatus.CONFIRMED);
    assertThat(entry.history().get(2)).isSameAs(RegistrationStatus.CONFIRMED);
    assertThat(Codecs.json().writeValueAsString(entry)).isEqualTo(json);
  }

  @Test
  void startListMembershipFollowsTheStatus() {
    assertThat(RegistrationStatus.CONFIRMED.isOnStartList()).isTrue();
    assertThat(RegistrationStatus.PENDING.isOnStartList()).isFalse();
    assertThat(RegistrationStatus.of("VIP").isOnStartList()).isFalse();
  }
}
