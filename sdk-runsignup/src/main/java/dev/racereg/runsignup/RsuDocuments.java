package dev.racereg.runsignup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.RequestParams;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.codec.Codecs;
import java.util.List;
import java.util.Map;

/**
 * Writes RunSignup request documents (the {@code request} form field) as JSON or XML. A list
 * document is a root holding items: JSON {@code {"registration_periods":[{..},{..}]}}, XML
 * {@code <registration_periods><registration_period>..</registration_period>..</registration_periods>},
 * exactly the shape of RunSignup's registration-period examples. XML goes through
 * {@link Codecs#xml()}; a JSON null becomes an empty element.
 *
 * <p>Additional body properties ({@link RequestParams#additionalBodyProperties()}) go into the
 * JSON document's top level (beside a list document's root array), replacing a member of the same
 * name, since the document is the body RunSignup reads; they are not form fields. An XML document
 * refuses them: an arbitrary JSON value has no single XML form RunSignup is known to read, so the
 * SDK would be guessing.
 */
final class RsuDocuments {

  private RsuDocuments() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A list document, with the additional body properties at the top level of a JSON one. */
  static String list(RequestFormat format, String root, String item, List<ObjectNode> items,
      Map<String, JsonNode> additional) {
    checkXml(format, additional);
    try {
      if (format == RequestFormat.JSON) {
        ObjectNode doc = object();
        ArrayNode array = doc.putArray(root);
        items.forEach(array::add);
        additional.forEach(doc::set);
        return Codecs.json().writeValueAsString(doc);
      }
      ObjectNode doc = object();
      ArrayNode array = doc.putArray(item);
      items.forEach(array::add);
      return RsuXml.mapper().writer().withRootName(root).writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /**
   * A single-object document: the object itself in JSON (with the additional body properties),
   * under {@code xmlRoot} in XML.
   */
  static String single(RequestFormat format, String xmlRoot, ObjectNode body, Map<String, JsonNode> additional) {
    checkXml(format, additional);
    additional.forEach(body::set);
    try {
      return format == RequestFormat.JSON ? Codecs.json().writeValueAsString(body)
          : RsuXml.mapper().writer().withRootName(xmlRoot).writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static void checkXml(RequestFormat format, Map<String, JsonNode> additional) {
    if (format == RequestFormat.XML && !additional.isEmpty()) {
      throw new ValidationException("additionalBodyProperties", "must be empty with requestFormat XML: "
          + "they go into the JSON request document only (send the request as JSON to add "
          + additional.keySet() + ")");
    }
  }

  /**
   * The params without their additional body properties, for the request builder's extras: the
   * properties travel inside the {@code request} document, not as form fields beside it.
   */
  static RequestParams withoutBodyProperties(RequestParams params) {
    Map<String, JsonNode> additional = params.additionalBodyProperties();
    if (additional.isEmpty()) {
      return params;
    }
    RequestParams.Builder<?, ?> b = params.toBuilder();
    additional.keySet().forEach(b::removeAdditionalBodyProperty);
    return b.build();
  }
}
