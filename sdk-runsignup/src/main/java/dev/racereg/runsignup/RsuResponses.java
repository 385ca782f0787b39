package dev.racereg.runsignup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.codec.Codecs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads RunSignup's response envelopes into the native models. Each reader throws
 * {@link IllegalArgumentException} for a body of the wrong shape, which the executor reports as a
 * {@link dev.racereg.core.error.DecodingException} with a redacted excerpt of the body.
 */
final class RsuResponses {

  private RsuResponses() {}


  /**
   * Participants: RunSignup answers an array of {@code {"event":{"event_id":..},"participants":[..]}}
   * (seen); the rows are in the outer {@code participants}. Flattened in order, each row keeping its
   * event. A bare {@code {"participants":[..]}} object, or one group, is accepted too.
   */
  static List<RunSignupParticipant> participants(JsonNode root) {
    return grouped(root, "participants", RunSignupParticipant::from);
  }

  /** Removed participants, in the participants envelope or under {@code removed_participants}. */
  static List<RemovedParticipant> removedParticipants(JsonNode root) {
    if (root.isObject() && root.has(RunSignupInferred.REMOVED_PARTICIPANTS)) {
      return rows(root.get(RunSignupInferred.REMOVED_PARTICIPANTS), null, RemovedParticipant::from);
    }
    return grouped(root, "removed participants", RemovedParticipant::from);
  }

  private static <T> List<T> grouped(JsonNode root, String what, BiFunction<JsonNode, Long, T> reader) {
    List<JsonNode> groups = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(groups::add);
    } else if (root.isObject() && root.has("participants")) {
      groups.add(root);
    } else {
      throw new IllegalArgumentException("expected a list of " + what + " by event, got " + kind(root));
    }
    List<T> out = new ArrayList<>();
    for (JsonNode group : groups) {
      if (!group.isObject()) {
        throw new IllegalArgumentException("expected an event group of " + what + ", got " + kind(group));
      }
      JsonNode event = group.get("event");
      Long eventId = null;
      JsonNode rows = group.get("participants");
      if (event != null && event.isObject()) {
        eventId = RsuFields.of(event, "an event").longValue("event_id");
        JsonNode inner = event.get("participants");
        if ((rows == null || rows.isNull() || rows.isEmpty()) && inner != null && inner.isArray()) {
          rows = inner;
        }
      }
      out.addAll(rows(rows, eventId, reader));
    }
    return out;
  }

  static <T> List<T> rows(JsonNode rows, Long eventId, BiFunction<JsonNode, Long, T> reader) {
    if (rows == null || rows.isNull()) {
      return List.of();
    }
    if (rows.isObject()) {
      return List.of(reader.apply(rows, eventId));
    }
    if (!rows.isArray()) {
      throw new IllegalArgumentException("expected a list of rows, got " + kind(rows));
    }
    List<T> out = new ArrayList<>(rows.size());
    rows.forEach(row -> out.add(reader.apply(row, eventId)));
    return out;
  }

  /** {@code {"individual_results_sets":[..]}} of get-result-sets. */
  static List<RunSignupResultSet> resultSets(JsonNode root) {
    return RsuFields.of(root, "the result sets answer").list(RunSignupInferred.RESULT_SETS).stream()
        .map(RunSignupResultSet::from).toList();
  }

  /** {@code {"individual_result_set_id":N}} of new-result-set (also one level down). */
  static long createdResultSetId(JsonNode root) {
    RsuFields f = RsuFields.of(root, "the new result set answer");
    Long id = f.longValue(RunSignupInferred.RESULT_SET_ID);
    if (id == null) {
      for (JsonNode child : root) {
        if (child.isObject() && child.has(RunSignupInferred.RESULT_SET_ID)) {
          id = RsuFields.of(child, "the new result set").longValue(RunSignupInferred.RESULT_SET_ID);
        }
      }
    }
    if (id == null) {
      throw new IllegalArgumentException("the answer has no " + RunSignupInferred.RESULT_SET_ID);
    }
    return id;
  }

  /** get-results: every set's rows, flattened, each row carrying its set. */
  static List<RunSignupResult> results(JsonNode root) {
    List<RunSignupResult> out = new ArrayList<>();
    for (JsonNode set : RsuFields.of(root, "the results answer").list(RunSignupInferred.RESULT_SETS)) {
      RsuFields f = RsuFields.of(set, "a result set");
      long id = f.requiredLong(RunSignupInferred.RESULT_SET_ID);
      String name = f.text(RunSignupInferred.RESULT_SET_NAME);
      List<JsonNode> rows = f.list("results");
      Map<String, JsonNode> setExtra = f.rest();
      for (JsonNode row : rows) {
        out.add(RunSignupResult.from(row, id, name, setExtra));
      }
    }
    return out;
  }

  /** full-results: the counts, when given. */
  static PostResultsResult postResults(JsonNode root) {
    RsuFields f = RsuFields.of(root, "the results answer");
    f.skip(RunSignupInferred.SUCCESS);
    return new PostResultsResult(f.longValue(RunSignupInferred.NUM_INSERTED), f.longValue(RunSignupInferred.NUM_UPDATED),
        f.rest());
  }

  /** The edit answer: echoed rows under {@code participants} when present. */
  static EditParticipantsResult editParticipants(JsonNode root) {
    if (root.isArray()) {
      return new EditParticipantsResult(participants(root), Map.of());
    }
    RsuFields f = RsuFields.of(root, "the participants answer");
    f.skip(RunSignupInferred.SUCCESS);
    JsonNode rows = f.node().get("participants");
    List<RunSignupParticipant> echoed = new ArrayList<>();
    if (rows != null && (rows.isArray() || rows.isObject())) {
      f.skip("participants");
      if (rows.isArray() && rows.size() > 0 && rows.get(0).has("event") && !rows.get(0).has("registration_id")) {
        echoed.addAll(participants(rows));
      } else {
        echoed.addAll(rows(rows, null, RunSignupParticipant::from));
      }
    }
    return new EditParticipantsResult(echoed, f.rest());
  }

  /**
   * The login answer: {@code tmp_key} and {@code tmp_secret} at the top level or one level down
   * (inferred).
   */
  static TemporaryKeys temporaryKeys(JsonNode root) {
    JsonNode holder = root;
    if (!root.has(RunSignupInferred.TMP_KEY)) {
      for (JsonNode child : root) {
        if (child.isObject() && child.has(RunSignupInferred.TMP_KEY)) {
          holder = child;
        }
      }
    }
    JsonNode key = holder.get(RunSignupInferred.TMP_KEY);
    JsonNode secret = holder.get(RunSignupInferred.TMP_SECRET);
    if (key == null || secret == null || !key.isValueNode() || !secret.isValueNode() || key.asText().isBlank()
        || secret.asText().isBlank()) {
      throw new IllegalArgumentException("the login answer has no tmp_key and tmp_secret");
    }
    return new TemporaryKeys(key.asText(), Secret.of(secret.asText()));
  }

  /**
   * The flag answer of registration periods and logout, as JSON or XML: the flag, a message if any,
   * and the other fields. A body without a flag counts as success (an error would have been
   * reported by the error mapper already).
   */
  record Flag(boolean success, String message, Map<String, JsonNode> extra) {}

  static Flag flag(byte[] body, ResponseFormat format) throws IOException {
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return new Flag(true, null, Map.of());
    }
    JsonNode root;
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("<")) {
      String rootName = RsuHttp.xmlRootName(text);
      root = RsuXml.mapper().readTree(body);
      if (RunSignupInferred.SUCCESS.equals(rootName)) {
        JsonNode value = root == null ? null : root.get("");
        String flagText = value != null ? value.asText() : root != null && root.isValueNode() ? root.asText() : "";
        return new Flag(!Boolean.FALSE.equals(RunSignupValues.parseBoolean(flagText)), null, Map.of());
      }
    } else {
      root = Codecs.json().readTree(body);
    }
    if (root == null || !root.isObject()) {
      if (root != null && root.isValueNode() && format == ResponseFormat.JSON) {
        Boolean b = root.isBoolean() ? Boolean.valueOf(root.asBoolean()) : RunSignupValues.parseBoolean(root.asText());
        return new Flag(!Boolean.FALSE.equals(b), null, Map.of());
      }
      throw new IllegalArgumentException("expected an object with a success flag, got " + kind(root));
    }
    RsuFields f = RsuFields.of(root, "the answer");
    JsonNode flagNode = root.get(RunSignupInferred.SUCCESS);
    boolean success = true;
    if (flagNode != null && !flagNode.isNull()) {
      f.skip(RunSignupInferred.SUCCESS);
      Boolean b = flagNode.isBoolean() ? Boolean.valueOf(flagNode.asBoolean())
          : flagNode.isNumber() ? Boolean.valueOf(flagNode.asInt() != 0) : RunSignupValues.parseBoolean(flagNode.asText());
      success = !Boolean.FALSE.equals(b);
    }
    String message = f.text("message");
    return new Flag(success, message, new LinkedHashMap<>(f.rest()));
  }

  private static String kind(JsonNode node) {
    return node == null || node.isMissingNode() ? "nothing"
        : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }
}
