package dev.racereg.core.http;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.TransportException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before sending a request again. Immutable and thread-safe.
 *
 * <p>A failure is retried when all of these hold: attempts remain ({@link #maxAttempts()}
 * counts the first one); the operation is {@link Idempotency#SAFE}, or the request certainly never
 * left (connection refused); and the failure is transient: an I/O error, a status among
 * {@link #retryableStatuses()} (by default 408, 429, 500, 502, 503, 504), or a failure the
 * provider declared transient whatever its status (a throttle code inside a 200, a CDN's 520-524,
 * see {@link ApiException#isRetryable()}). The wait is the platform's {@code Retry-After} when it gave one, otherwise exponential
 * backoff ({@link #initialBackoff()} times {@link #multiplier()} per attempt, capped at
 * {@link #maxBackoff()}) shortened by a random jitter of up to {@link #jitter()} of itself, so
 * many clients do not retry in lockstep. A {@code Retry-After} above {@link #maxRetryAfter()} is
 * not waited for: the {@link dev.racereg.core.error.RateLimitException} is thrown at once.
 */
public final class RetryPolicy {

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;
  private final double jitter;
  private final Duration maxRetryAfter;
  private final DoubleSupplier random;
  private final Set<Integer> retryableStatuses;

  /** The statuses that mean "try again later" whatever the platform: the default retryable ones. */
  private static final Set<Integer> GENERIC_TRANSIENT = Set.of(408, 429, 500, 502, 503, 504);

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.multiplier = b.multiplier;
    this.jitter = b.jitter;
    this.maxRetryAfter = b.maxRetryAfter;
    this.random = b.random;
    this.retryableStatuses = Set.copyOf(b.retryableStatuses);
  }

  /**
   * The defaults: 3 attempts, 500 ms initial backoff doubling up to 8 s, 20 % jitter, and a
   * {@code Retry-After} honoured up to 60 s.
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** No retries at all: every failure is thrown at once. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxAttempts = maxAttempts;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.multiplier = multiplier;
    b.jitter = jitter;
    b.maxRetryAfter = maxRetryAfter;
    b.random = random;
    b.retryableStatuses = retryableStatuses;
    return b;
  }

  /**
   * The wait before the next attempt, or empty to give up and throw {@code failure}.
   *
   * @param idempotency the operation's class
   * @param failure what the attempt failed with
   * @param attempt the number of the attempt that just failed, from 1
   */
  public Optional<Duration> nextDelay(Idempotency idempotency, RaceRegException failure, int attempt) {
    if (attempt >= maxAttempts || !retries(idempotency, failure)) {
      return Optional.empty();
    }
    Optional<Duration> asked = failure instanceof ApiException
        ? ((ApiException) failure).retryAfter() : Optional.empty();
    if (asked.isPresent()) {
      return asked.get().compareTo(maxRetryAfter) > 0 ? Optional.empty() : asked;
    }
    return Optional.of(backoff(attempt));
  }

  /**
   * Whether this failure, on an operation of this class, may be sent again at all under the
   * {@link #defaults() default} retryable statuses.
   */
  public static boolean isRetryable(Idempotency idempotency, RaceRegException failure) {
    return defaults().retries(idempotency, failure);
  }

  /**
   * Whether this policy sends a request of this class again after this failure, attempts
   * permitting.
   */
  public boolean retries(Idempotency idempotency, RaceRegException failure) {
    if (failure instanceof TransportException) {
      return idempotency == Idempotency.SAFE
          || !((TransportException) failure).requestMayHaveBeenSent();
    }
    if (failure instanceof ApiException) {
      // an UNSAFE request that got any answer reached the platform: never replayed
      return idempotency == Idempotency.SAFE && isTransient((ApiException) failure);
    }
    return false;
  }

  private boolean isTransient(ApiException failure) {
    int status = failure.statusCode();
    // the generic statuses are this policy's to choose; anything else only the provider knows
    return retryableStatuses.contains(status)
        || (!GENERIC_TRANSIENT.contains(status) && failure.isRetryable());
  }

  private Duration backoff(int attempt) {
    double base = initialBackoff.toNanos() * Math.pow(multiplier, attempt - 1);
    double capped = Math.min(base, maxBackoff.toNanos());
    double jittered = capped * (1.0 - jitter * random.getAsDouble());
    return Duration.ofNanos((long) jittered);
  }

  /** The most attempts per call, the first included. Default 3. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The wait after the first failure, before jitter. Default 500 ms. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest backoff wait, before jitter. Default 8 s. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The factor between successive backoff waits. Default 2. */
  public double multiplier() {
    return multiplier;
  }

  /** The largest share of a wait that jitter may remove, 0..1. Default 0.2. */
  public double jitter() {
    return jitter;
  }

  /**
   * The HTTP statuses retried for safe operations. Default 408, 429, 500, 502, 503 and 504.
   * Failures a provider declared transient (throttle codes, a CDN's 520-524) are retried too.
   */
  public Set<Integer> retryableStatuses() {
    return new TreeSet<>(retryableStatuses);
  }

  /** The longest {@code Retry-After} the client waits for. Default 60 s. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", multiplier=" + multiplier + ", jitter=" + jitter
        + ", maxRetryAfter=" + maxRetryAfter + ", retryableStatuses=" + retryableStatuses() + "}";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double multiplier = 2.0;
    private double jitter = 0.2;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private Set<Integer> retryableStatuses = GENERIC_TRANSIENT;

    private Builder() {}

    /**
     * The HTTP statuses retried for safe operations, replacing the default 408, 429, 500, 502,
     * 503 and 504 (for example without 500 for a platform whose 500s are never transient).
     *
     * @throws IllegalArgumentException if a status is outside 100..599 or is 2xx
     */
    public Builder retryableStatuses(Set<Integer> statuses) {
      Objects.requireNonNull(statuses, "statuses");
      for (Integer s : statuses) {
        if (s == null || s < 100 || s > 599 || (s >= 200 && s <= 299)) {
          throw new IllegalArgumentException("retryableStatuses must be error statuses within 100..599, was " + s);
        }
      }
      this.retryableStatuses = Set.copyOf(statuses);
      return this;
    }

    /**
     * @param maxAttempts attempts per call including the first, at least 1
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** @throws IllegalArgumentException if negative */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /** @throws IllegalArgumentException if negative */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /** @throws IllegalArgumentException if below 1 */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0)) {
        throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /** @throws IllegalArgumentException if outside 0..1 */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be within 0..1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** @throws IllegalArgumentException if negative */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** The source of jitter, returning values in [0, 1); tests pass a constant. */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** Builds the policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      return d;
    }
  }
}
