package dev.racereg.letsdothis;

import dev.racereg.core.auth.JwtClaims;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Let's Do This API key: the signed, unencrypted JWT an organiser copies from the credentials
 * tab of its settings. The key is the only credential; it is sent as {@code Authorization: Bearer
 * <key>}. Its claims are readable without the platform ({@link #claims()}, {@link #organiserId()},
 * {@link #expiresAt()}); the signature is not checked here (the platform checks it).
 *
 * <p>Immutable. {@link #toString()} shows the organiser and the expiry, never the key.
 */
public final class LetsDoThisCredentials {

  /**
   * The claim names tried, in order, for {@link #organiserId()}. <b>Inferred</b>: the platform
   * says its keys carry the organiser id but not under which claim name.
   */
  static final List<String> ORGANISER_CLAIMS =
      List.of("organiserId", "organizerId", "organiser_id", "organizer_id", "organisationId");

  private final Secret apiKey;
  private final JwtClaims claims;

  private LetsDoThisCredentials(Secret apiKey, JwtClaims claims) {
    this.apiKey = apiKey;
    this.claims = claims;
  }

  /**
   * The API key, as text (surrounding white space dropped, e.g. a trailing newline of a file).
   *
   * @throws ValidationException naming {@code apiKey} if it is null, blank or not a JWT (three
   *     base64url parts whose middle one is a JSON object)
   */
  public static LetsDoThisCredentials of(String apiKey) {
    Validation.notBlank(apiKey, "apiKey");
    return of(Secret.of(apiKey.trim()));
  }

  /**
   * The API key, already held as a {@link Secret}.
   *
   * @throws ValidationException naming {@code apiKey} if it is null, blank or not a JWT
   */
  public static LetsDoThisCredentials of(Secret apiKey) {
    Validation.required(apiKey, "apiKey");
    Validation.notBlank(apiKey.reveal(), "apiKey");
    try {
      return new LetsDoThisCredentials(apiKey, JwtClaims.parse(apiKey.reveal()));
    } catch (ValidationException e) {
      // the parser names its own field; the user gave an "apiKey"
      throw new ValidationException("apiKey", e.rule());
    }
  }

  /** The key itself, to send. */
  Secret apiKey() {
    return apiKey;
  }

  /** The key's claims, read without verifying its signature (the platform verifies it). */
  public JwtClaims claims() {
    return claims;
  }

  /**
   * The organiser the key belongs to, from its claims (claim name inferred: the first of
   * {@code organiserId}, {@code organizerId}, {@code organiser_id}, {@code organizer_id},
   * {@code organisationId} present and not blank).
   */
  public Optional<String> organiserId() {
    for (String claim : ORGANISER_CLAIMS) {
      Optional<String> v = claims.string(claim).filter(s -> !s.isBlank());
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** When the key expires ({@code exp}); empty when it does not say. */
  public Optional<Instant> expiresAt() {
    return claims.expiresAt();
  }

  /**
   * Whether the key has expired by {@code clock} (at or after {@code exp}); a key without
   * {@code exp} never expires. A client refuses every call with an expired key, by the clock of
   * its options.
   */
  public boolean isExpired(Clock clock) {
    Validation.required(clock, "clock");
    return expiresAt().map(exp -> !clock.instant().isBefore(exp)).orElse(false);
  }

  /** Equal when the keys are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof LetsDoThisCredentials && apiKey.equals(((LetsDoThisCredentials) o).apiKey);
  }

  @Override
  public int hashCode() {
    return claims.names().hashCode();
  }

  /** The organiser and the expiry; the key prints as {@code ****}. */
  @Override
  public String toString() {
    return "LetsDoThisCredentials{apiKey=****, organiserId=" + organiserId().orElse("?")
        + ", expiresAt=" + expiresAt().map(Instant::toString).orElse("never") + "}";
  }
}
