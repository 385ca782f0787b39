package dev.racereg.testkit.runsignup;

import dev.racereg.testkit.Fault;
import java.util.Map;

/**
 * RunSignup-shaped {@link Fault}s to queue on {@link RunSignupSimulator#faults()}.
 *
 * <p>RunSignup publishes no numeric rate limit; it signals throttling with error code 14 in an
 * HTTP 200 body, which a client must recognise as retryable even though the status is 200.
 */
public final class RunSignupFaults {

  private RunSignupFaults() {}

  /** The throttle error as a JSON client sees it: HTTP 200, {@code {"error":{"error_code":14,...}}}. */
  public static Fault throttled() {
    return error(14, "Request throttled", false);
  }

  /** The throttle error in XML (RunSignup's default format), HTTP 200. */
  public static Fault throttledXml() {
    return error(14, "Request throttled", true);
  }

  /**
   * Any RunSignup error envelope with HTTP 200, for example code 4 (unknown error) or 5
   * (database error), which the simulator never produces on its own.
   *
   * @param code the {@code error_code}
   * @param message the {@code error_msg}
   * @param xml {@code true} for the XML envelope, {@code false} for JSON
   */
  public static Fault error(int code, String message, boolean xml) {
    String body = RsuWire.toXml(RsuWire.errorBody(code, message), null);
    String type = "application/xml; charset=utf-8";
    if (!xml) {
      body = RsuWire.errorBody(code, message).toString();
      type = "application/json; charset=utf-8";
    }
    return Fault.status(200, body, Map.of("Content-Type", type));
  }

  /**
   * The CDN in front of RunSignup timing out on the origin: HTTP 522 with an HTML page, transient
   * (a safe call retried once succeeds).
   */
  public static Fault cdnTimeout() {
    return Fault.status(522, "<!DOCTYPE html><html><head><title>runsignup.com | 522: Connection timed out"
        + "</title></head><body><h1>Connection timed out</h1><p>Error code 522</p></body></html>",
        Map.of("Content-Type", "text/html; charset=UTF-8"));
  }
}
