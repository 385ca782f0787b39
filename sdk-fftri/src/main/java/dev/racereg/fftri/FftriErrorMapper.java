package dev.racereg.fftri;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.codec.Codecs;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.http.DefaultErrorMapper;
import dev.racereg.core.http.ErrorResponse;
import java.util.Optional;

/**
 * The espacetri's error format. Error statuses map by family as in {@link DefaultErrorMapper},
 * reading the message from {@code error} or {@code message}. A 2xx body with {@code success}
 * false (in any spelling: {@code false}, {@code "false"}, {@code 0}, {@code "0"}) becomes a
 * {@link FftriRejectedException} carrying the {@code error} text; so does a 2xx object with only
 * an {@code error} string (inferred, see {@link FftriInferred#ERROR_FIELD_ALONE_IS_FAILURE}).
 * Never throws, whatever the body holds.
 */
public class FftriErrorMapper extends DefaultErrorMapper {

  /** A new mapper. */
  public FftriErrorMapper() {}

  @Override
  public Optional<ApiException> fromSuccessBody(ErrorResponse response) {
    JsonNode root = objectOrNull(response);
    if (root == null) {
      return Optional.empty();
    }
    JsonNode success = root.get("success");
    boolean refused;
    if (success != null && success.isValueNode() && !success.isNull()) {
      Boolean ok = FftriJson.parseBoolean(success.asText());
      refused = Boolean.FALSE.equals(ok);
    } else {
      JsonNode error = root.get("error");
      refused = FftriInferred.ERROR_FIELD_ALONE_IS_FAILURE && error != null && error.isTextual()
          && !error.asText().isBlank();
    }
    if (!refused) {
      return Optional.empty();
    }
    return Optional.of(new FftriRejectedException(withProviderError(response)));
  }

  @Override
  protected String[] providerError(ErrorResponse response) {
    String[] found = super.providerError(response);
    if (found[1] == null) {
      JsonNode root = objectOrNull(response);
      JsonNode success = root == null ? null : root.get("success");
      if (success != null && success.isValueNode()
          && Boolean.FALSE.equals(FftriJson.parseBoolean(success.asText()))) {
        found[1] = "success is false and no error was given";
      }
    }
    return found;
  }

  private static JsonNode objectOrNull(ErrorResponse response) {
    if (response.isBodyBlank() || response.isHtml()) {
      return null;
    }
    try {
      JsonNode root = Codecs.json().readTree(response.body());
      return root != null && root.isObject() ? root : null;
    } catch (java.io.IOException | RuntimeException e) {
      return null; // not JSON: the decoder reports it
    }
  }
}
