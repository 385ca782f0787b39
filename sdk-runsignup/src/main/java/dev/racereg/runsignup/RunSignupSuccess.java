package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a write that returns only a flag: RunSignup describes it as "a simple message with
 * a success flag"; its shape ({@code {"success":true}}, {@code <success>T</success>} in XML) is
 * inferred (see the package's {@code RunSignupInferred}). The client throws when the flag says
 * false, so a returned instance always reports success. Immutable.
 */
public final class RunSignupSuccess extends UnknownFieldsModel {

  private final String message;

  RunSignupSuccess(String message, Map<String, JsonNode> extra) {
    this.message = message;
    extra.forEach(this::putUnknownField);
  }

  /** Always true: a refusal is thrown as an exception instead. */
  public boolean success() {
    return true;
  }

  /** A message RunSignup sent with the flag, if any. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }


  @Override
  public String toString() {
    return "RunSignupSuccess{" + (message == null ? "" : message) + "}";
  }
}
