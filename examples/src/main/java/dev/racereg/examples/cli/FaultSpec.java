package dev.racereg.examples.cli;

import dev.racereg.testkit.Fault;
import dev.racereg.testkit.Simulator;
import dev.racereg.testkit.runsignup.RunSignupFaults;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --fault} of {@code racereg serve}: which platform, optionally which operation, what
 * goes wrong and how many times. The syntax is {@code PROVIDER[/OPERATION]:KIND[xN]}:
 *
 * <ul>
 *   <li>{@code PROVIDER}: {@code pace}, {@code actigo}, {@code runsignup}, {@code letsdothis} or
 *       {@code fftri};</li>
 *   <li>{@code OPERATION}: a fragment of the request path (for example
 *       {@code runsignup/participants}, {@code fftri/licence-infos}); without it any request
 *       matches;</li>
 *   <li>{@code KIND}: an HTTP status {@code 400..599} (an error answer; {@code 429} carries
 *       {@code Retry-After: 1}, and {@code runsignup:522} is RunSignup's CDN timeout page),
 *       {@code reset} (the connection drops without an answer), {@code truncated} (a 200 whose
 *       body stops short), {@code malformed} (a 200 whose body is not what its content type
 *       says), {@code slow<duration>} (the normal answer after a delay, e.g. {@code slow2s}),
 *       or, for RunSignup only, {@code throttle} (error code 14 in an HTTP 200);</li>
 *   <li>{@code xN}: the next N matching requests get it (default 1).</li>
 * </ul>
 *
 * <p>For example {@code pace:503x2} (the next two PACE answers are 503), {@code runsignup:429},
 * {@code fftri:reset}, {@code letsdothis/participants:500x3}.
 *
 * @param provider the platform's short name
 * @param operation the path fragment a request must contain, or null for any request
 * @param fault what the simulator serves instead
 * @param times how many matching requests get it, at least 1
 */
record FaultSpec(String provider, String operation, Fault fault, int times) {

  /** The providers, in their port order. */
  static final java.util.List<String> PROVIDERS = java.util.List.of("pace", "actigo", "runsignup", "letsdothis", "fftri");

  private static final Pattern SYNTAX = Pattern.compile(
      "([A-Za-z]+)(?:/([A-Za-z0-9._~%-]+(?:/[A-Za-z0-9._~%-]+)*))?:([A-Za-z0-9.]+?)(?:x([0-9]{1,6}))?");
  private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})(ms|s)");

  /**
   * Parses one {@code --fault} value.
   *
   * @throws IllegalArgumentException saying what is wrong and showing the syntax
   */
  static FaultSpec parse(String text) {
    // the operation keeps its case: it is matched against paths such as PACE's getParticipants
    Matcher m = SYNTAX.matcher(text.trim());
    if (!m.matches()) {
      throw bad(text, "expected PROVIDER[/OPERATION]:KIND[xN]");
    }
    String provider = m.group(1).toLowerCase(Locale.ROOT);
    if (!PROVIDERS.contains(provider)) {
      throw bad(text, "unknown provider '" + provider + "' (known: " + String.join(", ", PROVIDERS) + ")");
    }
    int times = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
    if (times < 1) {
      throw bad(text, "the count after x must be 1 or more");
    }
    return new FaultSpec(provider, m.group(2), fault(text, provider, m.group(3).toLowerCase(Locale.ROOT)), times);
  }

  private static Fault fault(String text, String provider, String kind) {
    if (kind.matches("[0-9]{3}")) {
      int status = Integer.parseInt(kind);
      if (status < 400 || status > 599) {
        throw bad(text, "a status must be 400..599, was " + status);
      }
      if (status == 429) {
        return Fault.rateLimited(1);
      }
      if (status == 522 && provider.equals("runsignup")) {
        return RunSignupFaults.cdnTimeout();
      }
      return Fault.status(status, "{\"error\":\"simulated " + status + "\"}",
          Map.of("Content-Type", "application/json"));
    }
    switch (kind) {
      case "reset":
        return Fault.disconnect();
      case "truncated":
        return Fault.truncatedBody("{\"data\":[{\"id\":");
      case "malformed":
        return Fault.malformedBody("<html><body>Service temporarily unavailable</body></html>", "application/json");
      case "throttle":
        if (!provider.equals("runsignup")) {
          throw bad(text, "throttle is RunSignup's error code 14; other platforms use 429");
        }
        return RunSignupFaults.throttled();
      default:
        break;
    }
    if (kind.startsWith("slow")) {
      Matcher d = DURATION.matcher(kind.substring(4));
      if (!d.matches()) {
        throw bad(text, "slow needs a duration such as slow500ms or slow2s");
      }
      long n = Long.parseLong(d.group(1));
      return Fault.delay(d.group(2).equals("ms") ? Duration.ofMillis(n) : Duration.ofSeconds(n));
    }
    throw bad(text, "unknown kind '" + kind + "' (a status 400..599, reset, truncated, malformed, slow<duration>"
        + " or, for runsignup, throttle)");
  }

  /** Queues this fault on the provider's simulator. */
  void applyTo(Simulator<?> simulator) {
    if (operation == null) {
      simulator.faults().next(fault, times);
    } else {
      simulator.faults().onPath(operation, fault, times);
    }
  }

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException("'" + text + "': " + why);
  }
}
