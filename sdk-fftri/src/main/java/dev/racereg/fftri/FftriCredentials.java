package dev.racereg.fftri;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The espacetri credentials, passed to {@link FftriClient.Builder#credentials(FftriCredentials)}:
 * the username sent as {@code X-USER}, the API key sent raw as {@code Authorization}, and, for
 * the pass compétition operations, the technical provider's passphrase that signs the
 * {@code X-Auth-Token}:
 *
 * <pre>{@code
 * hash( "APIKEY=" + apiKey + passphrase + "USERNAME=" + username + passphrase )
 * }</pre>
 *
 * <p>that is, the parameters {@code APIKEY} and {@code USERNAME} sorted alphabetically, each
 * written {@code NAME=value} and followed by the passphrase (case-sensitive), hashed and written
 * in hexadecimal. The current doc says SHA-256, an older version SHA-1, and the case of the hex
 * digits is not specified: the defaults are {@link TokenAlgorithm#SHA_256} and
 * {@link HexCase#LOWER}, both configurable. The passphrase is the "passPhrase" field of the
 * espacetri's technical provider section; the username and API key are given by the FFTri.
 *
 * <p>Immutable and thread-safe. The API key, passphrase and token print as {@code ****} and are
 * masked in logs and exception messages.
 */
public final class FftriCredentials {

  /** The hash of the {@code X-Auth-Token}. */
  public enum TokenAlgorithm {
    /** SHA-256, 64 hex digits: the current doc's algorithm (default). */
    SHA_256("SHA-256"),
    /** SHA-1, 40 hex digits: the older doc's algorithm (its sample token has this length). */
    SHA_1("SHA-1");

    private final String jcaName;

    TokenAlgorithm(String jcaName) {
      this.jcaName = jcaName;
    }

    /** The name {@link java.security.MessageDigest#getInstance(String)} knows it by. */
    public String jcaName() {
      return jcaName;
    }
  }

  /** The case of the token's hex digits. */
  public enum HexCase {
    /** {@code 211b94...} (default). */
    LOWER,
    /** {@code 211B94...}, like the doc's sample token. */
    UPPER
  }

  private final String username;
  private final Secret apiKey;
  private final Secret passphrase;
  private final TokenAlgorithm algorithm;
  private final HexCase hexCase;
  private final Secret token;

  private FftriCredentials(Builder b) {
    this.username = requireText(b.username, "username").strip();
    if (b.blankApiKey) {
      throw new ValidationException("apiKey", "must not be blank");
    }
    if (b.apiKey == null) {
      throw new ValidationException("apiKey", "must be set");
    }
    this.apiKey = b.apiKey;
    if (b.blankPassphrase) {
      throw new ValidationException("passphrase", "must not be blank (leave it unset for none)");
    }
    this.passphrase = b.passphrase;
    if (b.algorithm == null) {
      throw new ValidationException("tokenAlgorithm", "must be set");
    }
    this.algorithm = b.algorithm;
    if (b.hexCase == null) {
      throw new ValidationException("tokenHexCase", "must be set");
    }
    this.hexCase = b.hexCase;
    this.token = passphrase == null ? null
        : Secret.of(FftriAuth.token(username, apiKey.reveal(), passphrase.reveal(), algorithm, hexCase));
  }

  /**
   * The plain credentials, for the licence and reference operations only (no passphrase: the
   * pass compétition operations are refused before sending).
   *
   * @param username the {@code X-USER} value given by the FFTri
   * @param apiKey the API key given by the FFTri
   * @throws ValidationException naming {@code username} or {@code apiKey} if null or blank
   */
  public static FftriCredentials of(String username, String apiKey) {
    return builder().username(username).apiKey(apiKey).build();
  }

  /**
   * Credentials for every operation, with the default token settings (SHA-256, lower-case hex).
   *
   * @param username the {@code X-USER} value given by the FFTri
   * @param apiKey the API key given by the FFTri
   * @param passphrase the technical provider's passphrase
   * @throws ValidationException naming the field if one is null or blank
   */
  public static FftriCredentials of(String username, String apiKey, String passphrase) {
    if (passphrase == null) {
      throw new ValidationException("passphrase", "must be set");
    }
    return builder().username(username).apiKey(apiKey).passphrase(passphrase).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these credentials. */
  public Builder toBuilder() {
    return new Builder().username(username).apiKey(apiKey).passphrase(passphrase)
        .tokenAlgorithm(algorithm).tokenHexCase(hexCase);
  }

  /** The {@code X-USER} value. */
  public String username() {
    return username;
  }

  /** The API key, sent raw as {@code Authorization}. */
  public Secret apiKey() {
    return apiKey;
  }

  /** The passphrase, when configured. */
  public Optional<Secret> passphrase() {
    return Optional.ofNullable(passphrase);
  }

  /** Whether a passphrase is configured, so the pass compétition operations can be used. */
  public boolean hasPassphrase() {
    return passphrase != null;
  }

  /** The {@code X-Auth-Token} sent, when a passphrase is configured (compare it with the espacetri's). */
  public Optional<Secret> authToken() {
    return Optional.ofNullable(token);
  }

  /** The token's hash. */
  public TokenAlgorithm tokenAlgorithm() {
    return algorithm;
  }

  /** The case of the token's hex digits. */
  public HexCase tokenHexCase() {
    return hexCase;
  }

  /** Equal when every value is. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FftriCredentials)) {
      return false;
    }
    FftriCredentials c = (FftriCredentials) o;
    return username.equals(c.username) && apiKey.equals(c.apiKey) && Objects.equals(passphrase, c.passphrase)
        && algorithm == c.algorithm && hexCase == c.hexCase;
  }

  @Override
  public int hashCode() {
    return Objects.hash(username, algorithm, hexCase);
  }

  /** Shows the username and token settings; the key and passphrase print as {@code ****}. */
  @Override
  public String toString() {
    return "FftriCredentials{username=" + username + ", apiKey=****"
        + (passphrase == null ? "" : ", passphrase=****") + ", token=" + algorithm + "/" + hexCase + "}";
  }

  private static String requireText(String value, String name) {
    if (value == null) {
      throw new ValidationException(name, "must be set");
    }
    if (value.isBlank()) {
      throw new ValidationException(name, "must not be blank");
    }
    return value;
  }

  /** Builds {@link FftriCredentials}. Not thread-safe. */
  public static final class Builder {
    private String username;
    private Secret apiKey;
    private boolean blankApiKey; // reported by build(): Secret itself refuses blank values
    private Secret passphrase;
    private boolean blankPassphrase;
    private TokenAlgorithm algorithm = TokenAlgorithm.SHA_256;
    private HexCase hexCase = HexCase.LOWER;

    private Builder() {}

    /** The {@code X-USER} value given by the FFTri. Required, not blank. */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /** The API key given by the FFTri. Required, not blank. */
    public Builder apiKey(String apiKey) {
      this.blankApiKey = apiKey != null && apiKey.isBlank();
      this.apiKey = apiKey == null || blankApiKey ? null : Secret.of(apiKey);
      return this;
    }

    /** The API key given by the FFTri. Required. */
    public Builder apiKey(Secret apiKey) {
      this.blankApiKey = false;
      this.apiKey = apiKey;
      return this;
    }

    /**
     * The technical provider's passphrase ("passPhrase" in the espacetri), needed by the pass
     * compétition operations. Null for none; blank is refused by {@link #build()}.
     */
    public Builder passphrase(String passphrase) {
      this.blankPassphrase = passphrase != null && passphrase.isBlank();
      this.passphrase = passphrase == null || blankPassphrase ? null : Secret.of(passphrase);
      return this;
    }

    /** The passphrase, as a {@link Secret}; null for none. */
    public Builder passphrase(Secret passphrase) {
      this.blankPassphrase = false;
      this.passphrase = passphrase;
      return this;
    }

    /** The token's hash. Default {@link TokenAlgorithm#SHA_256}. */
    public Builder tokenAlgorithm(TokenAlgorithm algorithm) {
      this.algorithm = algorithm;
      return this;
    }

    /** The case of the token's hex digits. Default {@link HexCase#LOWER}. */
    public Builder tokenHexCase(HexCase hexCase) {
      this.hexCase = hexCase;
      return this;
    }

    /**
     * Builds the credentials and computes the token.
     *
     * @throws ValidationException naming the field if the username or API key is missing or
     *     blank, the passphrase is blank, or a token setting is null
     */
    public FftriCredentials build() {
      return new FftriCredentials(this);
    }
  }
}
