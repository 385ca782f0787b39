package dev.racereg.core.unified;

import dev.racereg.core.internal.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One intermediate time of a {@link Result}: where (a timing point's name, a distance from the
 * start, or both) and the time elapsed since the start when the participant passed it. Immutable.
 */
public final class Split {

  private final String name;
  private final BigDecimal distanceKm;
  private final Duration time;

  private Split(String name, BigDecimal distanceKm, Duration time) {
    this.name = name == null || name.isBlank() ? null : name.trim();
    Validation.check(this.name != null || distanceKm != null, "split", "needs a name or a distance");
    if (distanceKm != null) {
      Validation.check(distanceKm.signum() > 0, "split.distanceKm",
          "must be positive (kilometres), was " + distanceKm.toPlainString());
      BigDecimal stripped = distanceKm.stripTrailingZeros();
      this.distanceKm = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    } else {
      this.distanceKm = null;
    }
    Validation.required(time, "split.time");
    Validation.check(!time.isNegative(), "split.time", "must not be negative, was " + time);
    this.time = time;
  }

  /**
   * A split at a named timing point ({@code "Halfway"}, {@code "T1"}).
   *
   * @throws dev.racereg.core.error.ValidationException if the name is blank or the time missing
   *     or negative
   */
  public static Split named(String name, Duration time) {
    return new Split(Validation.notBlank(name, "split.name"), null, time);
  }

  /**
   * A split at a distance from the start, in kilometres ({@code 21.0975}); {@code 5.0} and
   * {@code 5} are the same distance.
   *
   * @throws dev.racereg.core.error.ValidationException if the distance is missing or not
   *     positive, or the time missing or negative
   */
  public static Split atDistance(BigDecimal distanceKm, Duration time) {
    return new Split(null, Validation.required(distanceKm, "split.distanceKm"), time);
  }

  /**
   * A split with a name and a distance; either may be null but not both.
   *
   * @throws dev.racereg.core.error.ValidationException as the other factories
   */
  public static Split of(String name, BigDecimal distanceKm, Duration time) {
    return new Split(name, distanceKm, time);
  }

  /** The timing point's name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The distance from the start, in kilometres, without trailing zeros. */
  public Optional<BigDecimal> distanceKm() {
    return Optional.ofNullable(distanceKm);
  }

  /** The time elapsed since the start. */
  public Duration time() {
    return time;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Split && Objects.equals(name, ((Split) o).name)
        && Objects.equals(distanceKm, ((Split) o).distanceKm) && time.equals(((Split) o).time);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, distanceKm, time);
  }

  @Override
  public String toString() {
    return "Split{" + (name == null ? "" : name + " ") + (distanceKm == null ? "" : distanceKm.toPlainString() + " km ")
        + time + "}";
  }
}
