package dev.racereg.runsignup;

import static dev.racereg.runsignup.RsuTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.http.ResponseContent;
import dev.racereg.core.model.UnknownFieldsModel;
import dev.racereg.testkit.runsignup.RunSignupSandboxCredentials;
import dev.racereg.testkit.runsignup.RunSignupSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streamed participants decoder gives exactly what the tree reader gives: every typed value,
 * the same unknown fields in the same order as the same nodes, the same kind of lists; and any
 * body it does not stream (repeated members, other envelopes, rows the tree rejects, broken JSON)
 * is decoded by the tree, with the same rows or the same exception.
 */
class ParticipantsStreamTest {

  /** Every known member of every object a row holds, each sent with values the readers must judge alike. */
  private static final String ROW = "{\"registration_id\":11,\"event_id\":512001,\"bib_num\":1001,"
      + "\"chip_num\":\"A1\",\"age\":41,\"registration_date\":\"9/16/2025 21:14\",\"last_modified\":1777600000,"
      + "\"team_id\":777,\"team_name\":\"Club\",\"race_fee\":\"$55.00\",\"amount_paid\":\"$59.75\","
      + "\"user\":{\"user_id\":3,\"first_name\":\"Maria\",\"middle_name\":\"J\",\"last_name\":\"H\","
      + "\"email\":\"m@example.com\",\"dob\":\"1984-11-02\",\"gender\":\"F\",\"phone\":\"614\","
      + "\"address\":{\"street\":\"88 E Gay St\",\"city\":\"Columbus\",\"state\":\"OH\",\"zipcode\":\"43215\","
      + "\"country_code\":\"US\"}},"
      + "\"question_responses\":[{\"question_id\":88101,\"question_text\":\"Size\",\"response\":\"W-M\"}],"
      + "\"participant_addons\":[{\"addon_id\":\"4401\",\"addon_name\":\"Mug\",\"quantity\":\"1\",\"amount\":\"12.00\"}]}";

  @Test
  void theDocumentedPageStreamsToWhatTheTreeReads() throws IOException {
    assertStreamedAlike(resource("participants.json"));
  }

  @Test
  void aSimulatorPageWithQuestionsAndAddOnsStreamsToWhatTheTreeReads() throws Exception {
    try (RunSignupSimulator sim = RunSignupSimulator.builder().events(2).participants(RunSignupSimulator.MAX_RESULTS_PER_PAGE).build().start()) {
      RunSignupSandboxCredentials c = sim.credentials();
      String url = sim.baseUrl() + "/race/" + sim.raceId() + "/participants?format=json&api_key=" + c.apiKey()
          + "&api_secret=" + c.apiSecret() + "&event_id=" + sim.eventIds().get(0) + "," + sim.eventIds().get(1)
          + "&results_per_page=2500&include_questions=T&include_registration_addons=T";
      HttpResponse<String> answer = HttpClient.newHttpClient()
          .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
      String body = answer.body();
      List<RunSignupParticipant> rows = assertStreamedAlike(body);
      assertThat(rows).hasSize(sim.participantCount());
      assertThat(rows).anySatisfy(r -> assertThat(r.questionResponses()).isNotEmpty());
      assertThat(rows).anySatisfy(r -> assertThat(r.registrationAddons()).isNotEmpty());
    }
  }

  @Test
  void oddValuesAndUnknownMembersAreKeptAsTheTreeKeepsThem() throws IOException {
    String odd = "{\"registration_id\":\"12\",\"event_id\":1.5,\"bib_num\":true,\"chip_num\":{\"a\":[1,2]},"
        + "\"age\":3000000000,\"registration_date\":\"13/45/2026 99:99\",\"last_modified\":\"soon\","
        + "\"team_id\":92233720368547758070,\"team_name\":[\"x\"],\"race_fee\":12.5,\"amount_paid\":\"  \","
        + "\"corral\":\"A\",\"rank\":1.50,\"big\":123456789012345678901234567890,\"flag\":false,\"none\":null,"
        + "\"user\":{\"user_id\":-0,\"first_name\":\"\",\"middle_name\":7,\"last_name\":1e3,\"dob\":\"11/2/1984\","
        + "\"gender\":\" x \",\"phone\":null,\"address\":\"Columbus\",\"shirt\":{\"size\":\"M\"}},"
        + "\"question_responses\":{\"question_id\":\"q\",\"response\":[\"a\",null,3,2.50,true,{\"x\":1},[\"y\"]],"
        + "\"extra\":[]},"
        + "\"participant_addons\":[{\"quantity\":99999999999,\"amount\":\"$92,233,720,368,547,758.08\"},"
        + "{\"addon_id\":4.5,\"quantity\":-2,\"amount\":\"-$5\",\"option\":\"XL\"}]}";
    String blanks = "{\"registration_id\":13,\"user\":null,\"question_responses\":\" \",\"participant_addons\":7,"
        + "\"last_modified\":99999999999999999}";
    String more = "{\"registration_id\":14,\"question_responses\":[{\"response\":{\"a\":1}},{\"response\":null}],"
        + "\"participant_addons\":null,\"user\":{\"address\":null}}";
    List<RunSignupParticipant> rows = assertStreamedAlike("[{\"event\":{\"event_id\":\"512001\",\"x\":[1]},"
        + "\"note\":{\"skip\":[1,{\"a\":2}]},\"participants\":[" + ROW + "," + odd + "," + blanks + "," + more + "]}]");

    RunSignupParticipant first = rows.get(1);
    assertThat(first.unknownFields().keySet()).containsExactly("event_id", "chip_num", "age",
        "registration_date", "last_modified", "team_id", "team_name", "corral", "rank", "big", "flag", "none");
    assertThat(first.bibNum()).contains("true");
    assertThat(first.raceFee()).contains(dev.racereg.core.model.Money.ofMinor(1250, "USD"));
    assertThat(first.unknownFields().get("rank").decimalValue()).isEqualByComparingTo("1.50");
    assertThat(first.eventId()).isEqualTo(512001L); // from the group, since the row's is not a whole number
  }

  @Test
  void groupsWithoutRowsOrWithTheRowsInsideTheEventStreamToWhatTheTreeReads() throws IOException {
    assertStreamedAlike("[]");
    assertStreamedAlike("[{\"event\":{\"event_id\":5,\"participants\":[" + ROW.replace("\"event_id\":512001,", "")
        + "]},\"participants\":[]},{\"event\":{\"event_id\":6},\"participants\":null},{\"event\":\"x\"},"
        + "{\"participants\":[" + ROW + "]}]");
  }

  @Test
  void aRepeatedMemberAnywhereIsReadByTheTreeRules() throws IOException {
    List<String> members = List.of("registration_id", "event_id", "bib_num", "chip_num", "age", "registration_date",
        "last_modified", "team_id", "team_name", "race_fee", "amount_paid", "user", "question_responses",
        "participant_addons", "user_id", "first_name", "middle_name", "last_name", "email", "dob", "gender",
        "phone", "address", "street", "city", "state", "zipcode", "country_code", "question_id", "question_text",
        "response", "addon_id", "addon_name", "quantity", "amount");
    for (String member : members) {
      // the later value differs in kind, so reading the first one would show
      String body = "[{\"event\":{\"event_id\":1},\"participants\":["
          + ROW.replace("\"" + member + "\":", "\"" + member + "\":{\"first\":1},\"" + member + "\":") + "]}]";
      assertThat(body).as(member).isNotEqualTo("[{\"event\":{\"event_id\":1},\"participants\":[" + ROW + "]}]");
      assertThat(RsuParticipantsStream.stream(bytes(body))).as(member).isNull();
      assertDecodedAlike(body);
    }
    assertDecodedAlike("[{\"event\":{\"event_id\":1},\"participants\":[{\"registration_id\":1,\"x\":1,\"x\":2}]}]");
    assertDecodedAlike("[{\"event\":{\"event_id\":1},\"event\":{\"event_id\":2},\"participants\":["
        + "{\"registration_id\":1}]}]");
    assertDecodedAlike("[{\"event\":{\"event_id\":1},\"participants\":[{\"registration_id\":1}],"
        + "\"participants\":[{\"registration_id\":2}]}]");
  }

  @Test
  void otherEnvelopesAndRejectedRowsAreLeftToTheTree() throws IOException {
    for (String body : List.of(
        "{\"participants\":[" + ROW + "]}",
        "[{\"participants\":[" + ROW + "],\"event\":{\"event_id\":1}}]",
        "[{\"event\":{\"event_id\":1},\"participants\":" + ROW + "}]",
        "[" + ROW + "] trailing",
        "[{\"event\":{\"event_id\":1,\"participants\":[" + ROW + "]},\"participants\":\"\"}]")) {
      assertThat(RsuParticipantsStream.stream(bytes(body))).as(body).isNull();
      assertDecodedAlike(body);
    }
    for (String body : List.of(
        "[{\"event\":{\"event_id\":1},\"participants\":[{\"event_id\":1}]}]",
        "[{\"participants\":[{\"registration_id\":1}]}]",
        "[{\"event\":{\"event_id\":1},\"participants\":\"\"}]",
        "[{\"event\":{\"event_id\":1},\"participants\":[" + ROW.replace("[{\"question_id\"", "[7,{\"question_id\"") + "]}]",
        "[{\"event\":{\"event_id\":1},\"participants\":[1]}]",
        "[7]",
        "\"text\"",
        "",
        "[{\"event\":{\"event_id\":1},\"participants\":[" + ROW,
        "<html><body>Bad gateway</body></html>")) {
      assertThat(RsuParticipantsStream.stream(bytes(body))).as(body).isNull();
      Throwable tree = catchAny(() -> RsuResponses.participants(RsuHttp.json(content(body))));
      assertThat(tree).as(body).isNotNull();
      assertThatThrownBy(() -> RsuParticipantsStream.DECODER.decode(content(body))).as(body)
          .isInstanceOf(tree.getClass()).hasMessage(tree.getMessage());
    }
  }

  /** Streams the body (it must not fall back) and checks it reads as the tree reads it. */
  private static List<RunSignupParticipant> assertStreamedAlike(String body) throws IOException {
    List<RunSignupParticipant> streamed = RsuParticipantsStream.stream(bytes(body));
    assertThat(streamed).as("streamed without falling back to the tree").isNotNull();
    List<RunSignupParticipant> tree = RsuResponses.participants(Codecs.json().readTree(body));
    assertThat(describe(streamed)).isEqualTo(describe(tree));
    return streamed;
  }

  /** The decoder (streamed or not) reads the body as the tree reads it. */
  private static void assertDecodedAlike(String body) throws IOException {
    List<RunSignupParticipant> decoded = RsuParticipantsStream.DECODER.decode(content(body));
    List<RunSignupParticipant> tree = RsuResponses.participants(Codecs.json().readTree(body));
    assertThat(describe(decoded)).as(body).isEqualTo(describe(tree));
  }

  private static Throwable catchAny(ThrowingRunnable r) {
    try {
      r.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static ResponseContent content(String body) {
    return new ResponseContent(200, Map.of(), bytes(body));
  }

  /** Everything a caller can see of the rows, unknown fields with their node kinds, in order. */
  private static String describe(List<RunSignupParticipant> rows) {
    StringBuilder b = new StringBuilder();
    for (RunSignupParticipant p : rows) {
      b.append("row ").append(p.registrationId()).append(' ').append(p.eventId()).append(' ').append(p.bibNum())
          .append(' ').append(p.chipNum()).append(' ').append(p.age()).append(' ').append(p.registrationDate())
          .append(' ').append(p.lastModified()).append(' ').append(p.teamId()).append(' ').append(p.teamName())
          .append(' ').append(p.raceFee()).append(' ').append(p.amountPaid()).append(unknown(p)).append('\n');
      p.user().ifPresent(u -> {
        b.append(" user ").append(u.userId()).append(' ').append(u.firstName()).append(' ').append(u.middleName())
            .append(' ').append(u.lastName()).append(' ').append(u.email()).append(' ').append(u.dob()).append(' ')
            .append(u.gender()).append(u.gender().map(RunSignupGender::isKnown)).append(' ').append(u.phone())
            .append(unknown(u)).append('\n');
        u.address().ifPresent(a -> b.append(" address ").append(a.street()).append(' ').append(a.city())
            .append(' ').append(a.state()).append(' ').append(a.zipcode()).append(' ').append(a.countryCode())
            .append(unknown(a)).append('\n'));
      });
      b.append(" questions ").append(listKind(p.questionResponses())).append('\n');
      for (QuestionResponse q : p.questionResponses()) {
        b.append("  ").append(q.questionId()).append(' ').append(q.questionText()).append(' ').append(q.response())
            .append(' ').append(q.responses()).append(unknown(q)).append('\n');
      }
      b.append(" addons ").append(listKind(p.registrationAddons())).append('\n');
      for (RegistrationAddon a : p.registrationAddons()) {
        b.append("  ").append(a.addonId()).append(' ').append(a.name()).append(' ').append(a.quantity())
            .append(' ').append(a.amount()).append(unknown(a)).append('\n');
      }
    }
    return b.toString();
  }

  private static String listKind(List<?> list) {
    boolean nullsAsked;
    try {
      nullsAsked = !list.contains(null);
    } catch (NullPointerException e) {
      nullsAsked = false;
    }
    return list.getClass().getName() + " " + nullsAsked + " " + list.size();
  }

  private static String unknown(UnknownFieldsModel m) {
    StringBuilder b = new StringBuilder(" unknown{");
    for (Map.Entry<String, JsonNode> e : m.unknownFields().entrySet()) {
      b.append(e.getKey()).append('=').append(e.getValue().getClass().getSimpleName()).append(':')
          .append(e.getValue()).append(';');
    }
    return b.append('}').toString();
  }
}
