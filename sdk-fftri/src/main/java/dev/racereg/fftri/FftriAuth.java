package dev.racereg.fftri;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The espacetri's authentication: every request carries {@code X-USER: <username>} and
 * {@code Authorization: <api key>} (the raw key, no scheme word). The pass compétition
 * operations also carry {@code X-Auth-Token}, a hash the platform recomputes from the same
 * credentials and the technical provider's passphrase:
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
 * espacetri's technical provider section. The ITU federation operations send the token too when
 * a passphrase is configured, as the doc's samples do.
 *
 * <p>Immutable and thread-safe. The API key, passphrase and token print as {@code ****} and are
 * masked in logs and exception messages.
 */
public final class FftriAuth implements AuthStrategy {

  /** The header carrying the username. */
  public static final String USER_HEADER = "X-USER";
  /** The header carrying the raw API key. */
  public static final String KEY_HEADER = "Authorization";
  /** The header carrying the pass compétition token. */
  public static final String TOKEN_HEADER = "X-Auth-Token";

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

    /** The name {@link MessageDigest#getInstance(String)} knows it by. */
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

  private FftriAuth(Builder b) {
    this.username = requireText(b.username, "username");
    this.apiKey = Objects.requireNonNull(b.apiKey, "apiKey");
    this.passphrase = b.passphrase;
    this.algorithm = Objects.requireNonNull(b.algorithm, "algorithm");
    this.hexCase = Objects.requireNonNull(b.hexCase, "hexCase");
    this.token = passphrase == null ? null
        : Secret.of(token(username, apiKey.reveal(), passphrase.reveal(), algorithm, hexCase));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The plain credentials, for the licence and reference operations only (no passphrase: the
   * pass compétition operations are refused before sending).
   *
   * @param username the {@code X-USER} value given by the FFTri
   * @param apiKey the API key given by the FFTri
   */
  public static FftriAuth of(String username, String apiKey) {
    return builder().username(username).apiKey(apiKey).build();
  }

  /**
   * Computes an {@code X-Auth-Token}: the sorted {@code NAME=value} pairs {@code APIKEY} and
   * {@code USERNAME}, each followed by the passphrase, hashed, in hex.
   *
   * @param username the {@code X-USER} value
   * @param apiKey the API key
   * @param passphrase the technical provider's passphrase
   * @param algorithm the hash
   * @param hexCase the case of the hex digits
   * @return the token
   */
  public static String token(String username, String apiKey, String passphrase, TokenAlgorithm algorithm,
      HexCase hexCase) {
    Map<String, String> params = new TreeMap<>(); // the doc: sorted alphabetically by name
    params.put("APIKEY", apiKey);
    params.put("USERNAME", username);
    StringBuilder plain = new StringBuilder();
    params.forEach((name, value) -> plain.append(name).append('=').append(value).append(passphrase));
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance(algorithm.jcaName());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides " + algorithm.jcaName(), e);
    }
    byte[] hash = digest.digest(plain.toString().getBytes(StandardCharsets.UTF_8));
    HexFormat hex = hexCase == HexCase.UPPER ? HexFormat.of().withUpperCase() : HexFormat.of();
    return hex.formatHex(hash);
  }

  @Override
  public ApiRequest authenticate(ApiRequest request) {
    ApiRequest.Builder b = request.toBuilder()
        .header(USER_HEADER, username)
        .header(KEY_HEADER, apiKey.reveal());
    FftriOperations.TokenUse use = FftriOperations.tokenUse(request.operation());
    if (use == FftriOperations.TokenUse.REQUIRED && token == null) {
      // the client checks this before building the request; a caller using the strategy alone
      // gets the same refusal rather than a request the platform will reject
      throw new dev.racereg.core.error.ValidationException("passphrase",
          "must be configured for " + request.operation() + " (it signs the X-Auth-Token)");
    }
    if (use != FftriOperations.TokenUse.NONE && token != null) {
      b.header(TOKEN_HEADER, token.reveal());
    }
    return b.build();
  }

  @Override
  public Redaction redaction() {
    Redaction r = Redaction.headers(KEY_HEADER, TOKEN_HEADER).and(Redaction.secretValues(apiKey.reveal()));
    if (passphrase != null) {
      r = r.and(Redaction.secretValues(passphrase.reveal(), token.reveal()));
    }
    return r;
  }

  /** The {@code X-USER} value. */
  public String username() {
    return username;
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

  @Override
  public String toString() {
    return "FftriAuth{username=" + username + ", apiKey=****" + (passphrase == null ? "" : ", passphrase=****")
        + ", token=" + algorithm + "/" + hexCase + "}";
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Builds {@link FftriAuth}. Not thread-safe. */
  public static final class Builder {
    private String username;
    private Secret apiKey;
    private Secret passphrase;
    private TokenAlgorithm algorithm = TokenAlgorithm.SHA_256;
    private HexCase hexCase = HexCase.LOWER;

    private Builder() {}

    /** The {@code X-USER} value given by the FFTri. Required. */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /**
     * The API key given by the FFTri. Required.
     *
     * @throws IllegalArgumentException if blank
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Secret.of(apiKey);
      return this;
    }

    /** The API key given by the FFTri. Required. */
    public Builder apiKey(Secret apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * The technical provider's passphrase ("passPhrase" in the espacetri), needed by the pass
     * compétition operations. Null for none.
     *
     * @throws IllegalArgumentException if blank
     */
    public Builder passphrase(String passphrase) {
      this.passphrase = passphrase == null ? null : Secret.of(passphrase);
      return this;
    }

    /** The passphrase, as a {@link Secret}; null for none. */
    public Builder passphrase(Secret passphrase) {
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
     * Builds the strategy and computes the token.
     *
     * @throws NullPointerException if the username or API key is missing
     * @throws IllegalArgumentException if the username is blank
     */
    public FftriAuth build() {
      return new FftriAuth(this);
    }
  }
}
