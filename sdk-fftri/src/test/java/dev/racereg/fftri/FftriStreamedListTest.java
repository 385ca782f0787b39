package dev.racereg.fftri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pass list is bound straight from the parser; it must give what the tree path gives (the
 * same passes in the same order, unknown members kept) and fail with the same messages.
 */
class FftriStreamedListTest {

  private static List<Pass> streamed(String json) throws Exception {
    return FftriJson.keyedList(json.getBytes(StandardCharsets.UTF_8), Pass.class, "passes");
  }

  private static List<Pass> viaTree(String json) throws Exception {
    return FftriJson.keyedList(FftriJson.tree(json.getBytes(StandardCharsets.UTF_8), "passes"), Pass.class, "passes");
  }

  private static List<String> summary(List<Pass> passes) {
    return passes.stream().map(p -> p.passNumber().orElse("-") + "|" + p.firstName().orElse("-") + "|"
        + p.birthDate().map(Object::toString).orElse("-") + "|" + p.paid().orElse(null) + "|"
        + p.unknownFields()).toList();
  }

  @Test
  void aKeyedListReadsAsTheTreePathReadsItRepeatedKeysIncluded() throws Exception {
    String json = "{\"7\":{\"passNumber\":\"PC1\",\"firstname\":\"Léa\",\"birthDate\":\"2001-02-03\",\"isPaid\":\"1\","
        + "\"shirt\":{\"size\":\"M\",\"price\":12.50}},"
        + "\"9\":{\"passNumber\":\"PC2\",\"isPaid\":\"0\",\"created\":\"0000-00-00\"},"
        + "\"7\":{\"passNumber\":\"PC3\",\"isPaid\":true}}";
    assertThat(summary(streamed(json))).isEqualTo(summary(viaTree(json)))
        .containsExactly("PC3|-|-|true|{}", "PC2|-|-|false|{}");
    String withUnknown = "{\"1\":{\"passNumber\":\"PC1\",\"shirt\":{\"size\":\"M\",\"price\":12.50}}}";
    assertThat(streamed(withUnknown).get(0).unknownFields()).containsKey("shirt");
    assertThat(summary(streamed(withUnknown))).isEqualTo(summary(viaTree(withUnknown)));
  }

  @Test
  void anArrayAndAnEmptyCollectionReadAsTheTreePathReadsThem() throws Exception {
    String json = "[{\"passNumber\":\"PC1\"},{\"passNumber\":\"PC2\"}]";
    assertThat(summary(streamed(json))).isEqualTo(summary(viaTree(json))).hasSize(2);
    assertThat(streamed("[]")).isEmpty();
    assertThat(streamed("{}")).isEmpty();
  }

  @Test
  void wrongShapesFailWithTheTreePathsMessages() {
    for (String json : List.of("", "  ", "\"text\"", "42", "{\"1\":\"x\"}", "{\"1\":null}", "[3]")) {
      Throwable fromTree = org.assertj.core.api.Assertions.catchThrowable(() -> viaTree(json));
      assertThatThrownBy(() -> streamed(json)).as(json).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(fromTree.getMessage());
    }
  }

  @Test
  void malformedJsonIsAJacksonErrorNotASilentShortList() {
    assertThatThrownBy(() -> streamed("{\"1\":{\"passNumber\":\"PC1\"},")).isInstanceOf(java.io.IOException.class);
    assertThatThrownBy(() -> streamed("{\"1\":{\"birthDate\":\"not a date\"}}")).isInstanceOf(java.io.IOException.class);
  }
}
