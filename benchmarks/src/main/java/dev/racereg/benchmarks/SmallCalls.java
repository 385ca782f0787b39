package dev.racereg.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.http.LogLevel;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.pace.ParticipantsParams;
import dev.racereg.testkit.letsdothis.LetsDoThisSimulator;
import dev.racereg.testkit.pace.PaceSandboxCredentials;
import dev.racereg.testkit.pace.PaceSimulator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * P5 per-call overhead: small calls through the client on loopback (logging off, and at
 * {@code BODY} into a sink that drops the lines) beside raw OkHttp plus a Jackson binding of the
 * same exchange, alternating call by call against the same simulator.
 */
final class SmallCalls {

  private SmallCalls() {}

  static void run(RunConfig config, ReportTable table) {
    get(config, table);
    post(config, table);
  }

  /** A GET: Let's Do This {@code getParticipant}. */
  private static void get(RunConfig config, ReportTable table) {
    try (LetsDoThisSimulator sim = LetsDoThisSimulator.builder().participants(20).build().start()) {
      sim.recordRequests(false);
      String token = sim.credentials().validToken();
      String id = sim.participants().get(0).path("id").asText();
      LetsDoThisClient quiet = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(token))
          .options(ClientOptions.builder().baseUrl(sim.baseUrl()).build()).build();
      LetsDoThisClient logging = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(token))
          .options(ClientOptions.builder().baseUrl(sim.baseUrl()).logLevel(LogLevel.BODY)
              .logSink(line -> { }).build()).build();
      Request raw = new Request.Builder().url(sim.baseUrl() + "/participants/" + id)
          .header("Authorization", "Bearer " + token).build();
      ObjectReader reader = new ObjectMapper().readerFor(LdtRecord.class);
      RawHttp http = new RawHttp();
      Map<String, Interleaved.Op> ops = new LinkedHashMap<>();
      ops.put("racereg", () -> quiet.getParticipant(id).id().orElse("").length());
      ops.put("raw", () -> http.<LdtRecord>bind(raw, reader).id.length());
      ops.put("body-logging", () -> logging.getParticipant(id).id().orElse("").length());
      Interleaved.Samples s = Interleaved.calls(2_000, config.warmupTime(), config.smallCalls(), ops);
      add(table, "P5 GET Let's Do This getParticipant", s, config.smallCalls());
    }
  }

  /** A POST: a PACE export of an event of one participant (credentials travel in the JSON body). */
  private static void post(RunConfig config, ReportTable table) {
    try (PaceSimulator sim = PaceSimulator.builder().participants(1).build().start()) {
      sim.recordRequests(false);
      PaceSandboxCredentials creds = sim.credentials();
      ParticipantsParams request = ParticipantsParams.of(creds.accessCode(), sim.eventSlug());
      PaceClient quiet = PaceClient.builder().credentials(PaceCredentials.of(creds.apiId(), creds.apiSecret()))
          .options(ClientOptions.builder().baseUrl(sim.baseUrl()).build()).build();
      PaceClient logging = PaceClient.builder().credentials(PaceCredentials.of(creds.apiId(), creds.apiSecret()))
          .options(ClientOptions.builder().baseUrl(sim.baseUrl()).logLevel(LogLevel.BODY)
              .logSink(line -> { }).build()).build();
      String json = "{\"apiId\":\"" + creds.apiId() + "\",\"apiSecret\":\"" + creds.apiSecret()
          + "\",\"accessCode\":\"" + creds.accessCode() + "\",\"eventSlug\":\"" + sim.eventSlug() + "\"}";
      Request raw = new Request.Builder().url(sim.baseUrl() + "/events/getParticipants")
          .post(RequestBody.create(json, MediaType.get("application/json"))).build();
      ObjectReader reader = new ObjectMapper().readerFor(new TypeReference<List<PaceRecord>>() {});
      RawHttp http = new RawHttp();
      Map<String, Interleaved.Op> ops = new LinkedHashMap<>();
      ops.put("racereg", () -> quiet.participantList(request).size());
      ops.put("raw", () -> http.<List<PaceRecord>>bind(raw, reader).size());
      ops.put("body-logging", () -> logging.participantList(request).size());
      Interleaved.Samples s = Interleaved.calls(2_000, config.warmupTime(), config.smallCalls(), ops);
      add(table, "P5 POST PACE export of 1 row", s, config.smallCalls());
    }
  }

  private static void add(ReportTable table, String metric, Interleaved.Samples s, int calls) {
    String suffix = " (median of " + calls + ")";
    table.add(new ReportTable.Line(metric + suffix + " vs raw OkHttp+Jackson",
        ReportTable.time(s.median("racereg")), ReportTable.time(s.median("raw")),
        s.median("racereg") / s.median("raw"), 1.15));
    table.add(new ReportTable.Line(metric + " logging BODY vs raw", ReportTable.time(s.median("body-logging")),
        ReportTable.time(s.median("raw")), s.median("body-logging") / s.median("raw"), Double.NaN));
  }
}
