package dev.racereg.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures contenders (the racereg path, its baseline, any reference) by alternating them in the
 * same JVM: round by round for long operations, call by call for small ones. The order flips
 * every round so neither side always runs right after the other's garbage. Alternation is what
 * keeps ratios meaningful on a loaded machine: a slow second hits both sides of the same round.
 */
final class Interleaved {

  private Interleaved() {}

  /** One timed operation; returns a value so the work is not optimised away. */
  @FunctionalInterface
  interface Op {
    long run() throws Exception;
  }

  /** Per-contender samples, in nanoseconds per operation, in contender order. */
  record Samples(Map<String, double[]> byName) {

    double[] of(String name) {
      double[] s = byName.get(name);
      if (s == null) {
        throw new IllegalArgumentException("no contender " + name);
      }
      return s;
    }

    double median(String name) {
      return Stats.median(of(name));
    }

    double ratio(String subject, String baseline) {
      return Stats.pairedRatio(of(subject), of(baseline));
    }
  }

  /**
   * Runs untimed rounds (at least {@code warmup}, and for at least {@code minWarmup} in all), then
   * {@code rounds} timed rounds of {@code opsPerRound} operations per contender.
   */
  static Samples rounds(int warmup, Duration minWarmup, int rounds, int opsPerRound,
      Map<String, Op> contenders) {
    return measure(warmup, minWarmup, rounds, opsPerRound, contenders);
  }

  /**
   * Times each call on its own, alternating contenders call by call: {@code calls} samples per
   * contender after untimed calls (at least {@code warmup} each, and for at least
   * {@code minWarmup} in all).
   */
  static Samples calls(int warmup, Duration minWarmup, int calls, Map<String, Op> contenders) {
    return measure(warmup, minWarmup, calls, 1, contenders);
  }

  private static Samples measure(int warmup, Duration minWarmup, int rounds, int opsPerRound,
      Map<String, Op> contenders) {
    List<String> names = new ArrayList<>(contenders.keySet());
    // warm up by time as well as by count: a small body needs many rounds before the JIT has
    // compiled both sides' hot paths, and measuring earlier compares compilers, not code
    long warmupEnd = System.nanoTime() + minWarmup.toNanos();
    long sink = 0;
    for (int round = 0; round < warmup || System.nanoTime() - warmupEnd < 0; round++) {
      for (int k = 0; k < names.size(); k++) {
        Op op = contenders.get(names.get(Math.floorMod(round, 2) == 0 ? k : names.size() - 1 - k));
        for (int i = 0; i < opsPerRound; i++) {
          sink += call(op);
        }
      }
    }
    Map<String, double[]> samples = new LinkedHashMap<>();
    names.forEach(n -> samples.put(n, new double[rounds]));
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < names.size(); k++) {
        // flip the order every round: A B C, C B A, ...
        int index = Math.floorMod(round, 2) == 0 ? k : names.size() - 1 - k;
        String name = names.get(index);
        Op op = contenders.get(name);
        long start = System.nanoTime();
        for (int i = 0; i < opsPerRound; i++) {
          sink += call(op);
        }
        samples.get(name)[round] = (double) (System.nanoTime() - start) / opsPerRound;
      }
    }
    if (sink == 42) {
      // keeps the results live; never true in practice, harmless if it is
      System.out.print("");
    }
    return new Samples(samples);
  }

  private static long call(Op op) {
    try {
      return op.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("benchmark operation failed", e);
    }
  }
}
