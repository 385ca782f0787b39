package dev.racereg.testkit.pace;

import static dev.racereg.testkit.pace.PaceHttp.JSON;
import static dev.racereg.testkit.pace.PaceHttp.credentials;
import static dev.racereg.testkit.pace.PaceHttp.fetch;
import static dev.racereg.testkit.pace.PaceHttp.post;
import static dev.racereg.testkit.pace.PaceHttp.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


/** Who may read a PACE event: credentials, access codes, and the 4xx answers to everyone else. */
class PaceAccessTest {

  private final List<PaceSimulator> running = new ArrayList<>();

  @AfterEach
  void stopAll() {
    running.forEach(PaceSimulator::close);
  }

  private PaceSimulator start(PaceSimulator.Builder builder) {
    PaceSimulator sim = builder.build().start();
    running.add(sim);
    return sim;
  }

  @Test
  void wrongApiIdOrSecretIs401WithAJsonError() throws IOException {
    PaceSimulator sim = start(PaceSimulator.builder());
    for (Map<String, Object> body : List.of(
        with(credentials(sim), "apiId", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
        with(credentials(sim), "apiSecret", "ULANdvF8Y20cdtfrcqIAbhSZle445VZrfjREOM6+K51="))) {
      try (Response r = post(sim, body)) {
        assertThat(r.code()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(JSON.readTree(r.body().string()).get("error").asText()).isNotBlank();
      }
    }
  }

  @Test
  void anAccessCodeOpensOnlyItsOwnEvent() throws IOException {
    PaceSimulator sim = start(PaceSimulator.builder()
        .event(PaceEventSpec.defaultEvent().participants(30))
        .event(PaceEventSpec.of("helsinki-city-run", "Helsinki City Run")
            .distances(Map.of("Half Marathon", new BigDecimal("59"), "10 km", new BigDecimal("45")))
            .groups("General")
            .customFields(List.of("Club"))
            .participants(12)));
    assertThat(sim.eventSlugs()).containsExactly("pace-triathlon-espoo", "helsinki-city-run");
    assertThat(sim.credentials().accessCode("helsinki-city-run")).matches("[A-Z0-9]{8}").isNotEqualTo(sim.credentials().accessCode());

    JsonNode run = fetch(sim, credentials(sim, "helsinki-city-run"));
    assertThat(run).hasSize(12);
    run.forEach(row -> {
      assertThat(row.get("Event name").asText()).isEqualTo("Helsinki City Run");
      assertThat(row.get("Distance").asText()).isIn("Half Marathon", "10 km");
      assertThat(row.has("T-shirt size")).isFalse();
    });
    assertThat(fetch(sim, credentials(sim))).hasSize(30);

    Map<String, Object> borrowed = with(credentials(sim, "helsinki-city-run"), "accessCode", sim.credentials().accessCode());
    try (Response r = post(sim, borrowed)) {
      assertThat(r.code()).isEqualTo(403);
      assertThat(JSON.readTree(r.body().string()).has("error")).isTrue();
    }
  }

  @Test
  void unknownEventSlugIs404() throws IOException {
    PaceSimulator sim = start(PaceSimulator.builder());
    try (Response r = post(sim, with(credentials(sim), "eventSlug", "no-such-event"))) {
      assertThat(r.code()).isEqualTo(404);
      assertThat(JSON.readTree(r.body().string()).get("error").asText()).isNotBlank();
    }
  }

  @Test
  void invalidRequestsAre400() throws IOException {
    PaceSimulator sim = start(PaceSimulator.builder());
    List<Map<String, Object>> bad = new ArrayList<>();
    for (String field : List.of("apiId", "apiSecret", "accessCode", "eventSlug")) {
      bad.add(with(credentials(sim), field, null));
      bad.add(with(credentials(sim), field, ""));
    }
    bad.add(with(credentials(sim), "apiId", 12345));
    bad.add(with(credentials(sim), "language", "sv"));
    bad.add(with(credentials(sim), "sortDirection", "newest"));
    bad.add(with(credentials(sim), "updatedAfter", "yesterday"));
    bad.add(with(credentials(sim), "updatedAfter", "2022-02-30"));
    bad.add(with(credentials(sim), "updatedAfter", "2022-02-01T00:00:00")); // RFC 3339 needs an offset
    for (Map<String, Object> body : bad) {
      try (Response r = post(sim, body)) {
        assertThat(r.code()).as("%s", body).isEqualTo(400);
        assertThat(JSON.readTree(r.body().string()).get("error").asText()).isNotBlank();
      }
    }
    String valid = JSON.writeValueAsString(credentials(sim));
    try (Response r = PaceHttp.postRaw(sim, "{\"apiId\":", PaceHttp.JSON_TYPE)) {
      assertThat(r.code()).isEqualTo(400);
    }
    try (Response r = PaceHttp.postRaw(sim, "[" + valid + "]", PaceHttp.JSON_TYPE)) {
      assertThat(r.code()).isEqualTo(400);
    }
    try (Response r = PaceHttp.postRaw(sim, valid, MediaType.get("text/plain"))) {
      assertThat(r.code()).isEqualTo(400);
    }
    // a request with optional fields explicitly null is fine
    Map<String, Object> nulls = new LinkedHashMap<>(credentials(sim));
    nulls.put("language", null);
    nulls.put("updatedAfter", null);
    assertThat(fetch(sim, nulls)).hasSize(120);
  }

  @Test
  void unknownPathIs404AndOtherMethodsAre405() throws IOException {
    PaceSimulator sim = start(PaceSimulator.builder());
    Request get = new Request.Builder().url(PaceHttp.url(sim)).build();
    try (Response r = PaceHttp.HTTP.newCall(get).execute()) {
      assertThat(r.code()).isEqualTo(405);
      assertThat(r.header("Allow")).isEqualTo("POST");
    }
    String body = JSON.writeValueAsString(credentials(sim));
    Request other = new Request.Builder().url(sim.baseUrl() + "/events/getEvents")
        .post(RequestBody.create(body, PaceHttp.JSON_TYPE)).build();
    try (Response r = PaceHttp.HTTP.newCall(other).execute()) {
      assertThat(r.code()).isEqualTo(404);
      assertThat(JSON.readTree(r.body().string()).has("error")).isTrue();
    }
  }

  @Test
  void regeneratedSecretAndAccessCodeReplaceTheOldOnes() throws IOException {
    PaceSimulator sim = start(PaceSimulator.builder());
    Map<String, Object> old = credentials(sim);
    String secret = sim.regenerateApiSecret();
    assertThat(secret).hasSize(44).endsWith("=").isNotEqualTo(old.get("apiSecret"));
    assertThat(sim.credentials().apiSecret()).isEqualTo(secret);
    try (Response r = post(sim, old)) {
      assertThat(r.code()).isEqualTo(401);
    }
    String code = sim.regenerateAccessCode(sim.eventSlug());
    assertThat(code).matches("[A-Z0-9]{8}").isNotEqualTo("VZ5B066Z");
    try (Response r = post(sim, with(credentials(sim), "accessCode", "VZ5B066Z"))) {
      assertThat(r.code()).isEqualTo(403);
    }
    assertThat(fetch(sim, credentials(sim))).hasSize(120);
  }

  @Test
  void credentialsAreASnapshotThatHidesItsSecretsWhenPrinted() {
    PaceSimulator sim = start(PaceSimulator.builder());
    PaceSandboxCredentials before = sim.credentials();
    assertThat(before.apiId()).isEqualTo(PaceSimulator.DEFAULT_API_ID);
    assertThat(before.apiSecret()).isEqualTo(PaceSimulator.DEFAULT_API_SECRET);
    assertThat(before.eventSlug()).isEqualTo(sim.eventSlug());
    assertThat(before.accessCodes()).containsOnlyKeys(sim.eventSlugs());
    assertThat(before.toString()).doesNotContain(before.apiSecret(), before.accessCode()).contains(before.apiId());

    sim.regenerateApiSecret();
    sim.regenerateAccessCode(sim.eventSlug());
    assertThat(before.apiSecret()).isEqualTo(PaceSimulator.DEFAULT_API_SECRET);
    assertThat(sim.credentials().apiSecret()).isNotEqualTo(before.apiSecret());
    assertThat(sim.credentials().accessCode()).isNotEqualTo(before.accessCode());
    assertThatThrownBy(() -> before.accessCode("no-such-event")).isInstanceOf(IllegalArgumentException.class);
  }
}
