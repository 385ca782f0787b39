package dev.racereg.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.paging.Page;
import dev.racereg.runsignup.ParticipantsParams;
import dev.racereg.runsignup.RunSignupClient;
import dev.racereg.runsignup.RunSignupCredentials;
import dev.racereg.runsignup.RunSignupParticipant;
import dev.racereg.testkit.runsignup.RunSignupSimulator;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * P2 for a RunSignup participants page of 2,500 (the most RunSignup serves per page), with the
 * question responses and add-ons, replayed from the simulator, beside plain Jackson binding of
 * the event groups into {@link RsuRecord}.
 */
final class RsuDecode {

  private RsuDecode() {}

  static void run(RunConfig config, ReportTable table) {
    int pageSize = RunSignupSimulator.MAX_RESULTS_PER_PAGE;
    try (RunSignupSimulator sim = RunSignupSimulator.builder().events(1).participants(pageSize).build().start()) {
      sim.recordRequests(false);
      HttpUrl simUrl = HttpUrl.get(sim.baseUrl());
      try (ReplayServer replay = new ReplayServer(simUrl.scheme() + "://" + simUrl.host() + ":" + simUrl.port())) {
        RunSignupClient client = RunSignupClient.builder()
            .credentials(RunSignupCredentials.apiKey(sim.credentials().apiKey(), sim.credentials().apiSecret()))
            .options(ClientOptions.builder().baseUrl(replay.url(simUrl.encodedPath())).build())
            .build();
        ParticipantsParams params = ParticipantsParams.builder().raceId(sim.raceId()).eventId(sim.eventIds().get(0))
            .page(1).resultsPerPage(pageSize).includeQuestions(true).includeRegistrationAddons(true).build();
        int rows = client.getParticipants(params).items().size();
        Request raw = replay.lastGet("/participants");
        ObjectReader reader = new ObjectMapper().readerFor(new TypeReference<List<RsuRecord.Group>>() {});
        DecodeComparison.<List<RsuRecord.Group>>measure(config, table,
            "P2 decode RunSignup participants page (" + rows + " rows)",
            () -> {
              Page<RunSignupParticipant> page = client.getParticipants(params);
              return page.items().size() + page.items().get(page.items().size() - 1).unknownFields().size();
            },
            raw, reader, groups -> groups.get(0).participants.size() + groups.get(0).participants.get(0).other.size());
      }
    }
  }
}
