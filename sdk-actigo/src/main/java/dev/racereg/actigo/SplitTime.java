package dev.racereg.actigo;

import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One split of a result: when the person passed a distance. Sent as
 * {@code {"distance": 5, "time": "2025-05-01T08:21:14Z"}}.
 *
 * @param distanceKm the distance from the start, in kilometres (e.g. {@code 21.0975}); positive;
 *     kept without trailing zeros, so {@code 5.0} and {@code 5} are the same split
 * @param time when the person passed it, an instant (sent in ISO-8601, UTC)
 */
public record SplitTime(BigDecimal distanceKm, Instant time) {

  /**
   * Checks the parts.
   *
   * @throws ValidationException if the distance is missing or not positive, or the time missing
   */
  public SplitTime {
    Validation.required(distanceKm, "splitTimes.distance");
    Validation.check(distanceKm.signum() > 0, "splitTimes.distance", "must be positive (kilometres), was " + distanceKm.toPlainString());
    Validation.required(time, "splitTimes.time");
    distanceKm = distanceKm.stripTrailingZeros();
    if (distanceKm.scale() < 0) {
      distanceKm = distanceKm.setScale(0);
    }
  }

  /**
   * A split at a distance given as a {@code double} number of kilometres.
   *
   * @throws ValidationException as the canonical constructor, or if the distance is not finite
   */
  public static SplitTime ofKilometres(double distanceKm, Instant time) {
    Validation.check(Double.isFinite(distanceKm), "splitTimes.distance", "must be a finite number of kilometres");
    return new SplitTime(BigDecimal.valueOf(distanceKm), time);
  }
}
