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
 * per request in {@link ParticipantsParams}. Pass them to {@link PaceClient.Builder#credentials}.
 *
 * <p>Immutable. {@link #toString()} never shows the secret; equal when both parts are equal.
 */
public final class PaceCredentials {

  private final String apiId;
  private final Secret apiSecret;

  private PaceCredentials(String apiId, Secret apiSecret) {
    this.apiId = apiId;
    this.apiSecret = apiSecret;
  }

  /**
   * Credentials from plain text, e.g. read from the environment.
   *
   * @param apiId the API ID
   * @param apiSecret the API secret
   * @throws ValidationException naming {@code apiId} if it is null, blank or contains white space,
   *     or {@code apiSecret} if it is null or blank
   */
  public static PaceCredentials of(String apiId, String apiSecret) {
    return new PaceCredentials(checkedId(apiId), Secret.of(Validation.notBlank(apiSecret, "apiSecret")));
  }

  /**
   * Credentials whose secret is already wrapped.
   *
   * @throws ValidationException naming {@code apiId} if it is null, blank or contains white space,
   *     or {@code apiSecret} if it is null or blank
   */
  public static PaceCredentials of(String apiId, Secret apiSecret) {
    Validation.required(apiSecret, "apiSecret");
    Validation.notBlank(apiSecret.reveal(), "apiSecret");
    return new PaceCredentials(checkedId(apiId), apiSecret);
  }

  private static String checkedId(String apiId) {
    Validation.notBlank(apiId, "apiId");
    Validation.check(apiId.chars().noneMatch(Character::isWhitespace), "apiId", "must not contain white space");
    return apiId;
  }

  /** The API ID: identifies the developer, not secret (shown in logs and {@link #toString()}). */
  public String apiId() {
    return apiId;
  }

  /** The API secret. */
  public Secret apiSecret() {
    return apiSecret;
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

  /** Shows the API ID; the secret prints as {@code ****}. */
  @Override
  public String toString() {
    return "PaceCredentials{apiId=" + apiId + ", apiSecret=****}";
  }
}
