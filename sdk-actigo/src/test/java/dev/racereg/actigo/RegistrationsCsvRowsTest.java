package dev.racereg.actigo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.error.DecodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A CSV row means what the same cells mean as the JSON download's object: every row of odd
 * headers and odd cells is compared with the JSON reading of its cells, mapped by hand here
 * ({@code registration.x} to field x, {@code person.x} to the person's x, anything else to the
 * registration's field of its full name, empty cells absent).
 */
class RegistrationsCsvRowsTest {

  private static final String HEADER = "registration.id,registration.state,registration.startNumber,"
      + "person.id,person.givenName,person.middleName,person.surname,person.sex,person.birthDate";
  private static final String MARTIN = "638f0763c5eaf533c891fb76,Confirmed,0002,6303aec90f8fc8574e68d664,Martin,,Dufek,Male,1975-11-27";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyKindOfColumnIsReadAsTheJsonShapeOfItsCells() {
    String body = String.join("\n",
        line(HEADER, "code", "registration.created", "registration.syncResultType", "person.isProfilePublic",
            "person.country", "person.language", "person.nickname", "person.name", "person.ref", "person.club",
            "note", "registration.note", "registration.extra.deep", "person.a.b", "registration.", "startNumber"),
        line(MARTIN, "RGZ196", "2022-12-06T09:12:03.701Z", "Updated", "true",
            "CZ", "cs", "md", "Martin Dufek", "martin.dufek", "AK Praha",
            "first", "second", "deep", "ab", "empty-name", "0003"),
        line("638f0a11c5eaf533c891fc02,Gone,,,Kateřina,Marie,Nová,Other,2004-02-29", "", "2022-12-06T10:00:00+01:00",
            "Brand new", "false", "", "", "", "", "", "", "only-bare", "", "", "", "", ""),
        line("638f0b7ec5eaf533c891fc5d,New,,,Jan,,Novák,Male,1975-11-26T23:00:00Z", "", "", "", "",
            "", "", "", "", "", "", "", "late", "", "", "", "")) + "\n";
    RegistrationsCsv csv = RegistrationsCsv.parse(body);

    List<ActigoRegistration> expected = jsonReading(csv.rows());
    assertThat(csv.registrations()).isEqualTo(expected);
    for (int i = 0; i < expected.size(); i++) {
      // the unknown fields in the order of their first column, as the JSON object has them
      assertThat(List.copyOf(csv.registrations().get(i).unknownFields().entrySet()))
          .isEqualTo(List.copyOf(expected.get(i).unknownFields().entrySet()));
      assertThat(List.copyOf(csv.registrations().get(i).person().unknownFields().entrySet()))
          .isEqualTo(List.copyOf(expected.get(i).person().unknownFields().entrySet()));
    }
    ActigoRegistration martin = csv.registrations().get(0);
    assertThat(martin.code()).contains("RGZ196");
    assertThat(martin.startNumber()).contains("0003");
    assertThat(martin.syncResultType()).contains(SyncResultType.of("Updated"));
    assertThat(martin.person().profilePublic()).contains(true);
    assertThat(martin.person().unknownFields()).containsOnlyKeys("club");
    assertThat(martin.unknownFields()).containsOnlyKeys("note", "registration.extra.deep", "person.a.b", "");
    assertThat(martin.unknownFields().get("note").asText()).isEqualTo("second");
    assertThat(csv.registrations().get(1).state().isKnown()).isFalse();
    assertThat(csv.registrations().get(1).unknownFields().get("note").asText()).isEqualTo("only-bare");
    assertThat(csv.registrations().get(2).person().birthDate()).isEqualTo(expected.get(2).person().birthDate());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      HEADER + "\n,Confirmed,0002,,Martin,,Dufek,Male,1975-11-27\n",
      HEADER + "\n638f0763c5eaf533c891fb76,,0002,,Martin,,Dufek,Male,1975-11-27\n",
      HEADER + "\n,,0002,,Martin,,Dufek,Male,1975-13-27\n",
      HEADER + "\n" + MARTIN + "\n638f0763c5eaf533c891fb76,Confirmed,0002,,Martin,,Dufek,Male,1900-02-29\n",
      HEADER + "\n638f0763c5eaf533c891fb76,Confirmed,0002,,Martin,,Dufek,Male,27.11.1975\n",
      HEADER + ",registration.created\n" + MARTIN + ",yesterday\n",
      HEADER + ",registration.amount\n" + MARTIN + ",850\n",
      HEADER + ",registration.person\n" + MARTIN + ",Martin Dufek\n",
      HEADER + ",person\n" + MARTIN + ",Martin Dufek\n",
      HEADER + ",person.isProfilePublic\n" + MARTIN + ",yes\n",
      HEADER + ",person.isProfilePublic,registration.created\n638f0763c5eaf533c891fb76,Confirmed,,,,,,,1975-02-30,yes,soon\n",
  })
  void aBadCellFailsWithTheMessageOfTheJsonReading(String body) {
    String jsonMessage = jsonFailure(body);

    assertThatThrownBy(() -> RegistrationsCsv.parse(body))
        .isInstanceOf(DecodingException.class)
        .hasMessage(jsonMessage)
        .hasMessageStartingWith("CSV row ");
  }

  @Test
  void aMalformedLineAnywhereIsReportedBeforeABadCell() {
    String body = HEADER + "\n638f0763c5eaf533c891fb76,Confirmed,0002,,Martin,,Dufek,Male,1975-02-30\n"
        + "638f0763c5eaf533c891fb76,Confirmed\n";

    assertThatThrownBy(() -> RegistrationsCsv.parse(body))
        .isInstanceOf(DecodingException.class).hasMessageStartingWith("malformed CSV: ");
  }

  @Test
  void everyRowHasTheStateAndSexItsTextNames() {
    List<String> states = List.of("Confirmed", "New", "Cancelled", "Waiting", "Paid", "Refunded", "Moved", "Held",
        "Pending", "Transferred", "Withdrawn", "Confirmed");
    List<String> sexes = List.of("Male", "Female", "Other", "X");
    StringBuilder body = new StringBuilder(HEADER + "\n");
    for (int i = 0; i < 3 * states.size(); i++) {
      body.append(line("638f0763c5eaf533c891fb76", states.get(i % states.size()), "", "", "A", "", "B",
          sexes.get(i % sexes.size()), "")).append('\n');
    }

    List<ActigoRegistration> read = RegistrationsCsv.parse(body.toString()).registrations();

    for (int i = 0; i < read.size(); i++) {
      RegistrationState state = RegistrationState.of(states.get(i % states.size()));
      assertThat(read.get(i).state()).isEqualTo(state).returns(state.isKnown(), RegistrationState::isKnown);
      Sex sex = Sex.of(sexes.get(i % sexes.size()));
      assertThat(read.get(i).person().sex()).contains(sex);
      assertThat(read.get(i).person().sex().orElseThrow().isKnown()).isEqualTo(sex.isKnown());
    }
    assertThat(read.get(0).state()).isSameAs(RegistrationState.CONFIRMED);
    assertThat(read.get(11).state()).isSameAs(RegistrationState.CONFIRMED);
  }

  @Test
  void aRowIsAnOrderedUnmodifiableMapOfEveryCell() {
    RegistrationsCsv csv = RegistrationsCsv.parse(HEADER + ",note\n" + MARTIN + ",\n");
    Map<String, String> row = csv.rows().get(0);

    Map<String, String> expected = new LinkedHashMap<>();
    String[] cells = (MARTIN + ",").split(",", -1);
    for (int c = 0; c < cells.length; c++) {
      expected.put(csv.columns().get(c), cells[c]);
    }
    assertThat(row).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
    assertThat(List.copyOf(row.keySet())).isEqualTo(csv.columns());
    assertThat(row.get("person.middleName")).isEmpty();
    assertThat(row.get("note")).isEmpty();
    assertThat(row.get("person.club")).isNull();
    assertThat(row.containsKey("note")).isTrue();
    assertThat(row.containsKey("person.club")).isFalse();
    assertThatThrownBy(() -> row.put("note", "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> row.remove("note")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> row.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(row.get("note")).isEmpty();
    assertThat(RegistrationsCsv.parse(HEADER + ",note\n" + MARTIN + ",\n")).isEqualTo(csv);
  }

  private static String line(String... cells) {
    return String.join(",", cells);
  }

  /** The registrations the JSON reading gives for these rows' cells. */
  private static List<ActigoRegistration> jsonReading(List<Map<String, String>> rows) {
    List<ActigoRegistration> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      out.add(ActigoRegistration.fromJson(jsonShape(rows.get(i)), "CSV row " + (i + 1)));
    }
    return out;
  }

  private static String jsonFailure(String body) {
    List<Map<String, String>> rows = new ArrayList<>();
    String[] lines = body.split("\n");
    String[] columns = lines[0].split(",", -1);
    for (int l = 1; l < lines.length; l++) {
      String[] cells = lines[l].split(",", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < columns.length; c++) {
        row.put(columns[c], cells[c]);
      }
      rows.add(row);
    }
    try {
      jsonReading(rows);
    } catch (DecodingException e) {
      return e.getMessage();
    }
    throw new AssertionError("the JSON reading accepts " + body);
  }

  private static ObjectNode jsonShape(Map<String, String> row) {
    ObjectNode registration = JSON.createObjectNode();
    ObjectNode person = registration.putObject("person");
    row.forEach((column, value) -> {
      if (value.isEmpty()) {
        return;
      }
      String[] parts = column.split("\\.", -1);
      if (parts.length == 2 && parts[0].equals("registration")) {
        registration.put(parts[1], value);
      } else if (parts.length == 2 && parts[0].equals("person")) {
        person.put(parts[1], value);
      } else {
        registration.put(column, value);
      }
    });
    return registration;
  }
}
