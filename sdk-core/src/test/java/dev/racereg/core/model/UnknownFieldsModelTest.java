package dev.racereg.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class UnknownFieldsModelTest {

  /** A model adopting the base the way the Javadoc says. */
  static final class Partner extends UnknownFieldsModel {
    @JsonProperty("id")
    private String id;

    String id() {
      return id;
    }
  }

  // strict on purpose: the base must still receive every unknown member
  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private Partner read(String json) throws Exception {
    return mapper.readValue(json, Partner.class);
  }

  @Test
  void unknownMembersAreKeptInArrivalOrderBesideTheKnownOnes() throws Exception {
    Partner p = read("{\"zeta\":1,\"id\":\"p1\",\"alpha\":{\"x\":[true]},\"gone\":null}");

    assertThat(p.id()).isEqualTo("p1");
    assertThat(p.unknownFields().keySet()).containsExactly("zeta", "alpha", "gone");
    assertThat(p.unknownFields().get("alpha").toString()).isEqualTo("{\"x\":[true]}");
    assertThat(p.unknownFields().get("gone").isNull()).isTrue();
  }

  @Test
  void aModelWithoutUnknownMembersHasAnEmptyMap() throws Exception {
    assertThat(read("{\"id\":\"p1\"}").unknownFields()).isEmpty();
  }

  @Test
  void theMapCannotBeChangedAndItsValuesAreCopies() throws Exception {
    Partner p = read("{\"id\":\"p1\",\"meta\":{\"a\":1}}");

    assertThatThrownBy(() -> p.unknownFields().put("x", TextNode.valueOf("y")))
        .isInstanceOf(UnsupportedOperationException.class);
    ((ObjectNode) p.unknownFields().get("meta")).put("a", 2);
    assertThat(p.unknownFields().get("meta").get("a").asInt()).isEqualTo(1);
  }

  @Test
  void writingTheModelWritesTheUnknownMembersBackAfterTheKnownOnes() throws Exception {
    String json = "{\"id\":\"p1\",\"zeta\":1,\"alpha\":{\"x\":[true]}}";

    String written = mapper.writeValueAsString(read(json));

    assertThat(written).isEqualTo(json);
    JsonNode again = mapper.readTree(mapper.writeValueAsString(read(written)));
    assertThat(again).isEqualTo(mapper.readTree(json));
  }
}
