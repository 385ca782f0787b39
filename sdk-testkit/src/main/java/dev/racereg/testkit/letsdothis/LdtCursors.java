package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.SimResponses;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Page cursors: opaque strings that encode a row's position (its sort values and id) in one
 * collection under one sort, not an offset, so paging neither skips nor repeats rows when rows are
 * inserted between two requests. The form is {@code base64url(json) "." base64url(mac)}, the MAC
 * keyed with a per-simulator secret, so an edited or invented cursor is rejected with 400.
 */
final class LdtCursors {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final String INVALID = "Invalid page cursor";

  /** A decoded position. */
  record Position(long[] values, String id) {
    Position {
      values = values.clone();
    }

    @Override
    public long[] values() {
      return values.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Position && Arrays.equals(values, ((Position) o).values)
          && id.equals(((Position) o).id);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values) * 31 + id.hashCode();
    }

    @Override
    public String toString() {
      return Arrays.toString(values) + "/" + id;
    }
  }

  private final byte[] secret;

  LdtCursors(byte[] secret) {
    this.secret = secret.clone();
  }

  String encode(String collection, LdtSort sort, LdtSortable row) {
    ObjectNode json = SimResponses.JSON.createObjectNode();
    json.put("c", collection);
    json.put("s", sort.signature());
    ArrayNode values = json.putArray("v");
    for (long v : sort.values(row)) {
      values.add(v);
    }
    json.put("i", row.id());
    byte[] payload;
    try {
      payload = SimResponses.JSON.writeValueAsBytes(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return B64.encodeToString(payload) + "." + B64.encodeToString(mac(payload));
  }

  /**
   * Decodes a cursor issued for {@code collection} under {@code sort}.
   *
   * @throws LdtApiException 400 if the cursor was not issued by this simulator, was edited, or
   *     belongs to another collection or another sort
   */
  Position decode(String cursor, String collection, LdtSort sort) {
    int dot = cursor.indexOf('.');
    if (dot <= 0 || dot != cursor.lastIndexOf('.')) {
      throw LdtApiException.badRequest(INVALID);
    }
    byte[] payload;
    byte[] mac;
    try {
      payload = B64D.decode(cursor.substring(0, dot));
      mac = B64D.decode(cursor.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw LdtApiException.badRequest(INVALID);
    }
    if (!MessageDigest.isEqual(mac, mac(payload))) {
      throw LdtApiException.badRequest(INVALID);
    }
    JsonNode json;
    try {
      json = SimResponses.JSON.readTree(payload);
    } catch (IOException e) {
      throw LdtApiException.badRequest(INVALID);
    }
    if (!collection.equals(json.path("c").asText())) {
      throw LdtApiException.badRequest(INVALID + ": it belongs to another list");
    }
    if (!sort.signature().equals(json.path("s").asText())) {
      throw LdtApiException.badRequest(INVALID + ": it was issued for another sort order");
    }
    JsonNode values = json.path("v");
    long[] v = new long[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i).asLong();
    }
    return new Position(v, json.path("i").asText());
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return Arrays.copyOf(mac.doFinal(payload), 12);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
