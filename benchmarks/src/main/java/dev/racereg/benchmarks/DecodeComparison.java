package dev.racereg.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import okhttp3.Request;

/**
 * One P2 comparison: the client's call, the same exchange bound by plain Jackson into a
 * hand-written record, and a raw token scan of the same bytes, interleaved round by round.
 */
final class DecodeComparison {

  private DecodeComparison() {}

  static <T> void measure(RunConfig config, ReportTable table, String metric, Interleaved.Op client,
      Request raw, ObjectReader reader, ToLongFunction<T> touch) {
    measure(config, table, metric, client, raw, reader::readValue, touch, new JsonFactory());
  }

  /**
   * As above, with any binder for the baseline and the token scan done by {@code scanFactory}
   * (a CSV factory for a CSV body).
   */
  static <T> void measure(RunConfig config, ReportTable table, String metric, Interleaved.Op client,
      Request raw, RawHttp.Binder<T> binder, ToLongFunction<T> touch, JsonFactory scanFactory) {
    RawHttp http = new RawHttp();
    Map<String, Interleaved.Op> ops = new LinkedHashMap<>();
    ops.put("racereg", client);
    ops.put("binding", () -> touch.applyAsLong(http.bind(raw, binder)));
    ops.put("scan", () -> http.scan(raw, scanFactory));
    Interleaved.Samples s = Interleaved.rounds(config.warmupRounds(), config.warmupTime(), config.rounds(), 1, ops);
    table.add(new ReportTable.Line(metric + " vs Jackson binding", ReportTable.time(s.median("racereg")),
        ReportTable.time(s.median("binding")), s.ratio("racereg", "binding"), 1.25));
    table.add(new ReportTable.Line(metric + " vs token scan", ReportTable.time(s.median("racereg")),
        ReportTable.time(s.median("scan")), s.ratio("racereg", "scan"), Double.NaN));
  }
}
