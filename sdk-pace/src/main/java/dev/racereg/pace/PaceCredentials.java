package dev.racereg.pace;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import java.util.Objects;

/**
 * A developer's PACE API credentials, as PACE e-mails them when "Create new API credentials" is
 * clicked on the profile page: the API ID (fixed for the account, e.g.
 * {@code DQSUCBWE1Y6TM1PYR7JP77AGP9682JHC}) and the API secret (e.g.
 * {@code ULANdvF8Y20cdtfrcqIAbhSZle445VZrfjREOM6+K50=}; creating new credentials replaces it).
 * They identify the developer; each event additionally needs the organiser's access code, given
 * per request. {@link #toString()} never shows the secret.
 *
 * @param apiId the API ID (not secret, but not blank)
 * @param apiSecret the API secret
 */
public record PaceCredentials(String apiId, Secret apiSecret) {

  /**
   * Checks both parts.
   *
   * @throws ValidationException if {@code apiId} is blank or contains white space, or
   *     {@code apiSecret} is null
   */
  public PaceCredentials {
    Validation.notBlank(apiId, "apiId");
    Validation.check(apiId.chars().noneMatch(Character::isWhitespace), "apiId", "must not contain white space");
    Validation.required(apiSecret, "apiSecret");
  }

  /**
   * Credentials from plain text, e.g. read from the environment.
   *
   * @throws ValidationException if {@code apiId} is blank or contains white space, or
   *     {@code apiSecret} is null or blank
   */
  public static PaceCredentials of(String apiId, String apiSecret) {
    return new PaceCredentials(apiId, Secret.of(Validation.notBlank(apiSecret, "apiSecret")));
  }

  /** Shows the API ID; the secret prints as {@code ****}. */
  @Override
  public String toString() {
    return "PaceCredentials{apiId=" + apiId + ", apiSecret=****}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaceCredentials && apiId.equals(((PaceCredentials) o).apiId)
        && apiSecret.equals(((PaceCredentials) o).apiSecret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiId);
  }
}
