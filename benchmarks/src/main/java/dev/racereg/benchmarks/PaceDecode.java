package dev.racereg.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.racereg.core.ClientOptions;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.pace.PaceParticipant;
import dev.racereg.pace.ParticipantsParams;
import dev.racereg.testkit.pace.PaceSandboxCredentials;
import dev.racereg.testkit.pace.PaceSimulator;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * P2 for the PACE export: {@code PaceClient.participantList} against a replaying loopback server,
 * beside raw OkHttp plus a plain Jackson binding of the same bytes into {@link PaceRecord}, and a
 * raw token scan of the same bytes.
 */
final class PaceDecode {

  private PaceDecode() {}

  static void run(RunConfig config, ReportTable table) {
    int rows = config.quick() ? 5_000 : 20_000;
    try (PaceSimulator sim = PaceSimulator.builder().participants(rows).build().start()) {
      sim.recordRequests(false);
      HttpUrl simUrl = HttpUrl.get(sim.baseUrl());
      try (ReplayServer replay = new ReplayServer(simUrl.scheme() + "://" + simUrl.host() + ":" + simUrl.port())) {
        PaceSandboxCredentials creds = sim.credentials();
        PaceClient client = PaceClient.builder()
            .credentials(PaceCredentials.of(creds.apiId(), creds.apiSecret()))
            .options(ClientOptions.builder().baseUrl(replay.url("/api")).build())
            .build();
        ParticipantsParams request = ParticipantsParams.of(creds.accessCode(), sim.eventSlug());
        String json = "{\"apiId\":\"" + creds.apiId() + "\",\"apiSecret\":\"" + creds.apiSecret()
            + "\",\"accessCode\":\"" + creds.accessCode() + "\",\"eventSlug\":\"" + sim.eventSlug() + "\"}";
        Request raw = new Request.Builder().url(replay.url("/api/events/getParticipants"))
            .post(RequestBody.create(json, MediaType.get("application/json"))).build();
        ObjectReader reader = new ObjectMapper().readerFor(new TypeReference<List<PaceRecord>>() {});
        DecodeComparison.<List<PaceRecord>>measure(config, table, "P2 decode PACE export (" + rows + " rows)",
            () -> {
              List<PaceParticipant> list = client.participantList(request);
              return list.size() + list.get(list.size() - 1).row().size();
            },
            raw, reader, list -> list.size() + list.get(list.size() - 1).customFields.size());
      }
    }
  }
}
