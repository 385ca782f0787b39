package dev.racereg.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.codec.Codecs;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The claims of a JSON Web Token, read without verifying the signature: the SDK only needs to
 * know what the token says (its expiry, the organiser it belongs to), not to trust it; the
 * platform verifies it. Immutable.
 */
public final class JwtClaims {

  private final ObjectNode claims;

  private JwtClaims(ObjectNode claims) {
    this.claims = claims;
  }

  /**
   * Reads the payload of a compact JWT ({@code header.payload.signature}).
   *
   * @throws ValidationException naming {@code token} if it is not a JWT with a JSON object payload
   */
  public static JwtClaims parse(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw new ValidationException("token", "must be a JWT of three dot-separated parts");
    }
    try {
      byte[] json = Base64.getUrlDecoder().decode(parts[1]);
      JsonNode node = Codecs.json().readTree(json);
      if (!(node instanceof ObjectNode)) {
        throw new ValidationException("token", "must carry a JSON object of claims");
      }
      return new JwtClaims((ObjectNode) node);
    } catch (IllegalArgumentException | IOException e) {
      throw new ValidationException("token", "must carry base64url-encoded JSON claims");
    }
  }

  /** The {@code exp} claim, if present. */
  public Optional<Instant> expiresAt() {
    return instant("exp");
  }

  /** The {@code iat} claim, if present. */
  public Optional<Instant> issuedAt() {
    return instant("iat");
  }

  /** The {@code sub} claim, if present. */
  public Optional<String> subject() {
    return string("sub");
  }

  /** A claim as text (numbers and booleans are rendered as text). */
  public Optional<String> string(String name) {
    JsonNode v = claims.get(name);
    return v == null || v.isNull() || v.isContainerNode() ? Optional.empty() : Optional.of(v.asText());
  }

  /** A claim as it was sent (a copy). */
  public Optional<JsonNode> claim(String name) {
    JsonNode v = claims.get(name);
    return v == null ? Optional.empty() : Optional.of(v.deepCopy());
  }

  /** The names of all claims. */
  public java.util.Set<String> names() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    claims.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private Optional<Instant> instant(String name) {
    JsonNode v = claims.get(name);
    return v != null && v.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(v.asLong())) : Optional.empty();
  }

  /** Lists claim names only; values may identify the account. */
  @Override
  public String toString() {
    return "JwtClaims" + names();
  }
}
