package dev.racereg.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Base of the SDK's open enums: value classes with known constants that also accept any value a
 * platform adds later, so nothing is dropped and the value round-trips unchanged. Compare with
 * {@code equals} (or against the constants); {@link #isKnown()} tells whether this SDK version
 * knows the value.
 *
 * <p>A subclass declares {@code private static final Values<X> VALUES = new Values<>(X::new)},
 * its constants with {@code VALUES.known("...")}, and a {@code @JsonCreator public static X
 * of(String)} that calls {@code VALUES.of(value)}.
 */
public abstract class OpenEnum {

  private final String value;
  private final boolean known;

  /**
   * @param value the platform's spelling, kept exactly
   * @param known whether the subclass declared it as a constant
   */
  protected OpenEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** The value exactly as the platform spells it. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** Whether this SDK version knows the value (it is one of the declared constants). */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && value.equals(((OpenEnum) o).value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** The value. */
  @Override
  public final String toString() {
    return value;
  }

  /**
   * The registry of one open enum's known values. Thread-safe once the constants are declared
   * (they are, in static initialisers).
   *
   * @param <E> the open enum type
   */
  public static final class Values<E extends OpenEnum> {
    /**
     * Replaced whole, never changed: every decoded row asks {@link #of} for its value, so reading
     * takes no lock, and the constants are all declared while the class initialises.
     */
    private volatile Map<String, E> known = Map.of();
    private final BiFunction<String, Boolean, E> factory;

    /** @param factory the subclass constructor {@code (value, known) -> new X(value, known)} */
    public Values(BiFunction<String, Boolean, E> factory) {
      this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** Declares a known constant. */
    public synchronized E known(String value) {
      E e = factory.apply(value, true);
      Map<String, E> copy = new LinkedHashMap<>(known);
      copy.put(value, e);
      known = Collections.unmodifiableMap(copy);
      return e;
    }

    /**
     * The constant for a known value, or a new unknown instance that keeps the value.
     *
     * @throws NullPointerException if value is null
     */
    public E of(String value) {
      Objects.requireNonNull(value, "value");
      E e = known.get(value);
      return e != null ? e : factory.apply(value, false);
    }

    /** The declared constants, in declaration order. */
    public Collection<E> all() {
      return List.copyOf(known.values());
    }
  }
}
