package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.SimResponses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks the simulator's API keys: compact HS256 JWTs ({@code
 * base64url(header).base64url(claims).base64url(signature)}) carrying {@code organiserId}, {@code
 * iat} and, optionally, {@code exp} (seconds since the epoch). The doc says the key is a signed,
 * unencrypted JWT whose claims include the organiser id; the algorithm and the claim names beyond
 * that are the simulator's choice.
 */
final class LdtJwt {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final byte[] secret;

  LdtJwt(byte[] secret) {
    this.secret = secret.clone();
  }

  /** A signed token for {@code organiserId}; {@code expiresAt} null means it never expires. */
  String mint(String organiserId, Instant issuedAt, Instant expiresAt) {
    ObjectNode header = SimResponses.JSON.createObjectNode().put("alg", "HS256").put("typ", "JWT");
    ObjectNode claims = SimResponses.JSON.createObjectNode()
        .put("organiserId", organiserId)
        .put("iat", issuedAt.getEpochSecond());
    if (expiresAt != null) {
      claims.put("exp", expiresAt.getEpochSecond());
    }
    String signingInput = encode(header) + "." + encode(claims);
    return signingInput + "." + B64.encodeToString(hmac(signingInput));
  }

  /**
   * The organiser id of a valid token.
   *
   * @throws LdtApiException 401 if the token is malformed, not HS256, badly signed, expired at
   *     {@code now}, or carries no organiser id
   */
  String verify(String token, Instant now) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      throw LdtApiException.unauthorized("Malformed API key: expected a signed JWT");
    }
    JsonNode header = decode(parts[0]);
    if (!"HS256".equals(header.path("alg").asText())) {
      throw LdtApiException.unauthorized("Invalid API key signature");
    }
    byte[] signature;
    try {
      signature = B64D.decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw LdtApiException.unauthorized("Malformed API key: expected a signed JWT");
    }
    if (!MessageDigest.isEqual(signature, hmac(parts[0] + "." + parts[1]))) {
      throw LdtApiException.unauthorized("Invalid API key signature");
    }
    JsonNode claims = decode(parts[1]);
    JsonNode exp = claims.get("exp");
    if (exp != null && !exp.isNull()) {
      if (!exp.isNumber()) {
        throw LdtApiException.unauthorized("Malformed API key: exp is not a number");
      }
      if (now.getEpochSecond() >= exp.asLong()) {
        throw LdtApiException.unauthorized("API key expired");
      }
    }
    JsonNode organiser = claims.get("organiserId");
    if (organiser == null || !organiser.isValueNode() || organiser.asText().isEmpty()) {
      throw LdtApiException.unauthorized("API key carries no organiser");
    }
    return organiser.asText();
  }

  private static String encode(ObjectNode json) {
    try {
      return B64.encodeToString(SimResponses.JSON.writeValueAsBytes(json));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode decode(String part) {
    try {
      JsonNode node = SimResponses.JSON.readTree(B64D.decode(part));
      if (node == null || !node.isObject()) {
        throw LdtApiException.unauthorized("Malformed API key: expected a signed JWT");
      }
      return node;
    } catch (IOException | IllegalArgumentException e) {
      throw LdtApiException.unauthorized("Malformed API key: expected a signed JWT");
    }
  }

  private byte[] hmac(String input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
