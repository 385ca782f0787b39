package dev.racereg.fftri;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import dev.racereg.fftri.FftriCredentials.HexCase;
import dev.racereg.fftri.FftriCredentials.TokenAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Signs requests with {@link FftriCredentials}: {@code X-USER} and the raw {@code Authorization}
 * key on every call, plus the {@code X-Auth-Token} on the operations that take it (see {@link
 * FftriOperations#tokenUse(String)}). Pipeline plumbing, not API: users pass the credentials.
 */
final class FftriAuth implements AuthStrategy {

  /** The header carrying the username. */
  static final String USER_HEADER = "X-USER";
  /** The header carrying the raw API key. */
  static final String KEY_HEADER = "Authorization";
  /** The header carrying the pass compétition token. */
  static final String TOKEN_HEADER = "X-Auth-Token";

  private final FftriCredentials credentials;
  private final Redaction redaction;

  FftriAuth(FftriCredentials credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.redaction = rules();
  }

  /**
   * Computes an {@code X-Auth-Token}: the sorted {@code NAME=value} pairs {@code APIKEY} and
   * {@code USERNAME}, each followed by the passphrase, hashed, in hex.
   */
  static String token(String username, String apiKey, String passphrase, TokenAlgorithm algorithm,
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
        .header(USER_HEADER, credentials.username())
        .header(KEY_HEADER, credentials.apiKey().reveal());
    Secret token = credentials.authToken().orElse(null);
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
    return redaction;
  }

  /** The rules for these fixed credentials, built once: every attempt asks for them. */
  private Redaction rules() {
    Redaction r = Redaction.headers(KEY_HEADER, TOKEN_HEADER)
        .and(Redaction.secretValues(credentials.apiKey().reveal()));
    if (credentials.hasPassphrase()) {
      r = r.and(Redaction.secretValues(credentials.passphrase().orElseThrow().reveal(),
          credentials.authToken().orElseThrow().reveal()));
    }
    return r;
  }

  @Override
  public String toString() {
    return "FftriAuth{" + credentials + "}";
  }
}
