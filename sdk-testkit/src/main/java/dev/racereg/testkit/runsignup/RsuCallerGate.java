package dev.racereg.testkit.runsignup;

import dev.racereg.testkit.SimRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What RunSignup checks before anything else since its 2026-07-17 announcement: the API caller
 * registration ({@code rsu_api_reg} query parameter and {@code X-RSU-API-REG-SECRET} header) and
 * the limit of concurrent calls per caller. The answers RunSignup has not published are guesses,
 * kept here and only here: a missing registration ({@link #MISSING_STATUS}, {@link #MISSING_CODE})
 * and the throttle of a call beyond the limit (HTTP 200, code 14, like RunSignup's other
 * throttling). A wrong registration is seen: HTTP 400, code 17, "Invalid API caller credentials.".
 * Thread-safe.
 */
final class RsuCallerGate {

  /** The token parameter (seen). */
  static final String TOKEN_PARAM = "rsu_api_reg";
  /** The secret header (seen). */
  static final String SECRET_HEADER = "X-RSU-API-REG-SECRET";
  /** Error code of an unrecognised registration (seen). */
  static final int INVALID_CALLER = 17;
  /** Status of an unrecognised registration (seen). */
  static final int INVALID_STATUS = 400;
  /** Message of an unrecognised registration (seen). */
  static final String INVALID_MESSAGE = "Invalid API caller credentials.";
  /** Error code of a missing registration: a guess (RunSignup has not published it). */
  static final int MISSING_CODE = 17;
  /** Status of a missing registration: a guess. */
  static final int MISSING_STATUS = 400;
  /** Message of a missing registration: a guess. */
  static final String MISSING_MESSAGE = "API caller registration required.";
  /** Error code of a call beyond the concurrency limit: a guess (RunSignup's throttle code). */
  static final int OVER_LIMIT_CODE = RsuWire.THROTTLED;

  private final String token;
  private final String secret;
  private final boolean required;
  private final int limit;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicInteger throttled = new AtomicInteger();

  RsuCallerGate(String token, String secret, boolean required, int limit) {
    this.token = Objects.requireNonNull(token, "token");
    this.secret = Objects.requireNonNull(secret, "secret");
    this.required = required;
    this.limit = limit;
  }

  /**
   * Admits a call: empty to go on (then {@link #exit()} must follow), or the refusal to answer.
   * A throttled call is not counted as in flight.
   */
  Optional<RsuWire.ApiError> enter(SimRequest request) {
    int now = inFlight.incrementAndGet();
    if (limit > 0 && now > limit) {
      inFlight.decrementAndGet();
      throttled.incrementAndGet();
      return Optional.of(new RsuWire.ApiError(OVER_LIMIT_CODE, RsuWire.message(RsuWire.THROTTLED)
          + ": more than " + limit + " concurrent calls"));
    }
    maxInFlight.accumulateAndGet(now, Math::max);
    Optional<RsuWire.ApiError> refused = checkRegistration(request);
    if (refused.isPresent()) {
      inFlight.decrementAndGet();
    }
    return refused;
  }

  /** Ends an admitted call. */
  void exit() {
    inFlight.decrementAndGet();
  }

  private Optional<RsuWire.ApiError> checkRegistration(SimRequest request) {
    Optional<String> sentToken = request.query(TOKEN_PARAM);
    Optional<String> sentSecret = request.header(SECRET_HEADER);
    if (sentToken.isEmpty() && sentSecret.isEmpty()) {
      return required ? Optional.of(new RsuWire.ApiError(MISSING_CODE, MISSING_MESSAGE, MISSING_STATUS))
          : Optional.empty();
    }
    // validated today whenever sent, required or not: half a registration fails too
    if (!token.equals(sentToken.orElse(null)) || !secret.equals(sentSecret.orElse(null))) {
      return Optional.of(new RsuWire.ApiError(INVALID_CALLER, INVALID_MESSAGE, INVALID_STATUS));
    }
    return Optional.empty();
  }

  String token() {
    return token;
  }

  String secret() {
    return secret;
  }

  boolean required() {
    return required;
  }

  int limit() {
    return limit;
  }

  int maxInFlight() {
    return maxInFlight.get();
  }

  int throttled() {
    return throttled.get();
  }
}
