package dev.racereg.testkit.letsdothis;

import java.util.Objects;

/**
 * What a Let's Do This client needs to reach a {@link LetsDoThisSimulator}, as handed out by
 * {@link LetsDoThisSimulator#credentials()}: the organiser the generated data belongs to, an API
 * key (a JWT sent as {@code Authorization: Bearer <key>}) for it, and a key of the same organiser
 * that has expired (to rehearse a 401). Other keys come from
 * {@link LetsDoThisSimulator#tokenFor(String)}. {@link #toString()} hides both keys.
 *
 * @param organiserId the organiser id carried in {@code validToken}
 * @param validToken a key valid for the builder's token validity from when the simulator was built
 * @param expiredToken a key that expired an hour before the simulator was built
 */
public record LetsDoThisSandboxCredentials(String organiserId, String validToken, String expiredToken) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if a value is null
   */
  public LetsDoThisSandboxCredentials {
    Objects.requireNonNull(organiserId, "organiserId");
    Objects.requireNonNull(validToken, "validToken");
    Objects.requireNonNull(expiredToken, "expiredToken");
  }

  @Override
  public String toString() {
    return "LetsDoThisSandboxCredentials[organiserId=" + organiserId + ", validToken=***, expiredToken=***]";
  }
}
