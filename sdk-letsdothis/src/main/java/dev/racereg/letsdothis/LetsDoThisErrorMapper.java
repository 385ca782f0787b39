package dev.racereg.letsdothis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.http.DefaultErrorMapper;
import dev.racereg.core.internal.http.ErrorResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Let's Do This error bodies. The platform documents the statuses (401 for a missing or bad
 * key, 500 for its own failures) but collapses the error schema, so the body shape is
 * <b>inferred</b>: its {@code ^(\S).+$} and "non-empty" rules read like NestJS validation, whose
 * errors are {@code {"statusCode":400,"message":["name must match ...", ...],"error":"Bad
 * Request"}}. A {@code message} array is joined with {@code "; "} so every broken rule shows; a
 * string {@code message} is used as is; {@code error} is the fallback message. Any other shape
 * falls back to {@link DefaultErrorMapper}'s common ones; HTML, empty and unreadable bodies leave
 * the status to speak. Never throws.
 */
final class LetsDoThisErrorMapper extends DefaultErrorMapper {

  @Override
  protected String[] providerError(ErrorResponse response) {
    if (response.isBodyBlank() || response.isHtml()) {
      return super.providerError(response);
    }
    JsonNode root;
    try {
      root = Codecs.json().readTree(response.body());
    } catch (IOException | RuntimeException e) {
      return super.providerError(response);
    }
    if (root == null || !root.isObject() || !root.has("message")) {
      return super.providerError(response);
    }
    JsonNode message = root.get("message");
    String text;
    if (message.isArray()) {
      List<String> parts = new ArrayList<>();
      message.forEach(m -> parts.add(m.isValueNode() ? m.asText() : m.toString()));
      text = parts.isEmpty() ? null : String.join("; ", parts);
    } else if (message.isValueNode() && !message.isNull()) {
      text = message.asText();
    } else {
      text = null;
    }
    if (text == null || text.isBlank()) {
      text = text(root, "error");
    }
    return new String[] {text(root, "code", "errorCode"), text};
  }
}
