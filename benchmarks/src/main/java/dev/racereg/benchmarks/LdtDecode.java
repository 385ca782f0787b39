package dev.racereg.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.paging.Page;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.letsdothis.LetsDoThisParticipant;
import dev.racereg.letsdothis.ListRaceParticipantsParams;
import dev.racereg.testkit.letsdothis.LetsDoThisSimulator;
import okhttp3.HttpUrl;
import okhttp3.Request;

/** P2 for a Let's Do This participants page of 500, replayed from the simulator. */
final class LdtDecode {

  private LdtDecode() {}

  static void run(RunConfig config, ReportTable table) {
    try (LetsDoThisSimulator sim = LetsDoThisSimulator.builder().participants(2_000).build().start()) {
      sim.recordRequests(false);
      HttpUrl simUrl = HttpUrl.get(sim.baseUrl());
      try (ReplayServer replay = new ReplayServer(simUrl.scheme() + "://" + simUrl.host() + ":" + simUrl.port())) {
        String token = sim.credentials().validToken();
        String basePath = simUrl.encodedPath();
        LetsDoThisClient client = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(token))
            .options(ClientOptions.builder().baseUrl(replay.url(basePath)).build()).build();
        String race = sim.raceIds().get(0);
        ListRaceParticipantsParams params = ListRaceParticipantsParams.builder().raceId(race).pageSize(500).build();
        int rows = client.listRaceParticipants(params).items().size();
        HttpUrl url = HttpUrl.get(replay.url(basePath + "/races/" + race + "/participants")).newBuilder()
            .addQueryParameter("page[size]", "500").build();
        Request raw = new Request.Builder().url(url).header("Authorization", "Bearer " + token).build();
        ObjectReader reader = new ObjectMapper().readerFor(LdtRecord.Page.class);
        DecodeComparison.<LdtRecord.Page>measure(config, table,
            "P2 decode Let's Do This participants page (" + rows + " rows)",
            () -> {
              Page<LetsDoThisParticipant> page = client.listRaceParticipants(params);
              return page.items().size();
            },
            raw, reader, page -> page.data.size());
      }
    }
  }
}
