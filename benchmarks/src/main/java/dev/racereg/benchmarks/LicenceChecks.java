package dev.racereg.benchmarks;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.unified.LicenceCheck;
import dev.racereg.core.unified.LicenceQuery;
import dev.racereg.fftri.FftriClient;
import dev.racereg.fftri.FftriCredentials;
import dev.racereg.fftri.FftriLicenceVerifier;
import dev.racereg.testkit.fftri.FftriSandboxCredentials;
import dev.racereg.testkit.fftri.FftriSimulator;
import dev.racereg.testkit.fftri.LicenceHolder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * P4: FFTri licence checks with {@code verifyAll} against a replaying server that waits a fixed
 * latency per request and counts requests in flight. The ideal is latency x N / concurrency.
 */
final class LicenceChecks {

  private static final OkHttpClient RAW = new OkHttpClient.Builder()
      .dispatcher(new Dispatcher()).build();

  private LicenceChecks() {}

  static void run(RunConfig config, ReportTable table) {
    int checks = config.quick() ? 120 : 1_000;
    long latency = 50;
    try (FftriSimulator sim = FftriSimulator.builder().licenceHolders(checks).build().start()) {
      sim.recordRequests(false);
      HttpUrl simUrl = HttpUrl.get(sim.baseUrl());
      try (ReplayServer replay = new ReplayServer(simUrl.scheme() + "://" + simUrl.host() + ":" + simUrl.port())) {
        FftriSandboxCredentials creds = sim.credentials();
        FftriClient client = FftriClient.builder()
            .credentials(FftriCredentials.of(creds.username(), creds.apiKey(), creds.passphrase()))
            .options(ClientOptions.builder().baseUrl(replay.url("/api")).build()).build();
        FftriLicenceVerifier verifier = client.licenceVerifier();
        List<LicenceQuery> queries = new ArrayList<>();
        for (LicenceHolder holder : sim.licenceHolders().subList(0, checks)) {
          queries.add(LicenceQuery.of(holder.licenceNumber()));
        }
        // prime: every answer fetched once from the simulator, before the latency is switched on
        verifier.verifyAll(queries);
        List<ReplayServer.Seen> exchanges = replay.seen().stream()
            .filter(r -> r.target().contains("licence")).toList();
        int concurrency = verifier.concurrency();
        replay.latency(latency);
        replay.resetCounts();
        Map<String, Interleaved.Op> ops = new LinkedHashMap<>();
        ops.put("racereg", () -> {
          List<LicenceCheck> results = verifier.verifyAll(queries);
          if (results.size() != checks) {
            throw new IllegalStateException("expected " + checks + " verdicts, got " + results.size());
          }
          return results.size();
        });
        ops.put("raw", () -> rawParallel(replay, exchanges, concurrency));
        Interleaved.Samples s = Interleaved.rounds(0, Duration.ZERO, config.quick() ? 2 : 3, 1, ops);
        double elapsed = s.median("racereg");
        double ideal = latency * 1e6 * checks / concurrency;
        table.add(new ReportTable.Line(String.format(Locale.ROOT,
            "P4 %d FFTri licence checks at %d ms, concurrency %d (%d requests per run, max in flight %d)", checks,
            latency, concurrency, replay.requests() / s.of("racereg").length / 2, replay.maxInFlight()),
            ReportTable.time(elapsed), ReportTable.time(ideal) + " ideal", elapsed / ideal, 1.05));
        table.add(new ReportTable.Line(String.format(Locale.ROOT,
            "P4 raw OkHttp, %d threads, same %d exchanges (the fixture's floor) vs ideal", concurrency,
            exchanges.size()), ReportTable.time(s.median("raw")), ReportTable.time(ideal) + " ideal",
            s.median("raw") / ideal, Double.NaN));
        table.add(new ReportTable.Line("P4 licence checks vs raw OkHttp at the same concurrency",
            ReportTable.time(elapsed), ReportTable.time(s.median("raw")), s.ratio("racereg", "raw"), Double.NaN));
        if (replay.maxInFlight() > concurrency) {
          table.add(new ReportTable.Line("P4 max in flight above the promised concurrency",
              Integer.toString(replay.maxInFlight()), Integer.toString(concurrency), Double.NaN, 1.0));
        }
      }
    }
  }

  /** The baseline: the same exchanges with plain OkHttp on {@code threads} threads. */
  private static long rawParallel(ReplayServer replay, List<ReplayServer.Seen> exchanges, int threads)
      throws Exception {
    OkHttpClient http = RAW;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> codes = new ArrayList<>();
      for (ReplayServer.Seen e : exchanges) {
        codes.add(pool.submit(() -> {
          Request.Builder request = new Request.Builder().url(replay.url(e.target()));
          if (e.method().equals("GET")) {
            request.get();
          } else {
            request.method(e.method(), RequestBody.create(e.body(),
                e.contentType() == null ? null : MediaType.parse(e.contentType())));
          }
          try (Response response = http.newCall(request.build()).execute()) {
            return response.body().bytes().length;
          }
        }));
      }
      long total = 0;
      for (Future<Integer> code : codes) {
        total += code.get();
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }
}
