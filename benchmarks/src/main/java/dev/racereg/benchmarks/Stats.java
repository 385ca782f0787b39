package dev.racereg.benchmarks;

import java.util.Arrays;

/** Order statistics over timing samples; medians, so one descheduled sample on a loaded machine moves nothing. */
final class Stats {

  private Stats() {}

  /**
   * The median of the samples (the mean of the two middle ones for an even count).
   *
   * @throws IllegalArgumentException if there is no sample
   */
  static double median(double[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /**
   * The median of the round-by-round ratios {@code subject[i] / baseline[i]}. Each pair was
   * measured back to back, so a load spike that slows one round slows both sides of that pair
   * alike and cancels out of its ratio.
   *
   * @throws IllegalArgumentException if the arrays differ in length or are empty
   */
  static double pairedRatio(double[] subject, double[] baseline) {
    if (subject.length != baseline.length) {
      throw new IllegalArgumentException("unpaired samples: " + subject.length + " vs " + baseline.length);
    }
    double[] ratios = new double[subject.length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = subject[i] / baseline[i];
    }
    return median(ratios);
  }
}
