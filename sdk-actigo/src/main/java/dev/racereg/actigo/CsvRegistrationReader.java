package dev.racereg.actigo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.racereg.core.error.DecodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of one registrations CSV into typed registrations. The header is resolved once
 * into a target per column, then each row fills its registration straight from its cells.
 *
 * <p>A row means what it would mean as the JSON download's object: {@code registration.x} is the
 * registration's field {@code x}, {@code person.x} the person's field {@code x}, any other column
 * the registration's field of its full name; empty cells are absent; of two columns naming the
 * same field the later non-empty one wins, at the place of the first. The fields are then checked
 * in the order and with the messages of {@link ActigoRegistration#fromJson} and
 * {@link ActigoPerson#fromJson}, so a row gives the registration, or the error, the JSON shape
 * would. Not thread-safe: one reader per parse.
 */
final class CsvRegistrationReader {

  /** A column's target: a field read into a slot, or an unknown field of one of the two objects. */
  private enum Target {
    ID, CREATED, CODE, STATE, START_NUMBER, AMOUNT, PERSON, SYNC_RESULT_TYPE,
    PERSON_ID, PERSON_PUBLIC, PERSON_GIVEN_NAME, PERSON_MIDDLE_NAME, PERSON_SURNAME, PERSON_SEX,
    PERSON_BIRTH_DATE, PERSON_LANGUAGE, PERSON_NICKNAME, PERSON_COUNTRY, PERSON_NAME, PERSON_REF,
    UNKNOWN, PERSON_UNKNOWN
  }

  private static final Map<String, Target> REGISTRATION_FIELDS = Map.of("id", Target.ID,
      "created", Target.CREATED, "code", Target.CODE, "state", Target.STATE,
      "startNumber", Target.START_NUMBER, "amount", Target.AMOUNT, "person", Target.PERSON,
      "syncResultType", Target.SYNC_RESULT_TYPE);
  private static final Map<String, Target> PERSON_FIELDS = Map.ofEntries(
      Map.entry("id", Target.PERSON_ID), Map.entry("isProfilePublic", Target.PERSON_PUBLIC),
      Map.entry("givenName", Target.PERSON_GIVEN_NAME), Map.entry("middleName", Target.PERSON_MIDDLE_NAME),
      Map.entry("surname", Target.PERSON_SURNAME), Map.entry("sex", Target.PERSON_SEX),
      Map.entry("birthDate", Target.PERSON_BIRTH_DATE), Map.entry("language", Target.PERSON_LANGUAGE),
      Map.entry("nickname", Target.PERSON_NICKNAME), Map.entry("country", Target.PERSON_COUNTRY),
      Map.entry("name", Target.PERSON_NAME), Map.entry("ref", Target.PERSON_REF));

  private static final String REGISTRATION_PREFIX = "registration.";
  private static final String PERSON_PREFIX = "person.";

  private final Target[] targets;
  /** The field name an unknown column is kept under; null for the other columns. */
  private final String[] unknownNames;
  /** The row's values by {@link Target#ordinal()}, refilled for every row. */
  private final String[] values = new String[Target.values().length];

  /** A reader for rows with these columns, in order. */
  CsvRegistrationReader(List<String> columns) {
    targets = new Target[columns.size()];
    unknownNames = new String[columns.size()];
    for (int c = 0; c < targets.length; c++) {
      String column = columns.get(c);
      Target known;
      // the same split as the JSON shape: one level under "registration." or "person." only
      if (column.startsWith(REGISTRATION_PREFIX) && column.indexOf('.', REGISTRATION_PREFIX.length()) < 0) {
        unknownNames[c] = column.substring(REGISTRATION_PREFIX.length());
        known = REGISTRATION_FIELDS.get(unknownNames[c]);
        targets[c] = known == null ? Target.UNKNOWN : known;
      } else if (column.startsWith(PERSON_PREFIX) && column.indexOf('.', PERSON_PREFIX.length()) < 0) {
        unknownNames[c] = column.substring(PERSON_PREFIX.length());
        known = PERSON_FIELDS.get(unknownNames[c]);
        targets[c] = known == null ? Target.PERSON_UNKNOWN : known;
      } else {
        unknownNames[c] = column;
        known = REGISTRATION_FIELDS.get(column);
        targets[c] = known == null ? Target.UNKNOWN : known;
      }
      if (known != null) {
        unknownNames[c] = null;
      }
    }
  }

  /**
   * The registration of one row.
   *
   * @param cells the row's cells, one per column (null or empty when absent)
   * @param rowNumber the row's number in the file, from 1 after the header, for error messages
   * @throws DecodingException if a field is missing or has the wrong form, naming the row and field
   */
  ActigoRegistration read(String[] cells, int rowNumber) {
    Arrays.fill(values, null);
    Map<String, JsonNode> unknown = null;
    Map<String, JsonNode> personUnknown = null;
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c];
      if (cell == null || cell.isEmpty()) {
        continue;
      }
      Target target = targets[c];
      if (target == Target.UNKNOWN) {
        unknown = put(unknown, unknownNames[c], cell);
      } else if (target == Target.PERSON_UNKNOWN) {
        personUnknown = put(personUnknown, unknownNames[c], cell);
      } else {
        values[target.ordinal()] = cell;
      }
    }
    // the checks of ActigoRegistration.fromJson, in its order
    String state = value(Target.STATE);
    if (state == null) {
      throw missing(rowNumber, "state");
    }
    String id = value(Target.ID);
    if (id == null) {
      throw missing(rowNumber, "id");
    }
    Instant created = created(rowNumber);
    if (value(Target.AMOUNT) != null) {
      throw notAnObject(path(rowNumber) + ".amount", value(Target.AMOUNT));
    }
    if (value(Target.PERSON) != null) {
      throw notAnObject(path(rowNumber) + ".person", value(Target.PERSON));
    }
    ActigoPerson person = person(rowNumber, personUnknown);
    String syncResultType = value(Target.SYNC_RESULT_TYPE);
    ActigoRegistration.Builder b = ActigoRegistration.builder()
        .id(id)
        .created(created)
        .code(value(Target.CODE))
        .state(RegistrationState.of(state))
        .startNumber(value(Target.START_NUMBER))
        .person(person)
        .syncResultType(syncResultType == null ? null : SyncResultType.of(syncResultType));
    if (unknown != null) {
      b.unknownFields(unknown);
    }
    return b.build();
  }

  /** The person, checked in the order of ActigoPerson.fromJson. */
  private ActigoPerson person(int rowNumber, Map<String, JsonNode> personUnknown) {
    String sex = value(Target.PERSON_SEX);
    ActigoPerson.Builder b = ActigoPerson.builder()
        .id(value(Target.PERSON_ID))
        .profilePublic(profilePublic(rowNumber))
        .givenName(value(Target.PERSON_GIVEN_NAME))
        .middleName(value(Target.PERSON_MIDDLE_NAME))
        .surname(value(Target.PERSON_SURNAME))
        .sex(sex == null ? null : Sex.of(sex))
        .birthDate(birthDate(rowNumber))
        .language(value(Target.PERSON_LANGUAGE))
        .nickname(value(Target.PERSON_NICKNAME))
        .country(value(Target.PERSON_COUNTRY))
        .name(value(Target.PERSON_NAME))
        .ref(value(Target.PERSON_REF));
    if (personUnknown != null) {
      b.unknownFields(personUnknown);
    }
    return b.build();
  }

  private Instant created(int rowNumber) {
    String v = value(Target.CREATED);
    if (v == null) {
      return null;
    }
    try {
      return Wire.instant(v);
    } catch (DateTimeParseException e) {
      throw Wire.notAnInstant(path(rowNumber), "created", v, e);
    }
  }

  private Boolean profilePublic(int rowNumber) {
    String v = value(Target.PERSON_PUBLIC);
    if (v == null) {
      return null;
    }
    Boolean b = Wire.bool(v);
    if (b == null) {
      throw Wire.notABoolean(path(rowNumber) + ".person", "isProfilePublic", TextNode.valueOf(v));
    }
    return b;
  }

  private LocalDate birthDate(int rowNumber) {
    String v = value(Target.PERSON_BIRTH_DATE);
    if (v == null) {
      return null;
    }
    try {
      return Wire.birthDate(v);
    } catch (DateTimeParseException e) {
      throw Wire.notABirthDate(path(rowNumber) + ".person", "birthDate", v, e);
    }
  }

  private String value(Target target) {
    return values[target.ordinal()];
  }

  private static Map<String, JsonNode> put(Map<String, JsonNode> fields, String name, String cell) {
    Map<String, JsonNode> map = fields == null ? new LinkedHashMap<>() : fields;
    map.put(name, TextNode.valueOf(cell));
    return map;
  }

  /** Built only for a message: a row's path costs a string per row otherwise. */
  private static String path(int rowNumber) {
    return "CSV row " + rowNumber;
  }

  private static DecodingException missing(int rowNumber, String field) {
    return new DecodingException(path(rowNumber) + "." + field + ": missing", null, "");
  }

  private static DecodingException notAnObject(String path, String cell) {
    return new DecodingException(path + ": expected a JSON object but found " + Wire.kind(TextNode.valueOf(cell)), null, "");
  }
}
