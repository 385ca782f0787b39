package dev.racereg.runsignup;

import dev.racereg.core.internal.Validation;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ValidationException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * RunSignup's API caller registration: a token (shaped {@code <id>.<token>}) and a secret issued
 * on RunSignup's API Keys page. It identifies the calling application, not the user, so it
 * travels in addition to whichever {@link RunSignupCredentials} mode a call uses ({@code rsu_api_reg}
 * in the query string, the secret in the {@code X-RSU-API-REG-SECRET} header), and alone on public
 * endpoints. RunSignup rejects every call without one from 2027-01-01, and rejects a token or
 * secret it does not recognise already (error 17, see {@link CallerRegistrationRejectedException}).
 *
 * <p>Both values are treated as secrets: masked in logs, exception messages and
 * {@code toString()}.
 *
 * @param token the registration token ({@code rsu_api_reg})
 * @param secret the registration secret ({@code X-RSU-API-REG-SECRET})
 */
public record RunSignupCallerRegistration(Secret token, Secret secret) {

  // id, a dot, then the token: the shape RunSignup's API Keys page issues
  private static final Pattern TOKEN = Pattern.compile("[^.\\s]+\\.\\S+");

  /**
   * @throws ValidationException if either part is missing or the token is not {@code <id>.<token>}
   */
  public RunSignupCallerRegistration {
    Validation.required(token, "callerRegistration.token");
    Validation.required(secret, "callerRegistration.secret");
    if (!TOKEN.matcher(token.reveal()).matches()) {
      throw new ValidationException("callerRegistration.token",
          "must be shaped <id>.<token> without spaces, as RunSignup's API Keys page issues it");
    }
    if (secret.reveal().isBlank()) {
      throw new ValidationException("callerRegistration.secret", "must not be blank");
    }
  }

  /**
   * A registration from its two values.
   *
   * @throws ValidationException if either is blank or the token is malformed
   */
  public static RunSignupCallerRegistration of(String token, String secret) {
    return new RunSignupCallerRegistration(Secret.of(Validation.notBlank(token, "callerRegistration.token")),
        Secret.of(Validation.notBlank(secret, "callerRegistration.secret")));
  }

  /**
   * A registration from optional values, as read from settings: both blank or null gives none;
   * one without the other is refused, since RunSignup fails every call of a half configuration
   * (worse than none until 2027).
   *
   * @throws ValidationException if exactly one is given, or the given ones are malformed
   */
  public static Optional<RunSignupCallerRegistration> optional(String token, String secret) {
    boolean hasToken = token != null && !token.isBlank();
    boolean hasSecret = secret != null && !secret.isBlank();
    if (hasToken != hasSecret) {
      throw new ValidationException(
          hasToken ? "callerRegistration.secret" : "callerRegistration.token",
          "the token and the secret go together (both or neither): only the "
              + (hasToken ? "token" : "secret") + " was given");
    }
    return hasToken ? Optional.of(of(token, secret)) : Optional.empty();
  }

  @Override
  public String toString() {
    return "RunSignupCallerRegistration{token=****, secret=****}";
  }
}
