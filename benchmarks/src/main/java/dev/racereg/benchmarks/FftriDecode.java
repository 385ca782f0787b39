package dev.racereg.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.racereg.core.ClientOptions;
import dev.racereg.fftri.FftriClient;
import dev.racereg.fftri.FftriCredentials;
import dev.racereg.fftri.ListPassesParams;
import dev.racereg.fftri.Pass;
import dev.racereg.fftri.PaidFilter;
import dev.racereg.testkit.fftri.FftriSandboxCredentials;
import dev.racereg.testkit.fftri.FftriSimulator;
import java.util.LinkedHashMap;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * P2 for FFTri's pass list of one trial, a JSON object keyed by id, replayed from the simulator,
 * beside plain Jackson binding of the id-keyed map into {@link FftriPassRecord}.
 */
final class FftriDecode {

  private FftriDecode() {}

  static void run(RunConfig config, ReportTable table) {
    int passes = config.quick() ? 5_000 : 20_000;
    try (FftriSimulator sim = FftriSimulator.builder().passesPerTrial(passes).build().start()) {
      sim.recordRequests(false);
      HttpUrl simUrl = HttpUrl.get(sim.baseUrl());
      try (ReplayServer replay = new ReplayServer(simUrl.scheme() + "://" + simUrl.host() + ":" + simUrl.port())) {
        FftriSandboxCredentials creds = sim.credentials();
        FftriClient client = FftriClient.builder()
            .credentials(FftriCredentials.of(creds.username(), creds.apiKey(), creds.passphrase()))
            .options(ClientOptions.builder().baseUrl(replay.url(simUrl.encodedPath())).build()).build();
        ListPassesParams params = ListPassesParams.builder().trialId(sim.trialIds().get(0)).paid(PaidFilter.ALL).build();
        int rows = client.listPasses(params).size();
        Request raw = replay.lastGet("/pass-competition-list/");
        ObjectReader reader = new ObjectMapper()
            .readerFor(new TypeReference<LinkedHashMap<String, FftriPassRecord>>() {});
        DecodeComparison.<LinkedHashMap<String, FftriPassRecord>>measure(config, table,
            "P2 decode FFTri id-keyed pass list (" + rows + " passes)",
            () -> {
              List<Pass> list = client.listPasses(params);
              return list.size() + list.get(list.size() - 1).unknownFields().size();
            },
            raw, reader, map -> map.size() + map.values().iterator().next().other.size());
      }
    }
  }
}
