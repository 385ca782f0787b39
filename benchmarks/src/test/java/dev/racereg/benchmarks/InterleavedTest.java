package dev.racereg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterleavedTest {

  @Test
  void alternatesContendersAndFlipsTheOrderEveryRound() {
    List<String> order = new ArrayList<>();
    Map<String, Interleaved.Op> ops = new LinkedHashMap<>();
    ops.put("a", () -> { order.add("a"); return 1; });
    ops.put("b", () -> { order.add("b"); return 1; });

    Interleaved.Samples s = Interleaved.rounds(1, Duration.ZERO, 3, 2, ops);

    // one warm-up round, then timed rounds 0, 1, 2 flip: a b, b a, a b
    assertThat(String.join("", order)).isEqualTo("aabb" + "aabb" + "bbaa" + "aabb");
    assertThat(s.of("a")).hasSize(3);
    assertThat(s.of("b")).hasSize(3);
  }

  @Test
  void callsKeepOneSamplePerCall() {
    int[] calls = {0};
    Map<String, Interleaved.Op> ops = new LinkedHashMap<>();
    ops.put("only", () -> ++calls[0]);

    Interleaved.Samples s = Interleaved.calls(5, Duration.ZERO, 100, ops);

    assertThat(calls[0]).isEqualTo(105);
    assertThat(s.of("only")).hasSize(100);
  }
}
