package dev.racereg.testkit.pace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a PACE client needs to reach a {@link PaceSimulator}, as the simulator accepts them when
 * {@link PaceSimulator#credentials()} was called: the developer's API ID and secret, and each
 * event's slug and access code. A snapshot: regenerating the secret or a code on the simulator
 * returns new credentials and does not change this value. {@link #toString()} hides the secret and
 * the access codes.
 *
 * @param apiId the 32-character API ID
 * @param apiSecret the 44-character API secret
 * @param eventSlug the slug of the first event (the default event unless events were configured)
 * @param accessCodes every event's eight-character access code by slug, in the order configured
 */
public record PaceSandboxCredentials(String apiId, String apiSecret, String eventSlug,
    Map<String, String> accessCodes) {

  /**
   * Checks and copies the values.
   *
   * @throws NullPointerException if a value is null
   * @throws IllegalArgumentException if {@code accessCodes} has no code for {@code eventSlug}
   */
  public PaceSandboxCredentials {
    Objects.requireNonNull(apiId, "apiId");
    Objects.requireNonNull(apiSecret, "apiSecret");
    Objects.requireNonNull(eventSlug, "eventSlug");
    accessCodes = Collections.unmodifiableMap(new LinkedHashMap<>(accessCodes));
    if (!accessCodes.containsKey(eventSlug)) {
      throw new IllegalArgumentException("no access code for event " + eventSlug);
    }
  }

  /**
   * The access code of the first event.
   *
   * @return the eight-character code
   */
  public String accessCode() {
    return accessCodes.get(eventSlug);
  }

  /**
   * The access code of an event.
   *
   * @param slug the event
   * @return the eight-character code
   * @throws IllegalArgumentException if the simulator has no such event
   */
  public String accessCode(String slug) {
    String code = accessCodes.get(slug);
    if (code == null) {
      throw new IllegalArgumentException("no event " + slug + "; events are " + accessCodes.keySet());
    }
    return code;
  }

  @Override
  public String toString() {
    return "PaceSandboxCredentials[apiId=" + apiId + ", apiSecret=***, eventSlug=" + eventSlug
        + ", accessCodes=" + accessCodes.keySet() + " (codes hidden)]";
  }
}
