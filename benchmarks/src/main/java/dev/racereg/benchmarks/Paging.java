package dev.racereg.benchmarks;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.paging.Page;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.letsdothis.LetsDoThisParticipant;
import dev.racereg.letsdothis.ListRaceParticipantsParams;
import dev.racereg.testkit.letsdothis.LetsDoThisSimulator;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * P3: walking every page of a Let's Do This race's participants with a latency per request,
 * beside pages x latency + the same walk with no latency (the decode), alternating round by
 * round against the same replaying server.
 */
final class Paging {

  private static final int PAGE_SIZE = 100;

  private Paging() {}

  static void run(RunConfig config, ReportTable table) {
    long latency = 20;
    try (LetsDoThisSimulator sim = LetsDoThisSimulator.builder().participants(2_000).build().start()) {
      sim.recordRequests(false);
      HttpUrl simUrl = HttpUrl.get(sim.baseUrl());
      try (ReplayServer replay = new ReplayServer(simUrl.scheme() + "://" + simUrl.host() + ":" + simUrl.port())) {
        LetsDoThisClient client = LetsDoThisClient.builder()
            .credentials(LetsDoThisCredentials.of(sim.credentials().validToken()))
            .options(ClientOptions.builder().baseUrl(replay.url(simUrl.encodedPath())).build()).build();
        ListRaceParticipantsParams params = ListRaceParticipantsParams.builder().raceId(sim.raceIds().get(0))
            .pageSize(PAGE_SIZE).build();
        int rounds = config.quick() ? 5 : 11;
        double[] withLatency = new double[rounds];
        double[] expected = new double[rounds];
        long rows = 0;
        int pages = 0;
        for (int round = -2; round < rounds; round++) {
          replay.latency(0);
          replay.resetCounts();
          long start = System.nanoTime();
          rows = walk(client, params);
          double decode = System.nanoTime() - start;
          pages = replay.requests();
          replay.latency(latency);
          start = System.nanoTime();
          walk(client, params);
          double walked = System.nanoTime() - start;
          if (round >= 0) {
            withLatency[round] = walked;
            expected[round] = pages * latency * 1e6 + decode;
          }
        }
        table.add(new ReportTable.Line(String.format(Locale.ROOT,
            "P3 paging Let's Do This, %d pages of %d (%d rows) at %d ms vs pages x latency + decode", pages,
            PAGE_SIZE, rows, latency), ReportTable.time(Stats.median(withLatency)),
            ReportTable.time(Stats.median(expected)), Stats.pairedRatio(withLatency, expected), 1.10));
      }
    }
  }

  private static long walk(LetsDoThisClient client, ListRaceParticipantsParams params) {
    Page<LetsDoThisParticipant> first = client.listRaceParticipants(params);
    return first.autoPagingStream().count();
  }
}
