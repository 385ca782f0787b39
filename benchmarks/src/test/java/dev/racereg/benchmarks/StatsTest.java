package dev.racereg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(Stats.median(new double[] {5, 1, 3})).isEqualTo(3);
    assertThat(Stats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }

  @Test
  void medianLeavesTheSamplesInTheirOrder() {
    double[] samples = {3, 1, 2};
    Stats.median(samples);
    assertThat(samples).containsExactly(3, 1, 2);
  }

  @Test
  void pairedRatioCancelsASlowRoundThatHitBothSides() {
    // round 2 ran under a load spike: both sides took 10x; its ratio is still 1.2
    double[] racereg = {120, 1200, 120, 130, 110};
    double[] baseline = {100, 1000, 100, 100, 100};
    assertThat(Stats.pairedRatio(racereg, baseline)).isEqualTo(1.2);
  }

  @Test
  void pairedRatioIsTheMedianRatioNotTheRatioOfMedians() {
    double[] racereg = {2, 30, 40};
    double[] baseline = {1, 10, 80};
    // ratios 2.0, 3.0, 0.5 -> median 2.0; medians would give 30 / 10 = 3.0
    assertThat(Stats.pairedRatio(racereg, baseline)).isEqualTo(2.0);
  }

  @Test
  void refusesUnpairedOrEmptySamples() {
    assertThatThrownBy(() -> Stats.pairedRatio(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired");
    assertThatThrownBy(() -> Stats.median(new double[0])).isInstanceOf(IllegalArgumentException.class);
  }
}
