package dev.racereg.examples.cli;

import dev.racereg.testkit.SimRequest;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code racereg serve}: the platforms' simulators as a long-running local server, for timing
 * software in any language. It prints each platform's base URL, credentials and ids as
 * {@code --set} lines and {@code RACEREG_...} environment lines, logs one line per request
 * (secrets in paths and queries redacted) and runs until Ctrl-C or {@link #stop()}.
 *
 * <p>Ports: {@code --port N} puts the five platforms on N..N+4 in the order pace, actigo,
 * runsignup, letsdothis, fftri (each keeps its place in that order even with {@code --provider});
 * {@code --port runsignup=9003} fixes one platform's port; the default is a free port each.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Run the platforms' simulators as a local server until Ctrl-C.",
        "Ports: --port N puts pace, actigo, runsignup, letsdothis, fftri on N..N+4 (in that order);"
            + " --port PROVIDER=N sets one; default: a free port each, printed on start.",
        "Faults: --fault PROVIDER[/OPERATION]:KIND[xN], KIND one of a status 400..599, reset,"
            + " truncated, malformed, slow<duration> (slow2s), throttle (runsignup only);"
            + " OPERATION is a fragment of the request path; xN = the next N requests (default 1)."})
public final class ServeCommand implements Callable<Integer> {

  private static final Pattern PORT = Pattern.compile("(?:([a-z]+)=)?([0-9]{1,5})");
  private static final Pattern LATENCY = Pattern.compile("([0-9]{1,6})(ms|s)");
  private static final Pattern SAFE_QUERY = Pattern.compile("format|page.*|results_per_page|event_id|sort.*|include_.*"
      + "|language|search|extendmetadata|filter.*", Pattern.CASE_INSENSITIVE);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--provider", paramLabel = "NAME", defaultValue = "all",
      description = "all (default), pace, actigo, runsignup, letsdothis or fftri.")
  String provider;

  @Option(names = "--port", paramLabel = "N|PROVIDER=N",
      description = "First of five consecutive ports, or one provider's port (repeatable). Default: free ports.")
  List<String> ports = new ArrayList<>();

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the generated data (default 42).")
  long seed;

  @Option(names = "--participants", paramLabel = "N", defaultValue = "-1",
      description = "Registrations to generate per platform (default: each platform's demo size).")
  int participants;

  @Option(names = "--latency", paramLabel = "DURATION", defaultValue = "0ms",
      description = "Delay every answer, e.g. 50ms or 1s (default 0ms).")
  String latency;

  @Option(names = "--fault", paramLabel = "SPEC", description = "A fault to serve (repeatable), e.g. pace:503x2.")
  List<String> faults = new ArrayList<>();

  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() {
    List<String> providers = providers();
    Map<String, Integer> portOf = ports(providers);
    Duration delay = latency();
    if (participants < -1) {
      throw usage("--participants", "must be 0 or more, was " + participants);
    }
    List<FaultSpec> parsedFaults = new ArrayList<>();
    for (String f : faults) {
      try {
        FaultSpec fs = FaultSpec.parse(f);
        if (!providers.contains(fs.provider())) {
          throw new IllegalArgumentException("'" + f + "': " + fs.provider() + " is not being served");
        }
        parsedFaults.add(fs);
      } catch (IllegalArgumentException e) {
        throw usage("--fault", e.getMessage());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Sandbox> running = new LinkedHashMap<>();
    Thread hook = new Thread(() -> {
      stop();
      awaitQuietly(stopped);
    }, "racereg-serve-shutdown");
    try {
      for (String p : providers) {
        Connector c = Connectors.named(p);
        try {
          running.put(p, c.startSandbox(new SandboxSpec(seed, participants, portOf.getOrDefault(p, 0))));
        } catch (UncheckedIOException e) {
          throw usage("--port", "cannot listen on port " + portOf.get(p) + " for " + p + ": " + e.getCause().getMessage());
        }
      }
      for (Map.Entry<String, Sandbox> e : running.entrySet()) {
        String p = e.getKey();
        e.getValue().simulator().latency(delay);
        e.getValue().simulator().onExchange((request, status, elapsed) -> log(out, p, request, status, elapsed));
      }
      for (FaultSpec f : parsedFaults) {
        f.applyTo(running.get(f.provider()).simulator());
      }
      printBanner(out, running);
      Runtime.getRuntime().addShutdownHook(hook);
      started.countDown();
      awaitQuietly(stopRequested);
      removeHook(hook);
      out.println("racereg serve: stopped");
      out.flush();
      return 0;
    } finally {
      for (Sandbox s : running.values()) {
        s.close();
      }
      stopped.countDown();
    }
  }

  /** Asks a running serve to stop (what Ctrl-C does); returns at once. */
  public void stop() {
    stopRequested.countDown();
  }

  /** Waits until the simulators listen and the banner is printed (for tests and embedding). */
  public boolean awaitStarted(Duration timeout) throws InterruptedException {
    return started.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  /** Waits until every simulator is closed after {@link #stop()}. */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  private List<String> providers() {
    String p = provider.trim().toLowerCase(Locale.ROOT);
    if (p.equals("all")) {
      return FaultSpec.PROVIDERS;
    }
    if (!FaultSpec.PROVIDERS.contains(p)) {
      throw usage("--provider", "'" + provider + "' is not all, " + String.join(", ", FaultSpec.PROVIDERS));
    }
    return List.of(p);
  }

  private Map<String, Integer> ports(List<String> providers) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String text : ports) {
      Matcher m = PORT.matcher(text.trim().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw usage("--port", "'" + text + "' is neither N nor PROVIDER=N");
      }
      int port = Integer.parseInt(m.group(2));
      if (m.group(1) == null) {
        if (port < 1 || port > 65535 - 4) {
          throw usage("--port", "the first of five ports must be 1..65531, was " + port);
        }
        for (int i = 0; i < FaultSpec.PROVIDERS.size(); i++) {
          out.putIfAbsent(FaultSpec.PROVIDERS.get(i), port + i);
        }
      } else {
        if (!FaultSpec.PROVIDERS.contains(m.group(1))) {
          throw usage("--port", "unknown provider '" + m.group(1) + "' in '" + text + "'");
        }
        if (port < 1 || port > 65535) {
          throw usage("--port", "a port must be 1..65535, was " + port);
        }
        out.put(m.group(1), port);
      }
    }
    out.keySet().retainAll(providers);
    return out;
  }

  private Duration latency() {
    Matcher m = LATENCY.matcher(latency.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw usage("--latency", "'" + latency + "' is not a duration such as 50ms or 1s");
    }
    long n = Long.parseLong(m.group(1));
    return m.group(2).equals("ms") ? Duration.ofMillis(n) : Duration.ofSeconds(n);
  }

  private CommandLine.ParameterException usage(String flag, String why) {
    return new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + flag + "': " + why);
  }

  private static void printBanner(PrintWriter out, Map<String, Sandbox> running) {
    out.println("racereg serve: " + running.size() + " simulator(s) on 127.0.0.1; Ctrl-C to stop");
    for (Map.Entry<String, Sandbox> e : running.entrySet()) {
      Connector c = Connectors.named(e.getKey());
      Sandbox s = e.getValue();
      out.println();
      out.println("# " + c.displayName() + ": " + s.baseUrl());
      out.println("--base-url " + s.baseUrl());
      List<String[]> values = new ArrayList<>();
      for (SettingKey k : c.settings()) {
        s.settings().get(k).ifPresent(v -> values.add(new String[] {k.name(), k.envName(), v}));
      }
      for (String[] v : values) {
        out.println("--set " + v[0] + "=" + v[2]);
      }
      out.println("RACEREG_" + e.getKey().toUpperCase(Locale.ROOT) + "_BASE_URL=" + s.baseUrl());
      for (String[] v : values) {
        out.println(v[1] + "=" + v[2]);
      }
    }
    out.println();
    out.flush();
  }

  private static void log(PrintWriter out, String provider, SimRequest request, int status, Duration elapsed) {
    String line = String.format(Locale.ROOT, "%s %s %s %s %d ms", provider, request.method(),
        redact(provider, request.path(), request.queryParameters()), status == 0 ? "reset" : Integer.toString(status),
        elapsed.toMillis());
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }

  /**
   * The path and query to log: FFTri's organiser key (the last segment of
   * {@code get-trials-by-orga}) and every query value except paging, sorting and format are
   * replaced by {@code ***}, since RunSignup takes its keys and PACE-style clients their codes
   * in the query.
   */
  static String redact(String provider, String path, Map<String, List<String>> query) {
    String p = path;
    if (provider.equals("fftri") && p.contains("/get-trials-by-orga/")) {
      p = p.substring(0, p.lastIndexOf('/') + 1) + "***";
    }
    StringBuilder sb = new StringBuilder(p);
    char sep = '?';
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      for (String v : e.getValue()) {
        sb.append(sep).append(e.getKey()).append('=').append(SAFE_QUERY.matcher(e.getKey()).matches() ? v : "***");
        sep = '&';
      }
    }
    return sb.toString();
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down (Ctrl-C): the hook is running and waits for the close
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
