package dev.racereg.runsignup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.http.ResponseDecoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a participants page while parsing it, row by row, instead of first building a tree of
 * the whole body (a full page is a megabyte of JSON, and the tree cost more than the rows).
 *
 * <p>The answer is always the one {@link RsuResponses#participants} gives for the body's tree.
 * The streamed reading covers the shape RunSignup sends, an array of event groups each holding
 * its {@code event} and then its {@code participants}; anything else (another envelope, a
 * repeated member, a row the tree reader rejects, a malformed or truncated body) is decoded again
 * through the tree, which then yields today's rows or throws today's exception.
 */
final class RsuParticipantsStream {

  private RsuParticipantsStream() {}

  /** The participants decoder: streamed when the body allows, through the tree otherwise. */
  static final ResponseDecoder<List<RunSignupParticipant>> DECODER = content -> {
    List<RunSignupParticipant> rows = stream(content.bytes());
    return rows != null ? rows : RsuResponses.participants(RsuHttp.json(content));
  };

  /**
   * The rows of a body of the plain shape, read straight from the parser; null when the body must
   * go through the tree instead.
   */
  static List<RunSignupParticipant> stream(byte[] body) {
    try (JsonParser p = Codecs.json().createParser(body)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      List<RunSignupParticipant> out = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          return null;
        }
        group(p, out);
      }
      // whatever follows the array is the tree reader's to judge
      return p.nextToken() == null ? out : null;
    } catch (IOException | RuntimeException e) {
      return null; // a body the tree reader reports (or reads) in its own way
    }
  }

  /** One event group, as {@code RsuResponses.grouped} reads it. */
  private static void group(JsonParser p, List<RunSignupParticipant> out) throws IOException {
    JsonNode event = null;
    boolean rowsSeen = false;
    Long eventId = null;
    int before = out.size();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      if ("event".equals(name)) {
        if (event != null || rowsSeen) {
          throw RsuMembers.NotPlain.INSTANCE; // repeated, or after the rows that need its id
        }
        event = Codecs.json().readTree(p);
        if (event.isObject()) {
          eventId = RsuFields.of(event, "an event").longValue("event_id");
        }
      } else if ("participants".equals(name)) {
        if (rowsSeen) {
          throw RsuMembers.NotPlain.INSTANCE;
        }
        rowsSeen = true;
        if (t == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
              throw RsuMembers.NotPlain.INSTANCE;
            }
            out.add(RunSignupParticipant.read(p, eventId));
          }
        } else if (t != JsonToken.VALUE_NULL) {
          throw RsuMembers.NotPlain.INSTANCE;
        }
      } else {
        p.skipChildren(); // the tree reader ignores a group's other members
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw RsuMembers.NotPlain.INSTANCE;
    }
    // as the tree reader: rows missing, null or empty give way to the event's own list
    JsonNode inner = event != null && event.isObject() ? event.get("participants") : null;
    if (out.size() == before && inner != null && inner.isArray()) {
      out.addAll(RsuResponses.rows(inner, eventId, RunSignupParticipant::from));
    }
  }
}
