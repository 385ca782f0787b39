package dev.racereg.actigo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.http.DefaultErrorMapper;
import dev.racereg.core.internal.http.ErrorResponse;
import java.io.IOException;

/**
 * Turns Actigo's error responses into SDK exceptions by status (401 wrong key,
 * 403 activity of an organiser the key's user does not belong to, 404 unknown activity, 400 a
 * rejected body, 5xx, 429), with Actigo's own code and message when the body carries them.
 *
 * <p>Actigo does not publish its error body; the shapes read are <b>inferred</b> (see
 * {@code ActigoInferred.errorCodeAndMessage}): a JSON object with {@code message},
 * {@code detail} or {@code title} (problem details with an {@code errors} object of field
 * messages), or {@code error} as text or object; a short plain-text body is taken as the message;
 * an HTML page is reported by its title. Empty, truncated or garbage bodies leave the message
 * empty; the exception still names the status and request. Never throws.
 */
final class ActigoErrorMapper extends DefaultErrorMapper {

  private static final int MAX_TEXT_MESSAGE = 200;

  @Override
  protected String[] providerError(ErrorResponse response) {
    if (response.isBodyBlank() || response.isHtml()) {
      return super.providerError(response);
    }
    String text = response.bodyText().strip();
    if (text.startsWith("{") || text.startsWith("[")) {
      JsonNode root;
      try {
        root = Codecs.json().readTree(response.body());
      } catch (IOException | RuntimeException e) {
        return new String[] {null, null};
      }
      return root != null && root.isObject() ? ActigoInferred.errorCodeAndMessage(root)
          : new String[] {null, null};
    }
    String folded = text.replaceAll("\\s+", " ");
    boolean plain = response.header("content-type").map(t -> t.startsWith("text/plain")).orElse(true);
    return new String[] {null, plain && folded.length() <= MAX_TEXT_MESSAGE ? folded : null};
  }
}
