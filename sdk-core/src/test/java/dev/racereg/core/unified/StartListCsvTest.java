package dev.racereg.core.unified;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.racereg.core.internal.codec.CsvCodecs;
import dev.racereg.core.model.Gender;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.Participant;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StartListCsvTest {

  private final Registration full = Registration.builder()
      .provider("acme").nativeId("R-1").eventId("ev1").eventName("City Run, 2026")
      .raceId("r10").raceName("10K").category("Elite").status(RegistrationStatus.CONFIRMED)
      .bib("0042").chip("C9").amount(Money.ofMinor(3050, "EUR"))
      .registeredAt(Instant.parse("2026-04-30T08:15:00Z")).updatedAt(Instant.parse("2026-05-01T09:00:00Z"))
      .participant(Participant.builder().firstName("Aino").middleName("Maria").lastName("Virtanen \"Ace\"")
          .gender(Gender.FEMALE).birthDate(LocalDate.of(1990, 5, 17)).email("aino@example.fi")
          .phone("+358401234567").nationality("FI").country("FI").club("Espoo Tri").licenceNumber("0123456").build())
      .build();

  private final Registration sparse = Registration.builder()
      .provider("acme").nativeId("R-2").status(RegistrationStatus.of("WAITLIST"))
      .participant(Participant.builder().lastName("Smith").build()).build();

  @Test
  void csvAndJsonReadBackEqualRegistrations() {
    StringWriter csv = new StringWriter();
    StartListCsv.write(Stream.of(full, sparse), csv);
    assertThat(StartListCsv.read(new java.io.StringReader(csv.toString()))).containsExactly(full, sparse);

    StringWriter json = new StringWriter();
    StartListJson.write(Stream.of(full, sparse), json);
    assertThat(json.toString()).contains("\"id\" : \"acme:R-1\"");
    assertThat(StartListJson.read(new java.io.StringReader(json.toString()))).containsExactly(full, sparse);
  }

  @Test
  void readingABrokenStartListIsADecodingException() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StartListJson.read(new java.io.StringReader("[{\"provider\":")))
        .isInstanceOf(dev.racereg.core.error.DecodingException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StartListCsv.read(new java.io.StringReader(
        StartListCsv.COLUMN_LIST + "\nacme:1,acme,1,,,,,,CONFIRMED,,,,,,MALE,not-a-date")))
        .isInstanceOf(dev.racereg.core.error.DecodingException.class).hasMessageContaining("acme:1");
  }

  @Test
  void headerIsTheDocumentedStableColumnOrder() {
    StringWriter out = new StringWriter();
    StartListCsv.write(Stream.empty(), out);
    assertThat(out.toString().trim()).isEqualTo(StartListCsv.COLUMN_LIST);
  }

  @Test
  void rowsRoundTripThroughACsvReaderWithQuotingAndEmptyCells() throws Exception {
    StringWriter out = new StringWriter();
    long rows = StartListCsv.write(Stream.of(full, sparse), out);
    assertThat(rows).isEqualTo(2);

    MappingIterator<Map<String, String>> it = CsvCodecs.csv().readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(out.toString());
    List<Map<String, String>> read = it.readAll();
    assertThat(read).hasSize(2);
    assertThat(read.get(0)).containsEntry("id", "acme:R-1").containsEntry("event_name", "City Run, 2026")
        .containsEntry("last_name", "Virtanen \"Ace\"").containsEntry("bib", "0042")
        .containsEntry("gender", "FEMALE").containsEntry("birth_date", "1990-05-17")
        .containsEntry("amount", "30.50").containsEntry("currency", "EUR")
        .containsEntry("registered_at", "2026-04-30T08:15:00Z");
    assertThat(read.get(1)).containsEntry("status", "WAITLIST").containsEntry("bib", "")
        .containsEntry("gender", "UNKNOWN").containsEntry("amount", "");
  }
}
