package dev.racereg.testkit.actigo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The access keys an {@link ActigoSimulator} accepts, as handed out by
 * {@link ActigoSimulator#credentials()}: the default key, whose user is a member of the first
 * organiser, and a valid key whose user belongs to no organiser (to rehearse a 403).
 * {@link #toString()} hides both secrets.
 *
 * @param keyName the default key's name
 * @param keySecret the default key's secret
 * @param nonMemberKeyName the non-member key's name
 * @param nonMemberKeySecret the non-member key's secret
 */
public record ActigoSandboxCredentials(String keyName, String keySecret, String nonMemberKeyName,
    String nonMemberKeySecret) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if a value is null
   */
  public ActigoSandboxCredentials {
    Objects.requireNonNull(keyName, "keyName");
    Objects.requireNonNull(keySecret, "keySecret");
    Objects.requireNonNull(nonMemberKeyName, "nonMemberKeyName");
    Objects.requireNonNull(nonMemberKeySecret, "nonMemberKeySecret");
  }

  /**
   * The {@code Authorization} header value of the default key.
   *
   * @return {@code Basic base64(keyName:keySecret)}
   */
  public String authorizationHeader() {
    return basic(keyName, keySecret);
  }

  /**
   * The {@code Authorization} header value of the non-member key.
   *
   * @return {@code Basic base64(nonMemberKeyName:nonMemberKeySecret)}
   */
  public String nonMemberAuthorizationHeader() {
    return basic(nonMemberKeyName, nonMemberKeySecret);
  }

  static String basic(String name, String secret) {
    return "Basic " + Base64.getEncoder().encodeToString((name + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "ActigoSandboxCredentials[keyName=" + keyName + ", keySecret=***, nonMemberKeyName="
        + nonMemberKeyName + ", nonMemberKeySecret=***]";
  }
}
