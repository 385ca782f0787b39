package dev.racereg.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to decode an export body into typed rows: the SDK's streaming decoder
 * ({@code JsonArrayStream}) against the baseline of reading the whole tree first. Same body, same
 * typed row, same fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class DecodeBenchmark {

  /** Rows in the body. */
  @Param({"10000", "200000"})
  public int rows;

  private byte[] body;

  /** Builds the body once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    body = ExportBody.bytes(rows);
  }

  /** The SDK's streaming decode. */
  @Benchmark
  public long streaming() {
    return Decoders.streaming(new ByteArrayInputStream(body));
  }

  /** The baseline: whole tree, then convert. */
  @Benchmark
  public long baselineWholeTree() {
    return Decoders.wholeTree(new ByteArrayInputStream(body));
  }
}
