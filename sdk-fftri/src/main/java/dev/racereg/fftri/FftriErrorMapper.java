package dev.racereg.fftri;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.http.DefaultErrorMapper;
import dev.racereg.core.internal.http.ErrorResponse;
import java.io.IOException;
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
    TopLevel top = scan(response);
    boolean refused = top.success != null ? Boolean.FALSE.equals(FftriJson.parseBoolean(top.success))
        : FftriInferred.ERROR_FIELD_ALONE_IS_FAILURE && top.error != null && !top.error.isBlank();
    return refused ? Optional.of(new FftriRejectedException(withProviderError(response))) : Optional.empty();
  }

  @Override
  protected String[] providerError(ErrorResponse response) {
    String[] found = super.providerError(response);
    if (found[1] == null) {
      TopLevel top = scan(response);
      if (top.success != null && Boolean.FALSE.equals(FftriJson.parseBoolean(top.success))) {
        found[1] = "success is false and no error was given";
      }
    }
    return found;
  }

  /** The top-level {@code success} and {@code error} scalars of a JSON object body, if any. */
  private static final class TopLevel {
    String success;
    String error;
  }

  /**
   * Reads only the top level of the body, skipping nested values, so a large successful list
   * costs a token scan rather than a second tree. A body that is not a JSON object yields
   * nothing; the decoder reports it.
   */
  private static TopLevel scan(ErrorResponse response) {
    TopLevel top = new TopLevel();
    if (response.isBodyBlank() || response.isHtml()) {
      return top;
    }
    try (JsonParser p = Codecs.json().getFactory().createParser(response.body())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return top;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
          if (name.equals("success")) {
            top.success = p.getText();
          } else if (name.equals("error") && value == JsonToken.VALUE_STRING) {
            top.error = p.getText();
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not JSON, or cut short (the mapper sees at most 64 KiB): what was read stands
    }
    return top;
  }
}
