package dev.racereg.runsignup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a write that returns only a flag: RunSignup describes it as "a simple message with
 * a success flag"; its shape ({@code {"success":true}}, {@code <success>T</success>} in XML) is
 * inferred (see the package's {@code RunSignupInferred}). The client throws when the flag says
 * false, so a returned instance always reports success. Immutable.
 */
public final class RunSignupSuccess {

  private final String message;
  private final Map<String, JsonNode> extra;

  RunSignupSuccess(String message, Map<String, JsonNode> extra) {
    this.message = message;
    this.extra = Map.copyOf(extra);
  }

  /** Always true: a refusal is thrown as an exception instead. */
  public boolean success() {
    return true;
  }

  /** A message RunSignup sent with the flag, if any. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** Other fields of the answer, as sent. */
  public Map<String, JsonNode> extra() {
    return RsuFields.copy(extra);
  }

  @Override
  public String toString() {
    return "RunSignupSuccess{" + (message == null ? "" : message) + "}";
  }
}
