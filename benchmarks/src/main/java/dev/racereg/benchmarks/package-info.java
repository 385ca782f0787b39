/**
 * Benchmarks, each run beside its baseline in the same process and reported as a ratio:
 * {@link dev.racereg.benchmarks.DecodeBenchmark} (JMH, time per decode) and
 * {@link dev.racereg.benchmarks.StreamingMemoryHarness} (peak heap while decoding).
 * {@link dev.racereg.benchmarks.RatioReport} runs both and prints the ratios.
 */
package dev.racereg.benchmarks;
