package dev.racereg.testkit.actigo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.SimResponses;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The two sync operations: registrations (JSON or CSV) and results. Parsing turns a body into
 * items or throws {@link BadRequest}; applying runs under the activity's lock, validates every
 * item first, then applies them in order, so a rejected body changes nothing.
 *
 * <p>Rules the documentation leaves open (all <em>inferred</em>):
 * <ul>
 *   <li>An item whose {@code id} is a registration of the activity updates it. Only the start
 *       number can change; the state is ignored (seen). If the item's person contradicts the
 *       stored one (a different {@code person.id}, or a given name, middle name, surname, sex or
 *       birth date that is present and differs) the item is {@code Skipped} and nothing changes.
 *       For an external registration the middle name, sex and country may change (they are the
 *       organiser's own data); only the identity fields skip.</li>
 *   <li>Any other item is an external registration: it needs {@code person.givenName},
 *       {@code surname}, {@code sex} and {@code birthDate}. If an external registration of the
 *       same person (see {@link ActigoContract#identity}) exists in the activity, it is updated
 *       as above; otherwise a registration and a user account are created. The state may be set
 *       on insert (default {@code New}); an unknown state is a 400.</li>
 *   <li>JSON: an absent {@code startNumber} keeps the current one, {@code null} or {@code ""}
 *       clears it. CSV: the row is the whole truth, so an empty cell clears it. Empty CSV person
 *       cells mean "not sent".</li>
 *   <li>Results are kept one per person and activity. {@code person.id} must name a known Actigo
 *       user (400 otherwise); other persons are matched by identity to an account created in the
 *       activity, or get a new account.</li>
 * </ul>
 */
final class ActigoSync {

  /** The request body is not acceptable; answered 400 with the message. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message, null, false, false);
    }
  }

  /** The person part of an uploaded registration or result; {@code null} fields were not sent. */
  record PersonInput(String id, String givenName, String middleName, String surname, String sex,
      LocalDate birthDate, String country) {

    boolean hasIdentity() {
      return givenName != null && surname != null && sex != null && birthDate != null;
    }

    String identity() {
      return ActigoContract.identity(givenName, surname, birthDate);
    }
  }

  /** One uploaded registration. */
  record SyncItem(String label, String id, boolean hasStartNumber, String startNumber, String state,
      PersonInput person) {}

  /** What happened to one uploaded registration. */
  record Outcome(ActigoRegistrationRow registration, String syncResultType) {}

  /** One uploaded result. */
  record ResultItem(String label, String category, PersonInput person, Integer position,
      Integer positionByCategory, Integer positionBySex, String startNumber, Long time,
      List<ActigoResultRow.SplitTimeRow> splitTimes) {}

  /** What happened to one uploaded result. */
  record ResultOutcome(ActigoResultRow result, String syncResultType) {}

  private final ActigoWrites writes;
  private final Function<String, ActigoPersonRow> users;

  /**
   * @param writes ids, logins, clock and created accounts
   * @param users finds any Actigo user by id (generated registrants and created accounts)
   */
  ActigoSync(ActigoWrites writes, Function<String, ActigoPersonRow> users) {
    this.writes = writes;
    this.users = users;
  }

  // ---------------------------------------------------------------- parsing

  /** Parses a JSON array of registrations. */
  static List<SyncItem> parseRegistrationsJson(byte[] body) {
    List<SyncItem> items = new ArrayList<>();
    int i = 0;
    for (JsonNode node : array(body, "registrations")) {
      String label = "registration[" + i++ + "]";
      if (!node.isObject()) {
        throw new BadRequest(label + " must be a JSON object");
      }
      String id = text(node.get("id"), label + ".id");
      boolean hasStart = node.has("startNumber");
      String start = blankToNull(scalar(node.get("startNumber"), label + ".startNumber"));
      String state = blankToNull(text(node.get("state"), label + ".state"));
      JsonNode person = node.get("person");
      PersonInput p = person == null || person.isNull() ? null : person(person, label + ".person");
      items.add(new SyncItem(label, blankToNull(id), hasStart, start, state, p));
    }
    return items;
  }

  /** Parses an uploaded registrations CSV. */
  static List<SyncItem> parseRegistrationsCsv(String body) {
    List<String[]> rows;
    try {
      rows = ActigoCsv.read(body);
    } catch (ActigoCsv.BadCsv e) {
      throw new BadRequest(e.getMessage());
    }
    List<SyncItem> items = new ArrayList<>();
    int line = 1;
    for (String[] c : rows) {
      String label = "CSV row " + ++line;
      PersonInput person = new PersonInput(blankToNull(c[3]), blankToNull(c[4]), blankToNull(c[5]),
          blankToNull(c[6]), sex(blankToNull(c[7]), label + " person.sex"),
          date(blankToNull(c[8]), label + " person.birthDate"), null);
      items.add(new SyncItem(label, blankToNull(c[0]), true, blankToNull(c[2]), blankToNull(c[1]),
          person));
    }
    return items;
  }

  /** Parses a JSON array of results. */
  static List<ResultItem> parseResultsJson(byte[] body) {
    List<ResultItem> items = new ArrayList<>();
    int i = 0;
    for (JsonNode node : array(body, "results")) {
      String label = "result[" + i++ + "]";
      if (!node.isObject()) {
        throw new BadRequest(label + " must be a JSON object");
      }
      JsonNode person = node.get("person");
      if (person == null || !person.isObject()) {
        throw new BadRequest(label + ".person is required and must be a JSON object");
      }
      PersonInput p = person(person, label + ".person");
      if (p.id() == null && !p.hasIdentity()) {
        throw new BadRequest(label + ".person needs either id (an Actigo user) or givenName, "
            + "surname, sex and birthDate");
      }
      List<ActigoResultRow.SplitTimeRow> splits = new ArrayList<>();
      JsonNode splitNode = node.get("splitTimes");
      if (splitNode != null && !splitNode.isNull()) {
        if (!splitNode.isArray()) {
          throw new BadRequest(label + ".splitTimes must be an array");
        }
        int k = 0;
        for (JsonNode split : splitNode) {
          String where = label + ".splitTimes[" + k++ + "]";
          JsonNode distance = split.get("distance");
          if (distance == null || !distance.isNumber() || distance.asDouble() < 0) {
            throw new BadRequest(where + ".distance must be a non-negative number of kilometres");
          }
          String time = text(split.get("time"), where + ".time");
          splits.add(new ActigoResultRow.SplitTimeRow(distance.asDouble(), instant(time, where + ".time")));
        }
      }
      Long time = integer(node.get("time"), label + ".time");
      if (time != null && time < 0) {
        throw new BadRequest(label + ".time must not be negative");
      }
      items.add(new ResultItem(label, blankToNull(scalar(node.get("category"), label + ".category")),
          p, intOrNull(node.get("position"), label + ".position"),
          intOrNull(node.get("positionByCategory"), label + ".positionByCategory"),
          intOrNull(node.get("positionBySex"), label + ".positionBySex"),
          blankToNull(scalar(node.get("startNumber"), label + ".startNumber")), time, splits));
    }
    return items;
  }

  private static JsonNode array(byte[] body, String what) {
    JsonNode root;
    try {
      root = SimResponses.JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new BadRequest("the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadRequest("the body could not be read: " + e.getMessage());
    }
    if (root == null || !root.isArray()) {
      throw new BadRequest("the body must be a JSON array of " + what);
    }
    return root;
  }

  private static PersonInput person(JsonNode node, String label) {
    return new PersonInput(
        blankToNull(text(node.get("id"), label + ".id")),
        blankToNull(text(node.get("givenName"), label + ".givenName")),
        blankToNull(text(node.get("middleName"), label + ".middleName")),
        blankToNull(text(node.get("surname"), label + ".surname")),
        sex(blankToNull(text(node.get("sex"), label + ".sex")), label + ".sex"),
        date(blankToNull(text(node.get("birthDate"), label + ".birthDate")), label + ".birthDate"),
        blankToNull(text(node.get("country"), label + ".country")));
  }

  private static String text(JsonNode node, String label) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new BadRequest(label + " must be a string");
    }
    return node.asText().trim();
  }

  private static String scalar(JsonNode node, String label) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual() && !node.isIntegralNumber()) {
      throw new BadRequest(label + " must be a string or an integer");
    }
    return node.asText().trim();
  }

  private static Long integer(JsonNode node, String label) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new BadRequest(label + " must be an integer");
    }
    return node.asLong();
  }

  private static Integer intOrNull(JsonNode node, String label) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 0) {
      throw new BadRequest(label + " must be a non-negative integer");
    }
    return node.asInt();
  }

  private static String sex(String text, String label) {
    if (text == null) {
      return null;
    }
    return ActigoContract.sex(text).orElseThrow(
        () -> new BadRequest(label + " must be one of " + ActigoContract.SEXES + ", was " + text));
  }

  /** A birth date as {@code 1975-11-27} or as an instant {@code 1975-11-27T00:00:00Z}. */
  private static LocalDate date(String text, String label) {
    if (text == null) {
      return null;
    }
    try {
      return text.length() == 10 ? LocalDate.parse(text)
          : LocalDate.ofInstant(OffsetDateTime.parse(text).toInstant(), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new BadRequest(label + " must be a date (1975-11-27) or an instant "
          + "(1975-11-27T00:00:00Z), was " + text);
    }
  }

  private static Instant instant(String text, String label) {
    if (text == null) {
      throw new BadRequest(label + " is required");
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRequest(label + " must be an ISO instant such as 2023-05-20T09:12:03.701Z, was "
          + text);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  // ---------------------------------------------------------------- registrations

  /**
   * Applies uploaded registrations to an activity, in order, atomically.
   *
   * @throws BadRequest if an external registration lacks person data or names an unknown state;
   *     nothing is changed then
   */
  List<Outcome> syncRegistrations(ActivityState activity, List<SyncItem> items) {
    synchronized (activity) {
      for (SyncItem item : items) {
        if (activity.find(item.id()) == null) {
          validateExternal(item);
        }
      }
      List<Outcome> outcomes = new ArrayList<>(items.size());
      for (SyncItem item : items) {
        ActigoRegistrationRow existing = activity.find(item.id());
        if (existing == null) {
          existing = activity.externalByIdentity(item.person().identity());
        }
        outcomes.add(existing == null ? insert(activity, item) : update(activity, existing, item));
      }
      return outcomes;
    }
  }

  private static void validateExternal(SyncItem item) {
    PersonInput p = item.person();
    List<String> missing = new ArrayList<>();
    if (p == null || p.givenName() == null) {
      missing.add("person.givenName");
    }
    if (p == null || p.surname() == null) {
      missing.add("person.surname");
    }
    if (p == null || p.sex() == null) {
      missing.add("person.sex");
    }
    if (p == null || p.birthDate() == null) {
      missing.add("person.birthDate");
    }
    if (!missing.isEmpty()) {
      throw new BadRequest(item.label() + (item.id() == null ? " has no id"
          : " has id " + item.id() + ", which is not a registration of this activity")
          + ", so it is an external registration and needs " + String.join(", ", missing));
    }
    if (item.state() != null && ActigoContract.state(item.state()).isEmpty()) {
      throw new BadRequest(item.label() + ".state must be one of " + ActigoContract.STATES
          + ", was " + item.state());
    }
  }

  private Outcome insert(ActivityState activity, SyncItem item) {
    PersonInput p = item.person();
    ActigoPersonRow person = activity.accountByIdentity(p.identity());
    if (person == null) {
      person = new ActigoPersonRow(writes.newObjectId(), false, p.givenName(), p.middleName(),
          p.surname(), p.sex(), p.birthDate(), ActigoContract.CREATED_ACCOUNT_LANGUAGE, null,
          p.country(), null, writes.newLogin());
      writes.addAccount(person);
    }
    String state = item.state() == null ? ActigoContract.DEFAULT_INSERT_STATE
        : ActigoContract.state(item.state()).orElseThrow();
    ActigoRegistrationRow reg = new ActigoRegistrationRow(writes.newObjectId(), writes.now(),
        activity.nextInsertedCode(), state, item.startNumber(), ActigoContract.EXTERNAL_AMOUNT,
        ActigoContract.CURRENCY, person, true);
    activity.put(reg);
    return new Outcome(reg, ActigoContract.CREATED);
  }

  private Outcome update(ActivityState activity, ActigoRegistrationRow existing, SyncItem item) {
    PersonInput p = item.person();
    ActigoPersonRow stored = existing.person();
    if (p != null && contradicts(p, stored, existing.external())) {
      return new Outcome(existing, ActigoContract.SKIPPED);
    }
    ActigoRegistrationRow updated = existing;
    if (item.hasStartNumber()) {
      updated = updated.withStartNumber(item.startNumber());
    }
    if (existing.external() && p != null) {
      ActigoPersonRow person = new ActigoPersonRow(stored.id(), stored.isProfilePublic(),
          stored.givenName(), p.middleName() != null ? p.middleName() : stored.middleName(),
          stored.surname(), p.sex() != null ? p.sex() : stored.sex(), stored.birthDate(),
          stored.language(), stored.nickname(),
          p.country() != null ? p.country() : stored.country(), stored.ref(), stored.login());
      if (!person.equals(stored)) {
        updated = updated.withPerson(person);
        writes.replaceAccount(person);
      }
    }
    if (updated.equals(existing)) {
      return new Outcome(existing, ActigoContract.UNCHANGED);
    }
    activity.put(updated);
    return new Outcome(updated, ActigoContract.UPDATED);
  }

  private static boolean contradicts(PersonInput p, ActigoPersonRow stored, boolean external) {
    if (p.id() != null && !p.id().equalsIgnoreCase(stored.id())) {
      return true;
    }
    if (p.givenName() != null && !ActigoContract.sameName(p.givenName(), stored.givenName())) {
      return true;
    }
    if (p.surname() != null && !ActigoContract.sameName(p.surname(), stored.surname())) {
      return true;
    }
    if (p.birthDate() != null && !p.birthDate().equals(stored.birthDate())) {
      return true;
    }
    if (external) {
      return false;
    }
    if (p.middleName() != null && !ActigoContract.sameName(p.middleName(), stored.middleName())) {
      return true;
    }
    return p.sex() != null && !p.sex().equals(stored.sex());
  }

  // ---------------------------------------------------------------- results

  /**
   * Stores uploaded results, in order, atomically.
   *
   * @throws BadRequest if a {@code person.id} names no known Actigo user; nothing is changed then
   */
  List<ResultOutcome> syncResults(ActivityState activity, List<ResultItem> items) {
    synchronized (activity) {
      for (ResultItem item : items) {
        String id = item.person().id();
        if (id != null && (!ActigoContract.OBJECT_ID.matcher(id).matches() || users.apply(id) == null)) {
          throw new BadRequest(item.label() + ".person.id " + id + " is not an Actigo user");
        }
      }
      List<ResultOutcome> outcomes = new ArrayList<>(items.size());
      for (ResultItem item : items) {
        ActigoResultRow.Person person = resultPerson(activity, item.person());
        ActigoResultRow existing = activity.result(person.id());
        ActigoResultRow result = new ActigoResultRow(
            existing == null ? writes.newObjectId() : existing.id(), item.category(), person,
            item.position(), item.positionByCategory(), item.positionBySex(), item.startNumber(),
            item.time(), item.splitTimes());
        String type;
        if (existing == null) {
          type = ActigoContract.CREATED;
        } else if (existing.equals(result)) {
          type = ActigoContract.UNCHANGED;
        } else {
          type = ActigoContract.UPDATED;
        }
        if (!ActigoContract.UNCHANGED.equals(type)) {
          activity.putResult(result);
        }
        outcomes.add(new ResultOutcome(result, type));
      }
      return outcomes;
    }
  }

  private ActigoResultRow.Person resultPerson(ActivityState activity, PersonInput p) {
    if (p.id() != null) {
      ActigoPersonRow user = Objects.requireNonNull(users.apply(p.id().toLowerCase(java.util.Locale.ROOT)));
      return new ActigoResultRow.Person(user.id(), user.givenName(), user.middleName(), user.surname(),
          user.sex(), user.birthDate(), user.country());
    }
    ActigoPersonRow account = activity.accountByIdentity(p.identity());
    if (account == null) {
      account = new ActigoPersonRow(writes.newObjectId(), false, p.givenName(), p.middleName(),
          p.surname(), p.sex(), p.birthDate(), ActigoContract.CREATED_ACCOUNT_LANGUAGE, null,
          p.country(), null, writes.newLogin());
      writes.addAccount(account);
      activity.putAccount(account);
    }
    return new ActigoResultRow.Person(account.id(), p.givenName(), p.middleName(), p.surname(),
        p.sex(), p.birthDate(), p.country());
  }

  // ---------------------------------------------------------------- rendering

  /** A registration as a CSV row, in {@link ActigoContract#CSV_HEADER} order. */
  static String[] csvRow(ActigoRegistrationRow r) {
    ActigoPersonRow p = r.person();
    return new String[] {
        r.id(), r.state(), r.startNumber() == null ? "" : r.startNumber(), p.id(), p.givenName(),
        p.middleName() == null ? "" : p.middleName(), p.surname(), p.sex(), p.birthDate().toString()
    };
  }
}
