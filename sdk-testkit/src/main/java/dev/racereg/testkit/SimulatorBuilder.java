package dev.racereg.testkit;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * What every simulator's builder configures the same way: the seed its data is generated from,
 * the instant that data is anchored on, and the clock of what happens after generation (writes,
 * token issue and expiry). Each simulator's {@code Builder} extends it, chooses its own default
 * anchor and documents what the three drive on its platform.
 *
 * <p>Generated data depends only on the seed and the anchor, never on the clock, so two
 * simulators built with the same seed and anchor serve the same data.
 *
 * @param <S> the simulator built
 * @param <B> the concrete builder, returned by every setter so calls chain
 */
public abstract class SimulatorBuilder<S extends Simulator<S>, B extends SimulatorBuilder<S, B>> {

  /** The seed every simulator's data is generated from unless set otherwise. */
  public static final long DEFAULT_SEED = 42L;

  private long seed = DEFAULT_SEED;
  private Instant anchor;
  private Clock clock = Clock.systemUTC();

  /**
   * A builder with seed {@value #DEFAULT_SEED}, the given anchor and the system UTC clock.
   *
   * @param defaultAnchor the simulator's default anchor
   * @throws NullPointerException if {@code defaultAnchor} is null
   */
  protected SimulatorBuilder(Instant defaultAnchor) {
    this.anchor = Objects.requireNonNull(defaultAnchor, "defaultAnchor");
  }

  /**
   * The seed of all generated data (default {@value #DEFAULT_SEED}): the same seed gives the
   * same data.
   *
   * @param seed any seed
   * @return this builder
   */
  public B seed(long seed) {
    this.seed = seed;
    return self();
  }

  /**
   * The instant generated data is anchored on: nothing generated depends on the wall clock, so
   * the same seed and anchor give the same data. The default is the simulator's own (see its
   * builder).
   *
   * @param anchor the anchor
   * @return this builder
   * @throws NullPointerException if {@code anchor} is null
   */
  public B anchor(Instant anchor) {
    this.anchor = Objects.requireNonNull(anchor, "anchor");
    return self();
  }

  /**
   * The clock of the simulator's "now", for everything that happens after generation (write
   * timestamps, key and token expiry). Default {@link Clock#systemUTC()}.
   *
   * @param clock the clock
   * @return this builder
   * @throws NullPointerException if {@code clock} is null
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * The seed set so far.
   *
   * @return the seed, {@value #DEFAULT_SEED} unless set
   */
  public long seed() {
    return seed;
  }

  /**
   * The anchor set so far.
   *
   * @return the anchor, the simulator's default unless set
   */
  public Instant anchor() {
    return anchor;
  }

  /**
   * The clock set so far.
   *
   * @return the clock, the system UTC clock unless set
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Builds an unstarted simulator from the options set; call {@link Simulator#start()} before
   * use.
   *
   * @return the simulator
   */
  public abstract S build();

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
