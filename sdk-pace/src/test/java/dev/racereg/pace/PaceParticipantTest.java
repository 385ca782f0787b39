package dev.racereg.pace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.model.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading participant objects: the doc's example, Finnish keys, custom fields, odd values. */
class PaceParticipantTest {

  static List<Map<String, Object>> rows(String fixture) throws Exception {
    return Codecs.json().readValue(Fixtures.read(fixture), new TypeReference<List<Map<String, Object>>>() {});
  }

  @Test
  void theDocsExampleReadsIntoEveryTypedField() throws Exception {
    PaceParticipant p = PaceParticipant.of(rows("participants-en.json").get(0));

    assertThat(p.eventName()).contains("Event with participants");
    assertThat(p.distance()).contains("Marathon");
    assertThat(p.group()).contains("General");
    assertThat(p.payment()).contains(Money.ofMinor(3000, "EUR"));
    assertThat(p.paymentAmount()).contains(BigDecimal.valueOf(30));
    assertThat(p.currency()).contains("EUR");
    assertThat(p.licenceValidation()).contains(PaceLicenceValidation.YES);
    assertThat(p.licenceValidation().flatMap(PaceLicenceValidation::asBoolean)).contains(true);
    assertThat(p.orderDate()).contains(Instant.parse("2022-03-15T12:16:29.617Z"));
    assertThat(p.orderNumber()).contains("KI759205");
    assertThat(p.status()).contains(PaceStatus.SUCCEEDED);
    assertThat(p.updatedAt()).contains(Instant.parse("2022-03-14T13:50:46.873Z"));
    assertThat(p.firstName()).contains("AthleteName");
    assertThat(p.lastName()).contains("AthleteSurname");
    assertThat(p.email()).contains("athlete@gmail.com");
    assertThat(p.birthDate()).contains(LocalDate.of(2021, 6, 10));
    assertThat(p.gender()).contains(PaceGender.FEMALE);
    assertThat(p.country()).contains("FI");
    assertThat(p.phone()).contains("+358412345678");
    assertThat(p.nationality()).contains("FI");
    assertThat(p.sportId()).contains("0123456");
    assertThat(p.unknownFields()).isEmpty();
    assertThat(p.row()).hasSize(19).containsEntry("Payment", 30).containsEntry("Sport ID", "0123456");
    assertThat(p.row().keySet()).startsWith("Event name", "Distance", "Group");
  }

  @Test
  void finnishKeysGiveTheSameTypedValuesAndKeepTheirRawLabels() throws Exception {
    PaceParticipant en = PaceParticipant.of(rows("participants-en.json").get(0));
    PaceParticipant fi = PaceParticipant.of(rows("participants-fi.json").get(0));

    assertThat(fi.eventName()).isEqualTo(en.eventName());
    assertThat(fi.distance()).isEqualTo(en.distance());
    assertThat(fi.group()).isEqualTo(en.group());
    assertThat(fi.payment()).isEqualTo(en.payment());
    assertThat(fi.licenceValidation()).isEqualTo(en.licenceValidation());
    assertThat(fi.orderDate()).isEqualTo(en.orderDate());
    assertThat(fi.orderNumber()).isEqualTo(en.orderNumber());
    assertThat(fi.status()).isEqualTo(en.status());
    assertThat(fi.updatedAt()).isEqualTo(en.updatedAt());
    assertThat(fi.firstName()).isEqualTo(en.firstName());
    assertThat(fi.lastName()).isEqualTo(en.lastName());
    assertThat(fi.email()).isEqualTo(en.email());
    assertThat(fi.birthDate()).isEqualTo(en.birthDate());
    assertThat(fi.gender()).isEqualTo(en.gender());
    assertThat(fi.country()).isEqualTo(en.country());
    assertThat(fi.phone()).isEqualTo(en.phone());
    assertThat(fi.nationality()).isEqualTo(en.nationality());
    assertThat(fi.sportId()).isEqualTo(en.sportId());
    assertThat(fi.row()).containsEntry("Tapahtuma", "Event with participants").doesNotContainKey("Event name");
    assertThat(fi.rowValue(PaceField.EVENT_NAME)).contains("Event with participants");
    assertThat(fi.unknownFields()).containsExactly(Map.entry("Seura", TextNode.valueOf("Espoon Tarmo")),
        Map.entry("Paidan koko", TextNode.valueOf("M")));
  }

  @Test
  void onlyTheDocumentedTranslationIsNeededForAMostlyEnglishFinnishExport() {
    // PACE documents only "Event name" -> "Tapahtuma": an export translating nothing else still reads
    PaceParticipant p = PaceParticipant.builder().set("Tapahtuma", "Espoo Triathlon").set("First name", "Aino")
        .set("Status", "succeeded").build();

    assertThat(p.eventName()).contains("Espoo Triathlon");
    assertThat(p.firstName()).contains("Aino");
    assertThat(p.unknownFields()).isEmpty();
  }

  @Test
  void unknownKeysBecomeUnknownFieldsInOrderAndNeverFail() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("Club", "Helsinki Tri");
    row.put("First name", "Aino");
    row.put("T-shirt size", "M");
    row.put("Emergency phone", 358401234567L);
    row.put("Newsletter", true);
    row.put("Fee", new BigDecimal("30.50"));
    row.put("Relay members", List.of("A", "B"));
    row.put("Empty answer", null);

    PaceParticipant p = PaceParticipant.of(row);

    assertThat(p.unknownFields().keySet())
        .containsExactly("Club", "T-shirt size", "Emergency phone", "Newsletter", "Fee", "Relay members", "Empty answer");
    assertThat(p.unknownFields().get("Emergency phone")).isEqualTo(LongNode.valueOf(358401234567L));
    assertThat(p.unknownFields().get("Fee").decimalValue()).isEqualTo(new BigDecimal("30.50"));
    assertThat(p.unknownFields().get("Empty answer").isNull()).isTrue();
    assertThat(p.customField("Club")).contains("Helsinki Tri");
    assertThat(p.customField("Emergency phone")).contains("358401234567");
    assertThat(p.customField("Newsletter")).contains("true");
    assertThat(p.customField("Empty answer")).isEmpty();
    assertThat(p.customField("Relay members")).isEmpty();
    assertThat(p.customField("First name")).as("a documented column is not a custom field").isEmpty();
    assertThat(p.unknownFields().get("Relay members").toString()).isEqualTo("[\"A\",\"B\"]");
    assertThat(p.row()).hasSize(8).containsKey("Empty answer").containsEntry("Relay members", List.of("A", "B"));
    assertThat(p.firstName()).contains("Aino");
  }

  @Test
  void labelsMatchIgnoringCaseSpacingAndTheLicenceSpelling() {
    PaceParticipant p = PaceParticipant.builder().set("birth date", "1990-01-02").set("EMAIL", "a@b.fi")
        .set("Licence validation", "No").set("sport id", 12345).build();

    assertThat(p.birthDate()).contains(LocalDate.of(1990, 1, 2));
    assertThat(p.email()).contains("a@b.fi");
    assertThat(p.licenceValidation()).contains(PaceLicenceValidation.NO);
    assertThat(p.sportId()).contains("12345");
  }

  @Test
  void theFirstKeyForAFieldWinsAndALaterSynonymStaysAnUnknownField() {
    PaceParticipant p = PaceParticipant.builder().set("Event name", "A").set("Tapahtuma", "B").build();

    assertThat(p.eventName()).contains("A");
    assertThat(p.unknownFields()).containsExactly(Map.entry("Tapahtuma", TextNode.valueOf("B")));
    assertThat(p.customField("Tapahtuma")).contains("B");
    assertThat(p.rowValue(PaceField.EVENT_NAME)).contains("A");
  }

  @Test
  void missingNullAndEmptyValuesAreAbsent() {
    PaceParticipant p = PaceParticipant.builder().set("Payment", null).set("Currency", "").set("Birthdate", " ")
        .set("Status", null).set("Gender", "").build();

    assertThat(p.payment()).isEmpty();
    assertThat(p.paymentAmount()).isEmpty();
    assertThat(p.currency()).isEmpty();
    assertThat(p.birthDate()).isEmpty();
    assertThat(p.status()).isEmpty();
    assertThat(p.gender()).isEmpty();
    assertThat(p.eventName()).isEmpty();
    assertThat(PaceParticipant.builder().build().row()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "30, EUR, 3000",
      "22.5, EUR, 2250",
      "22.50, eur, 2250",
      "46.75, EUR, 4675",
      "0, EUR, 0",
      "1500, JPY, 1500",
  })
  void paymentIsMajorUnitsWithDecimalsAllowed(String amount, String currency, long minor) {
    PaceParticipant asNumber = PaceParticipant.builder().set(PaceField.PAYMENT, new BigDecimal(amount))
        .set(PaceField.CURRENCY, currency).build();
    PaceParticipant asText = PaceParticipant.builder().set(PaceField.PAYMENT, amount)
        .set(PaceField.CURRENCY, currency).build();

    assertThat(asNumber.payment()).contains(Money.ofMinor(minor, currency.toUpperCase()));
    assertThat(asText.payment()).isEqualTo(asNumber.payment());
  }

  @Test
  void aPaymentWithoutCurrencyKeepsTheAmountOnly() {
    PaceParticipant p = PaceParticipant.builder().set(PaceField.PAYMENT, 30).build();

    assertThat(p.payment()).isEmpty();
    assertThat(p.paymentAmount()).contains(BigDecimal.valueOf(30));
  }

  @Test
  void timestampsAcceptTheRfc3339VariantsTheDocLists() {
    assertThat(PaceParticipant.builder().set(PaceField.ORDER_DATE, "2022-02-01 00:00:00.000Z").build().orderDate())
        .contains(Instant.parse("2022-02-01T00:00:00Z"));
    assertThat(PaceParticipant.builder().set(PaceField.UPDATED_AT, "2022-02-01T02:00:00+02:00").build().updatedAt())
        .contains(Instant.parse("2022-02-01T00:00:00Z"));
    assertThat(PaceParticipant.builder().set(PaceField.BIRTHDATE, "2001-06-10T00:00:00.000Z").build().birthDate())
        .contains(LocalDate.of(2001, 6, 10));
  }

  @Test
  void licenceValidationAcceptsBooleansAndKeepsUnknownWords() {
    assertThat(PaceParticipant.builder().set(PaceField.LICENCE_VALIDATION, true).build().licenceValidation())
        .contains(PaceLicenceValidation.YES);
    PaceLicenceValidation odd = PaceParticipant.builder().set(PaceField.LICENCE_VALIDATION, "Not required").build()
        .licenceValidation().orElseThrow();
    assertThat(odd.isKnown()).isFalse();
    assertThat(odd.value()).isEqualTo("Not required");
    assertThat(odd.asBoolean()).isEmpty();
  }

  @Test
  void unknownStatusesAndGendersParseAndKeepTheirSpelling() {
    PaceParticipant p = PaceParticipant.builder().set(PaceField.STATUS, "requires_payment_method")
        .set(PaceField.GENDER, "other").build();

    assertThat(p.status().orElseThrow().value()).isEqualTo("requires_payment_method");
    assertThat(p.status().orElseThrow().isKnown()).isFalse();
    assertThat(p.gender().orElseThrow().value()).isEqualTo("other");
    assertThat(PaceStatus.of("succeeded")).isSameAs(PaceStatus.SUCCEEDED);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Order date | yesterday | 'Order date' is not an RFC 3339 date-time",
      "Updated at | 2022-03-14T13:50:46 | 'Updated at' is not an RFC 3339 date-time",
      "Birthdate | 10.06.2001 | 'Birthdate' is not a date",
      "Syntymäaika | 10.06.2001 | 'Syntymäaika' is not a date",
      "Payment | thirty | 'Payment' is not a number",
  })
  void aMalformedDocumentedValueFailsNamingTheColumnButNotTheValue(String label, String value, String message) {
    assertThatThrownBy(() -> PaceParticipant.builder().set(label, value).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message)
        .hasMessageNotContaining(value);
  }

  @Test
  void moneyProblemsNameTheirColumn() {
    assertThatThrownBy(() -> PaceParticipant.builder().set(PaceField.PAYMENT, 30).set(PaceField.CURRENCY, "EURO").build())
        .hasMessageContaining("'Currency' is not an ISO 4217");
    assertThatThrownBy(() -> PaceParticipant.builder().set(PaceField.PAYMENT, new BigDecimal("30.005"))
        .set(PaceField.CURRENCY, "EUR").build())
        .hasMessageContaining("'Payment' has more decimals than EUR allows");
    assertThatThrownBy(() -> PaceParticipant.builder().set(PaceField.FIRST_NAME, List.of("x")).build())
        .hasMessageContaining("'First name' is a list, expected text");
  }

  @Test
  void rowIsUnmodifiableAndDeepCopied() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("k", "v");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("Extra", nested);
    PaceParticipant p = PaceParticipant.of(row);
    nested.put("k", "changed");

    assertThat(p.row().get("Extra")).isEqualTo(Map.of("k", "v"));
    assertThatThrownBy(() -> p.row().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.unknownFields().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderAcceptsJavaTimeValuesAndRoundTripsThroughToBuilder() {
    PaceParticipant p = PaceParticipant.builder()
        .set(PaceField.UPDATED_AT, Instant.parse("2022-03-14T13:50:46.873Z"))
        .set(PaceField.BIRTHDATE, LocalDate.of(2001, 6, 10))
        .set(PaceField.STATUS, PaceStatus.SUCCEEDED)
        .build();

    assertThat(p.row()).containsEntry("Updated at", "2022-03-14T13:50:46.873Z").containsEntry("Status", "succeeded");
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.toBuilder().set(PaceField.STATUS, "refunded").build().status()).contains(PaceStatus.of("refunded"));
  }

  @Test
  void settingADocumentedFieldReplacesItUnderAnyLabel() {
    PaceParticipant p = PaceParticipant.builder().set("Tapahtuma", "Old").build().toBuilder()
        .set(PaceField.EVENT_NAME, "New").build();

    assertThat(p.row()).containsExactly(Map.entry("Event name", "New"));
  }

  @Test
  void everyFieldHasAUniqueSetOfLabelsWithTheDocumentedOnesFirst() {
    assertThat(PaceField.EVENT_NAME.labels()).startsWith("Event name", "Tapahtuma");
    assertThat(PaceField.forLabel("Tapahtuma")).contains(PaceField.EVENT_NAME);
    assertThat(PaceField.forLabel("Sähköposti")).contains(PaceField.EMAIL);
    assertThat(PaceField.forLabel("T-shirt")).isEmpty();
    for (PaceField f : PaceField.values()) {
      assertThat(PaceField.forLabel(f.englishLabel())).contains(f);
    }
  }

  @Test
  void toStringLeavesOutContactDetails() {
    PaceParticipant p = PaceParticipant.builder().set(PaceField.FIRST_NAME, "Aino").set(PaceField.EMAIL, "aino@x.fi")
        .set(PaceField.PHONE, "+358401").build();

    assertThat(p.toString()).contains("Aino").doesNotContain("aino@x.fi").doesNotContain("+358401");
  }
}
