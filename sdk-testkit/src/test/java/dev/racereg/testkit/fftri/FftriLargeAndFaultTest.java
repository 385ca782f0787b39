package dev.racereg.testkit.fftri;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.racereg.testkit.Fault;
import dev.racereg.testkit.fftri.FftriHttp.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class FftriLargeAndFaultTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-10T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void streamsTwoHundredThousandPassesAsAKeyedObject() throws IOException {
    try (FftriSimulator sim = FftriSimulator.builder().events(1).passesPerTrial(200_000)
        .build().start()) {
      sim.recordRequests(false);
      FftriHttp http = new FftriHttp(sim);
      Request.Builder request = new Request.Builder()
          .url(sim.baseUrl() + "/pass-competition-list/31732/3");
      http.auth().forEach(request::header);
      int entries = 0;
      String lastKey = null;
      try (Response response = http.client().newCall(request.build()).execute();
          InputStream body = response.body().byteStream();
          JsonParser parser = FftriHttp.JSON.getFactory().createParser(body)) {
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("Content-Length")).isNull();
        assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          lastKey = parser.currentName();
          parser.nextToken();
          parser.skipChildren();
          entries++;
        }
      }
      assertThat(entries).isEqualTo(200_000);
      assertThat(lastKey).isEqualTo("199999");
      // any one of them can be checked on its own
      String deep = "PC031732150000";
      assertThat(sim.pass(deep)).isPresent();
      assertThat(http.get("pass-competition/" + deep + "/31732").code()).isEqualTo(200);
    }
  }

  @Test
  void streamsALargeCsvList() throws IOException {
    try (FftriSimulator sim = FftriSimulator.builder().events(1).passesPerTrial(20_000)
        .build().start()) {
      FftriHttp http = new FftriHttp(sim);
      Request.Builder request = new Request.Builder()
          .url(sim.baseUrl() + "/pass-competition-list/31728/3/0/1");
      http.auth().forEach(request::header);
      long lines;
      try (Response response = http.client().newCall(request.build()).execute();
          BufferedReader reader = new BufferedReader(response.body().charStream())) {
        lines = reader.lines().count();
      }
      assertThat(lines).isEqualTo(20_001);
    }
  }

  @Test
  void faultOnTestLicenceIsServedOnceThenTheNormalAnswer() {
    try (FftriSimulator sim = FftriSimulator.builder().build().start()) {
      FftriHttp http = new FftriHttp(sim);
      String licence = sim.licenceNumbersValidFor(sim.currentSeason().id()).get(0);
      sim.faults().onPath("/test-licence/", Fault.htmlPage(502), 1);
      Reply failed = http.post("test-licence/" + sim.currentSeason().id(), Map.of("licence", licence));
      assertThat(failed.code()).isEqualTo(502);
      assertThat(failed.body()).startsWith("<!DOCTYPE html>");
      Reply ok = http.post("test-licence/" + sim.currentSeason().id(), Map.of("licence", licence));
      assertThat(ok.code()).isEqualTo(200);
      assertThat(ok.json().get("message").asText()).startsWith("OK");
      assertThat(sim.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void aDroppedCreateLeavesNoPassBehindButAReplayCreatesASecond() {
    try (FftriSimulator sim = FftriSimulator.builder().clock(CLOCK).build().start()) {
      FftriHttp http = new FftriHttp(sim);
      sim.faults().onPath("/create-pass-competition", Fault.status(503,
          "{\"success\":\"false\",\"error\":\"Service Unavailable\"}"), 1);
      Reply unavailable = http.post("create-pass-competition", FftriAuthTest.createBody(31732));
      assertThat(unavailable.code()).isEqualTo(503);
      assertThat(sim.createdPasses()).isEmpty();
      http.post("create-pass-competition", FftriAuthTest.createBody(31732));
      http.post("create-pass-competition", FftriAuthTest.createBody(31732));
      // the platform does not deduplicate: a replayed create is a second pass
      assertThat(sim.createdPasses()).hasSize(2);
    }
  }

  @Test
  void sameSeedGivesTheSameAnswersAndAnotherSeedOtherData() {
    try (FftriSimulator a = FftriSimulator.builder().seed(7).clock(CLOCK).build().start();
        FftriSimulator b = FftriSimulator.builder().seed(7).clock(CLOCK).build().start();
        FftriSimulator c = FftriSimulator.builder().seed(8).clock(CLOCK).build().start()) {
      FftriHttp ha = new FftriHttp(a);
      FftriHttp hb = new FftriHttp(b);
      FftriHttp hc = new FftriHttp(c);
      String orga = "get-trials-by-orga/" + a.credentials().organiserLogin() + "/" + a.credentials().organiserKey();
      for (String path : new String[] {"seasons", "clubs/18", "club/1063", "age-categories/18",
          orga, "pass-competition-list/31732/3", "pass-competition-list/31726/3/0/1",
          "itu-federations"}) {
        assertThat(ha.get(path).body()).as(path).isEqualTo(hb.get(path).body());
      }
      assertThat(a.licenceHolders()).isEqualTo(b.licenceHolders());
      assertThat(a.events()).isEqualTo(b.events());
      assertThat(a.licenceHolders()).isNotEqualTo(c.licenceHolders());
      assertThat(ha.get("pass-competition-list/31732/3").body())
          .isNotEqualTo(hc.get("pass-competition-list/31732/3").body());
      String licence = a.licenceNumbersValidFor(18).get(0);
      assertThat(hb.post("test-licence/18", Map.of("licence", licence)).code()).isEqualTo(200);
    }
  }
}
