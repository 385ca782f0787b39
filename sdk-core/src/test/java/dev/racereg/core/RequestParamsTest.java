package dev.racereg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.testing.SampleParams;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestParamsTest {

  private static SampleParams.Builder ada() {
    return SampleParams.builder().email("ada@example.com").password("correct horse").page(2);
  }

  @Test
  void paramsWithTheSameValuesAreEqualAndHashAlike() {
    SampleParams a = ada().putAdditionalQueryParam("beta", "1").build();
    SampleParams b = ada().putAdditionalQueryParam("beta", "1").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void aDifferentDeclaredOrAdditionalValueMakesThemUnequal() {
    SampleParams base = ada().build();

    assertThat(base).isNotEqualTo(ada().page(3).build())
        .isNotEqualTo(ada().password("other horse").build())
        .isNotEqualTo(ada().putAdditionalQueryParam("beta", "1").build())
        .isNotEqualTo(ada().putAdditionalHeader("X-Beta", "1").build())
        .isNotEqualTo(ada().putAdditionalBodyProperty("beta", 1).build());
  }

  @Test
  void toStringMasksSecretsAndAdditionalHeaderValues() {
    SampleParams p = ada().putAdditionalHeader("X-Api-Key", "key-0123456789")
        .putAdditionalQueryParam("beta", "1").putAdditionalBodyProperty("note", "hi").build();

    assertThat(p.toString())
        .isEqualTo("SampleParams{email=ada@example.com, password=****, page=2, "
            + "additionalQueryParams={beta=1}, additionalHeaders={X-Api-Key=****}, "
            + "additionalBodyProperties={note=\"hi\"}}")
        .doesNotContain("correct horse", "key-0123456789");
  }

  @Test
  void toStringOmitsAdditionalValuesWhenThereAreNone() {
    assertThat(SampleParams.builder().email("a@b.c").build().toString())
        .isEqualTo("SampleParams{email=a@b.c, password=****, page=null}");
  }

  @Test
  void toBuilderKeepsEveryValueAndChangesNothingInTheOriginal() {
    SampleParams original = ada().putAdditionalQueryParam("beta", "1")
        .putAdditionalHeader("X-Beta", "yes").putAdditionalBodyProperty("note", "hi").build();

    SampleParams copy = original.toBuilder().build();
    SampleParams changed = original.toBuilder().page(9).removeAdditionalQueryParam("beta")
        .putAdditionalHeader("X-Other", "1").build();

    assertThat(copy).isEqualTo(original);
    assertThat(changed.page()).contains(9);
    assertThat(changed.additionalQueryParams()).isEmpty();
    assertThat(changed.additionalHeaders()).containsOnlyKeys("X-Beta", "X-Other");
    assertThat(original.page()).contains(2);
    assertThat(original.additionalQueryParams()).containsEntry("beta", "1");
    assertThat(original.additionalHeaders()).containsOnlyKeys("X-Beta");
  }

  @Test
  void additionalValuesKeepTheOrderPutAndCannotBeChangedFromOutside() {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("a", 1);
    SampleParams p = ada().putAdditionalQueryParam("z", "1").putAdditionalQueryParam("a", "2")
        .putAdditionalBodyProperty("obj", node).build();
    node.put("a", 2);

    assertThat(p.additionalQueryParams().keySet()).containsExactly("z", "a");
    assertThatThrownBy(() -> p.additionalQueryParams().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.additionalHeaders().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    ((ObjectNode) p.additionalBodyProperties().get("obj")).put("a", 3);
    assertThat(p.additionalBodyProperties().get("obj").get("a").asInt()).isEqualTo(1);
  }

  @Test
  void putReplacesAndHeadersMatchCaseInsensitively() {
    SampleParams p = ada().putAdditionalQueryParam("beta", "1").putAdditionalQueryParam("beta", "2")
        .putAdditionalHeader("x-beta", "1").putAdditionalHeader("X-Beta", "2")
        .putAllAdditionalBodyProperties(Map.of("n", 1)).removeAdditionalBodyProperty("n")
        .build();

    assertThat(p.additionalQueryParams()).containsExactly(Map.entry("beta", "2"));
    assertThat(p.additionalHeaders()).containsExactly(Map.entry("X-Beta", "2"));
    assertThat(p.additionalBodyProperties()).isEmpty();
  }

  @Test
  void bodyValuesAreConvertedToJsonWhenPut() {
    SampleParams p = ada().putAdditionalBodyProperty("at", Instant.parse("2026-05-17T08:00:00Z"))
        .putAdditionalBodyProperty("tags", List.of("a", "b"))
        .putAdditionalBodyProperty("cleared", null)
        .putAdditionalBodyProperty("flag", true).build();

    assertThat(p.additionalBodyProperties().get("at").asText()).isEqualTo("2026-05-17T08:00:00Z");
    assertThat(p.additionalBodyProperties().get("tags").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(p.additionalBodyProperties().get("cleared").isNull()).isTrue();
    assertThat(p.additionalBodyProperties().get("flag").asBoolean()).isTrue();
  }

  @Test
  void blankNamesAreRejectedNamingTheMap() {
    assertThatThrownBy(() -> ada().putAdditionalQueryParam(" ", "1"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("additionalQueryParams"));
    assertThatThrownBy(() -> ada().putAdditionalHeader("", "1"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("additionalHeaders"));
    assertThatThrownBy(() -> ada().putAdditionalBodyProperty(null, 1))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("additionalBodyProperties"));
  }

  @Test
  void headersThatCouldSplitTheRequestAreRejectedWithoutEchoingTheValue() {
    assertThatThrownBy(() -> ada().putAdditionalHeader("X Beta", "1"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("HTTP token");
    assertThatThrownBy(() -> ada().putAdditionalHeader("X-Beta", "secret-1\r\nX-Evil: 1"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("line breaks")
        .hasMessageNotContaining("secret-1");
    assertThatThrownBy(() -> ada().putAdditionalQueryParam("beta", null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aValueThatCannotBeWrittenAsJsonIsRejectedWhenPut() {
    assertThatThrownBy(() -> ada().putAdditionalBodyProperty("thing", new Object()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("'thing'");
  }
}
