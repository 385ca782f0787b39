package dev.racereg.testkit.fftri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.testkit.fftri.FftriHttp.Reply;
import dev.racereg.testkit.fftri.PassCompetition.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FftriPassTest {

  private static final Instant NOW = Instant.parse("2026-06-10T09:00:00Z");
  private final FftriSimulator sim = FftriSimulator.builder()
      .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().start();
  private final FftriHttp http = new FftriHttp(sim);
  private static final int TRIAL = 31732;

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void passLifecycleCreateVerifyRefundAndList() {
    Reply created = http.post("create-pass-competition", FftriAuthTest.createBody(TRIAL));
    assertThat(created.code()).isEqualTo(200);
    JsonNode json = created.json();
    assertThat(json.get("success").asText()).isEqualTo("true");
    assertThat(json.get("success").isTextual()).isTrue();
    String passNumber = json.get("passNumber").asText();
    assertThat(passNumber).startsWith("PC");
    assertThat(json.get("url").asText())
        .isEqualTo("https://espacetri.fftri.com/pass-competition/print-public/" + passNumber);
    assertThat(sim.createdPasses()).extracting(PassCompetition::passNumber).containsExactly(passNumber);

    JsonNode verified = http.get("pass-competition/" + passNumber + "/" + TRIAL).json();
    assertThat(verified.get("firstname").asText()).isEqualTo("Camille");
    assertThat(verified.get("lastname").asText()).isEqualTo("Lefèvre");
    assertThat(verified.get("birthDate").asText()).isEqualTo("1988-07-23");
    assertThat(verified.get("email").asText()).isEqualTo("camille.lefevre@gmail.com");
    assertThat(verified.get("passNumber").asText()).isEqualTo(passNumber);
    assertThat(verified.get("created").asText()).isEqualTo("2026-06-10");
    assertThat(verified.get("statusDescription").asText()).isEqualTo("valid");
    assertThat(verified.get("isPaid").asText()).isEqualTo("1");
    assertThat(verified.get("isPaid").isTextual()).isTrue();
    assertThat(verified.get("refund").asText()).isEqualTo("0");
    assertThat(verified.get("type").asText()).isEqualTo("1");
    assertThat(verified.get("typeDescription").asText()).isEqualTo("individual");
    assertThat(verified.get("trial").asText()).isEqualTo("31732");
    assertThat(verified.get("event").asText()).isEqualTo("10286");
    assertThat(verified.get("discipline").asText()).isEqualTo("Duathlon");
    assertThat(verified.get("distance").asText()).isEqualTo("S");
    assertThat(verified.get("date").asText()).isEqualTo("2026-07-05");
    assertThat(verified.get("eventName").asText()).isEqualTo("CHTRIMAN GRAVELINES");
    assertThat(verified.get("city").asText()).isEqualTo("GRAVELINES");
    assertThat(verified.get("zip").asText()).isEqualTo("59820");
    assertThat(verified.get("place").asText()).isNotBlank();

    Map<String, Object> refund = new LinkedHashMap<>();
    refund.put("passNumber", passNumber);
    refund.put("refund", 1);
    refund.put("canceledReason", "Remboursement");
    Reply refunded = http.post("update-pass-competition", refund);
    assertThat(refunded.code()).isEqualTo(200);
    assertThat(refunded.json().get("success").asText()).isEqualTo("true");
    JsonNode after = http.get("pass-competition/" + passNumber + "/" + TRIAL).json();
    assertThat(after.get("statusDescription").asText()).isEqualTo("refund");
    assertThat(after.get("refund").asText()).isEqualTo("1");
    assertThat(after.get("isPaid").asText()).isEqualTo("1");
    assertThat(sim.pass(passNumber).orElseThrow().canceledReason()).isEqualTo("Remboursement");

    Reply again = http.post("update-pass-competition", refund);
    assertThat(again.code()).isEqualTo(400);
    assertThat(again.json().get("success").asText()).isEqualTo("false");
    assertThat(again.json().get("error").asText()).contains("refunded");

    // the list shows the pass last, under the next index key, with its new state
    JsonNode all = http.get("pass-competition-list/" + TRIAL + "/3").json();
    List<String> keys = keys(all);
    assertThat(keys).hasSize(26);
    for (int i = 0; i < keys.size(); i++) {
      assertThat(keys.get(i)).isEqualTo(Integer.toString(i));
    }
    JsonNode last = all.get("25");
    assertThat(last.get("passNumber").asText()).isEqualTo(passNumber);
    assertThat(last.get("statusDescription").asText()).isEqualTo("refund");
    assertThat(keys(last)).containsExactly("firstname", "lastname", "birthDate", "email",
        "passNumber", "created", "statusDescription", "isPaid", "refund", "type", "typeDescription");
  }

  @Test
  void listFiltersOnPaymentAndProvider() {
    List<PassCompetition> passes = sim.passes(TRIAL);
    long paid = passes.stream().filter(PassCompetition::paid).count();
    JsonNode all = http.get("pass-competition-list/" + TRIAL + "/3").json();
    JsonNode onlyPaid = http.get("pass-competition-list/" + TRIAL + "/1").json();
    JsonNode unpaid = http.get("pass-competition-list/" + TRIAL + "/0/0/0").json();
    assertThat(all.size()).isEqualTo(25);
    assertThat(onlyPaid.size()).isEqualTo((int) paid);
    assertThat(unpaid.size()).isEqualTo(25 - (int) paid);
    onlyPaid.forEach(p -> assertThat(p.get("isPaid").asText()).isEqualTo("1"));
    unpaid.forEach(p -> assertThat(p.get("isPaid").asText()).isEqualTo("0"));
    assertThat(unpaid.size()).isPositive();

    JsonNode mine = http.get("pass-competition-list/" + TRIAL + "/3/1").json();
    long ownCount = passes.stream().filter(p -> p.provider().equals(sim.credentials().username())).count();
    assertThat(mine.size()).isEqualTo((int) ownCount).isLessThan(25).isPositive();

    assertThat(http.get("pass-competition-list/" + TRIAL + "/2").code()).isEqualTo(400);
    assertThat(http.get("pass-competition-list/" + TRIAL + "/3/5").code()).isEqualTo(400);
    assertThat(http.get("pass-competition-list/" + TRIAL + "/3/0/2").code()).isEqualTo(400);
    assertThat(http.get("pass-competition-list/99999/3").code()).isEqualTo(404);
  }

  @Test
  void aTrialWithoutPassesListsAnEmptyObjectAndAHeaderOnlyCsv() {
    try (FftriSimulator empty = FftriSimulator.builder().passesPerTrial(0).build().start()) {
      FftriHttp client = new FftriHttp(empty);
      Reply json = client.get("pass-competition-list/" + TRIAL + "/3");
      assertThat(json.code()).isEqualTo(200);
      assertThat(json.body()).isEqualTo("{}");
      assertThat(client.get("pass-competition-list/" + TRIAL + "/3/0/1").body())
          .isEqualTo("firstname;lastname;birthDate;email;passNumber;created;statusDescription;"
              + "isPaid;refund;type;typeDescription\n");
    }
  }

  @Test
  void csvVariantListsTheSamePassesAsText() {
    http.post("create-pass-competition", FftriAuthTest.createBody(TRIAL));
    Reply csv = http.get("pass-competition-list/" + TRIAL + "/1/0/1");
    assertThat(csv.code()).isEqualTo(200);
    assertThat(csv.headers().get("Content-Type")).startsWith("text/csv");
    String[] lines = csv.body().split("\n");
    assertThat(lines[0]).isEqualTo("firstname;lastname;birthDate;email;passNumber;created;"
        + "statusDescription;isPaid;refund;type;typeDescription");
    JsonNode json = http.get("pass-competition-list/" + TRIAL + "/1/0/0").json();
    assertThat(lines).hasSize(json.size() + 1);
    String[] lastRow = lines[lines.length - 1].split(";");
    assertThat(lastRow[0]).isEqualTo("Camille");
    assertThat(lastRow[1]).isEqualTo("Lefèvre");
    assertThat(lastRow[6]).isEqualTo("valid");
    assertThat(lastRow[7]).isEqualTo("1");
    assertThat(lines[1].split(";")[4]).isEqualTo(json.get("0").get("passNumber").asText());
  }

  @Test
  void testEditionAnswersLikeACreationButStoresNothing() {
    Map<String, Object> body = FftriAuthTest.createBody(TRIAL);
    body.put("testEdition", 1);
    body.put("customerEmail", "test@fftri.com");
    Reply reply = http.post("create-pass-competition", body);
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.json().get("success").asText()).isEqualTo("true");
    String number = reply.json().get("passNumber").asText();
    assertThat(sim.createdPasses()).isEmpty();
    assertThat(http.get("pass-competition/" + number + "/" + TRIAL).code()).isEqualTo(404);
    assertThat(http.get("pass-competition-list/" + TRIAL + "/3").json().size()).isEqualTo(25);
  }

  @Test
  void withoutAutoValidationAPassStartsCreatedAndTheUpdateValidatesIt() {
    try (FftriSimulator legacy = FftriSimulator.builder().autoValidatePasses(false)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().start()) {
      FftriHttp client = new FftriHttp(legacy);
      String number = client.post("create-pass-competition", FftriAuthTest.createBody(TRIAL))
          .json().get("passNumber").asText();
      JsonNode before = client.get("pass-competition/" + number + "/" + TRIAL).json();
      assertThat(before.get("statusDescription").asText()).isEqualTo("created");
      assertThat(before.get("isPaid").asText()).isEqualTo("0");
      assertThat(client.post("update-pass-competition", Map.of("passNumber", number, "refund", "0"))
          .code()).isEqualTo(200);
      JsonNode after = client.get("pass-competition/" + number + "/" + TRIAL).json();
      assertThat(after.get("statusDescription").asText()).isEqualTo("valid");
      assertThat(after.get("isPaid").asText()).isEqualTo("1");
      // isPaid 1 on creation skips the update, as the doc allowed during the transition
      Map<String, Object> paid = FftriAuthTest.createBody(TRIAL);
      paid.put("isPaid", 1);
      String second = client.post("create-pass-competition", paid).json().get("passNumber").asText();
      assertThat(legacy.pass(second).orElseThrow().status()).isEqualTo(Status.VALID);
    }
  }

  @Test
  void createRefusesInvalidRequests() {
    Map<String, Object> noName = FftriAuthTest.createBody(TRIAL);
    noName.remove("lastName");
    Reply missing = http.post("create-pass-competition", noName);
    assertThat(missing.code()).isEqualTo(400);
    assertThat(missing.json().get("success").asText()).isEqualTo("false");
    assertThat(missing.json().get("error").asText()).contains("lastName");
    assertThat(missing.json().has("passNumber")).isFalse();
    Map<String, Object> badType = FftriAuthTest.createBody(TRIAL);
    badType.put("type", 7);
    assertThat(http.post("create-pass-competition", badType).code()).isEqualTo(400);
    Map<String, Object> badMail = FftriAuthTest.createBody(TRIAL);
    badMail.put("customerEmail", "nobody");
    assertThat(http.post("create-pass-competition", badMail).code()).isEqualTo(400);
    Map<String, Object> badItu = FftriAuthTest.createBody(TRIAL);
    badItu.put("ituFedeId", 9999);
    assertThat(http.post("create-pass-competition", badItu).code()).isEqualTo(400);
    Reply noTrial = http.post("create-pass-competition", FftriAuthTest.createBody(424242));
    assertThat(noTrial.code()).isEqualTo(404);
    assertThat(http.post("create-pass-competition", "{not json").code()).isEqualTo(400);
    assertThat(sim.createdPasses()).isEmpty();
  }

  @Test
  void createAcceptsNumbersAsStringsAndForeignMembers() {
    Map<String, Object> body = FftriAuthTest.createBody(TRIAL);
    body.put("fftriId", Integer.toString(TRIAL));
    body.put("price", "0");
    body.put("type", "2");
    body.put("ituFedeId", 113);
    body.put("ituLicenseNumber", "BE123456");
    body.put("language", "EN");
    body.put("sendInvoice", 0);
    Reply reply = http.post("create-pass-competition", body);
    assertThat(reply.code()).isEqualTo(200);
    PassCompetition pass = sim.createdPasses().get(0);
    assertThat(pass.type()).isEqualTo(2);
    assertThat(pass.ituFedeId()).isEqualTo(113);
    assertThat(pass.language()).isEqualTo("EN");
    assertThat(pass.sendInvoice()).isFalse();
    assertThat(pass.provider()).isEqualTo(sim.credentials().username());
    assertThat(http.get("pass-competition/" + pass.passNumber() + "/" + TRIAL).json()
        .get("typeDescription").asText()).isEqualTo("relay");
  }

  @Test
  void verifyRefusesUnknownPassesAndTheWrongTrial() {
    String number = sim.passes(TRIAL).get(0).passNumber();
    assertThat(http.get("pass-competition/" + number + "/" + TRIAL).code()).isEqualTo(200);
    Reply wrongTrial = http.get("pass-competition/" + number + "/31728");
    assertThat(wrongTrial.code()).isEqualTo(404);
    assertThat(wrongTrial.json().get("success").asText()).isEqualTo("false");
    assertThat(http.get("pass-competition/PCXXXXX/" + TRIAL).code()).isEqualTo(404);
  }

  @Test
  void updateRefusesUnknownPassesOtherProvidersAndUsedPasses() {
    assertThat(http.post("update-pass-competition", Map.of("passNumber", "PC999", "refund", 1))
        .code()).isEqualTo(404);
    PassCompetition foreign = sim.passes(TRIAL).stream()
        .filter(p -> !p.provider().equals(sim.credentials().username())).findFirst().orElseThrow();
    assertThat(http.post("update-pass-competition",
        Map.of("passNumber", foreign.passNumber(), "refund", 1)).code()).isEqualTo(403);
    String number = http.post("create-pass-competition", FftriAuthTest.createBody(TRIAL)).json()
        .get("passNumber").asText();
    sim.markPassUsed(number);
    Reply used = http.post("update-pass-competition", Map.of("passNumber", number, "refund", 1));
    assertThat(used.code()).isEqualTo(400);
    assertThat(used.json().get("error").asText()).contains("used");
    assertThat(http.post("update-pass-competition", Map.of("passNumber", number, "refund", 3))
        .code()).isEqualTo(400);
    assertThat(http.post("update-pass-competition", Map.of("refund", 1)).code()).isEqualTo(400);
  }

  @Test
  void adminTransitionsShowOnTheWire() {
    String number = http.post("create-pass-competition", FftriAuthTest.createBody(TRIAL)).json()
        .get("passNumber").asText();
    assertThat(sim.cancelPass(number, "Doublon").status()).isEqualTo(Status.CANCEL);
    assertThat(http.get("pass-competition/" + number + "/" + TRIAL).json()
        .get("statusDescription").asText()).isEqualTo("cancel");
    assertThatThrownBy(() -> sim.markPassUsed(number)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> sim.cancelPass("PC000000000000", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sim.passes(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generatedPassesHaveRealisticStatusesByTrialDate() {
    try (FftriSimulator many = FftriSimulator.builder().passesPerTrial(400).build().start()) {
      // the doc's event is in July, before the default anchor (1 September): mostly used
      List<PassCompetition> past = many.passes(TRIAL);
      long used = past.stream().filter(p -> p.status() == Status.USED).count();
      assertThat(used).isBetween(260L, 380L);
      assertThat(past).allSatisfy(p -> {
        assertThat(p.created()).isBefore(LocalDate.of(2026, 7, 5));
        assertThat(p.refunded()).isEqualTo(p.status() == Status.REFUND);
        assertThat(p.paid()).isEqualTo(p.status() != Status.CREATED
            && (p.status() != Status.CANCEL || p.paid()));
      });
      assertThat(past).extracting(PassCompetition::created).isSorted();
      // a later trial: mostly valid, none used yet
      int later = many.events().get(many.events().size() - 1).trials().get(0).id();
      List<PassCompetition> future = many.passes(later);
      assertThat(future.stream().filter(p -> p.status() == Status.VALID).count())
          .isBetween(300L, 390L);
      assertThat(future).noneMatch(p -> p.status() == Status.USED);
    }
  }

  @Test
  void concurrentCreatesGetDistinctNumbersAndAllShowInTheList() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(() -> http.post("create-pass-competition",
            FftriAuthTest.createBody(TRIAL)).json().get("passNumber").asText()));
      }
      java.util.Set<String> numbers = new java.util.HashSet<>();
      for (java.util.concurrent.Future<String> future : futures) {
        numbers.add(future.get());
      }
      assertThat(numbers).hasSize(40);
      assertThat(sim.createdPasses()).hasSize(40);
      assertThat(http.get("pass-competition-list/" + TRIAL + "/3/1").json().size())
          .isEqualTo(40 + (int) sim.passes(TRIAL).stream().limit(25)
              .filter(p -> p.provider().equals(sim.credentials().username())).count());
    } finally {
      pool.shutdownNow();
    }
  }

  static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
