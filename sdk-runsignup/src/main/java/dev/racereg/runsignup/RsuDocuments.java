package dev.racereg.runsignup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.codec.Codecs;
import java.util.List;

/**
 * Writes RunSignup request documents (the {@code request} form field) as JSON or XML. A list
 * document is a root holding items: JSON {@code {"registration_periods":[{..},{..}]}}, XML
 * {@code <registration_periods><registration_period>..</registration_period>..</registration_periods>},
 * exactly the shape of RunSignup's registration-period examples. XML goes through
 * {@link Codecs#xml()}; a JSON null becomes an empty element.
 */
final class RsuDocuments {

  private RsuDocuments() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A list document. */
  static String list(RequestFormat format, String root, String item, List<ObjectNode> items) {
    try {
      if (format == RequestFormat.JSON) {
        ObjectNode doc = object();
        ArrayNode array = doc.putArray(root);
        items.forEach(array::add);
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

  /** A single-object document: the object itself in JSON, under {@code xmlRoot} in XML. */
  static String single(RequestFormat format, String xmlRoot, ObjectNode body) {
    try {
      return format == RequestFormat.JSON ? Codecs.json().writeValueAsString(body)
          : RsuXml.mapper().writer().withRootName(xmlRoot).writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
