package dev.racereg.testkit.fftri;

import java.util.Objects;

/**
 * What an FFTri client needs to reach an {@link FftriSimulator}, as handed out by
 * {@link FftriSimulator#credentials()}: the {@code X-USER} username, the API key sent as
 * {@code Authorization}, the passphrase and algorithm of {@code X-Auth-Token}, and the organiser
 * login and key of {@code get-trials-by-orga}. {@link #toString()} hides the key, the passphrase
 * and the organiser key.
 *
 * @param username the accepted {@code X-USER}
 * @param apiKey the accepted {@code Authorization} value (the raw key, no scheme word)
 * @param passphrase the passphrase that salts {@code X-Auth-Token}
 * @param tokenAlgorithm the algorithm {@code X-Auth-Token} is checked with
 * @param organiserLogin the organiser login {@code get-trials-by-orga} accepts
 * @param organiserKey the organiser key {@code get-trials-by-orga} accepts
 */
public record FftriSandboxCredentials(String username, String apiKey, String passphrase,
    FftriSimulator.TokenAlgorithm tokenAlgorithm, String organiserLogin, String organiserKey) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if a value is null
   */
  public FftriSandboxCredentials {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(passphrase, "passphrase");
    Objects.requireNonNull(tokenAlgorithm, "tokenAlgorithm");
    Objects.requireNonNull(organiserLogin, "organiserLogin");
    Objects.requireNonNull(organiserKey, "organiserKey");
  }

  /**
   * The {@code X-Auth-Token} the simulator accepts, in lower-case hex (upper case is accepted
   * too); see {@link FftriSimulator#authToken(String, String, String, FftriSimulator.TokenAlgorithm)}.
   *
   * @return the token
   */
  public String authToken() {
    return FftriSimulator.authToken(username, apiKey, passphrase, tokenAlgorithm);
  }

  @Override
  public String toString() {
    return "FftriSandboxCredentials[username=" + username + ", apiKey=***, passphrase=***, tokenAlgorithm="
        + tokenAlgorithm + ", organiserLogin=" + organiserLogin + ", organiserKey=***]";
  }
}
