package dev.racereg.runsignup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.http.ResponseContent;
import dev.racereg.core.internal.http.ResponseDecoder;
import java.io.IOException;
import java.util.function.Function;

/** Small pieces shared by the client and its auth helpers. */
final class RsuHttp {

  private RsuHttp() {}

  /**
   * The production base URL (seen): the host RunSignup announced on 2025-08-06. The old
   * {@code https://runsignup.com/Rest} still answers the same (no retirement date published) and
   * can be set through the options' base URL; the OAuth consent page stays on the web host
   * ({@link RunSignupConsentUrl}).
   */
  static final String DEFAULT_BASE_URL = "https://api.runsignup.com/rest";

  /**
   * Options for calls whose answers carry fresh secrets (login, token endpoints): bodies are never
   * logged, since the executor can only mask secrets it already knows and these are new.
   */
  static ClientOptions withoutBodyLogging(ClientOptions options) {
    return options.logLevel().compareTo(LogLevel.HEADERS) > 0
        ? options.toBuilder().logLevel(LogLevel.HEADERS).build() : options;
  }

  /** The body as a JSON tree; an empty body is an error, not a missing node. */
  static JsonNode json(ResponseContent content) throws IOException {
    JsonNode node = Codecs.json().readTree(content.bytes());
    if (node == null || node.isMissingNode()) {
      throw new IllegalArgumentException("the response body is empty");
    }
    return node;
  }

  private static final java.util.regex.Pattern XML_ROOT = java.util.regex.Pattern.compile(
      "^\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*<([A-Za-z_][\\w.\\-]*)", java.util.regex.Pattern.DOTALL);

  /** The name of an XML document's root element, or null if the text does not start like XML. */
  static String xmlRootName(String text) {
    java.util.regex.Matcher m = XML_ROOT.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** A decoder reading the body as JSON and handing the tree to {@code parse}. */
  static <T> ResponseDecoder<T> jsonDecoder(Function<JsonNode, T> parse) {
    return content -> parse.apply(json(content));
  }

  /**
   * A decoder for answers holding secrets: any failure becomes a {@link DecodingException}
   * without a body excerpt, since the excerpt could show a secret the redactor does not know yet.
   */
  static <T> ResponseDecoder<T> secretJsonDecoder(String what, Function<JsonNode, T> parse) {
    return content -> {
      try {
        return parse.apply(json(content));
      } catch (IOException | RuntimeException e) {
        throw new DecodingException("could not read " + what + " (the body is not shown: it may hold secrets)",
            null, "");
      }
    };
  }
}
