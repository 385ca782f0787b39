package dev.racereg.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Fails any test during which a {@link Canaries canary credential}, in any of its
 * {@link Canaries#forms() forms}, reached a place a user could see: a line of an HTTP log captured
 * by a {@link RecordingLogSink}, what the test wrote to {@code System.out} or {@code System.err},
 * the message of the exception that failed the test (or of its causes), or the {@code toString()}
 * of a project object the test instance holds in a field (or one level down, in a collection,
 * array, map or optional the field holds; see {@link ToStringScan}).
 *
 * <p>Registered for every test module through {@code META-INF/services} in the core test-jar and
 * {@code junit.jupiter.extensions.autodetection.enabled=true} in the module's
 * {@code junit-platform.properties}. A test that must show a raw secret on purpose (for example to
 * prove that the redactor masks it) keeps it out of the watched places, or is annotated with
 * {@link ShowsSecrets}.
 */
public final class SecretCanaryExtension implements BeforeEachCallback, AfterEachCallback,
    TestExecutionExceptionHandler {

  private static final Watch WATCH = new Watch();

  @Override
  public void beforeEach(ExtensionContext context) {
    WATCH.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    String seen = WATCH.stop();
    if (exempt(context)) {
      return;
    }
    Optional<String> leak = Canaries.findIn(seen);
    if (leak.isPresent()) {
      throw new AssertionError("a canary credential (form " + masked(leak.get())
          + ") reached the HTTP log or the console during " + context.getDisplayName());
    }
    for (ToStringScan.Shown shown : ToStringScan.of(instances(context))) {
      Optional<String> printed = Canaries.findIn(shown.text());
      if (printed.isPresent()) {
        throw new AssertionError("the toString() of " + shown.where() + " shows a canary credential (form "
            + masked(printed.get()) + ") after " + context.getDisplayName());
      }
    }
  }

  /** The test instance and, for a nested test, the instances enclosing it. */
  private static List<Object> instances(ExtensionContext context) {
    return context.getTestInstances().map(t -> t.getAllInstances())
        .or(() -> context.getTestInstance().map(List::of)).orElse(List.of());
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    if (!exempt(context)) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        Optional<String> leak = Canaries.findIn(t.getMessage());
        if (leak.isPresent()) {
          AssertionError leaked = new AssertionError("the failure of " + context.getDisplayName()
              + " shows a canary credential (form " + masked(leak.get()) + ") in the message of a "
              + t.getClass().getName());
          leaked.addSuppressed(failure);
          throw leaked;
        }
      }
    }
    throw failure;
  }

  private static boolean exempt(ExtensionContext context) {
    return context.getTestMethod().map(m -> m.isAnnotationPresent(ShowsSecrets.class)).orElse(false)
        || context.getTestClass().map(c -> c.isAnnotationPresent(ShowsSecrets.class)).orElse(false);
  }

  /** Names the form without repeating it whole, so this report is no leak of its own. */
  private static String masked(String form) {
    return form.substring(0, Math.min(4, form.length())) + "...";
  }

  /** Receives what a {@link RecordingLogSink} records, for the test that is running. */
  static void logged(String line) {
    WATCH.append(line);
  }

  /** What the tests print and log, kept from {@link #start()} to {@link #stop()}. Thread-safe. */
  private static final class Watch {

    private final StringBuilder seen = new StringBuilder();
    private boolean teeInstalled;

    synchronized void start() {
      if (!teeInstalled) {
        teeInstalled = true;
        System.setOut(tee(System.out));
        System.setErr(tee(System.err));
      }
      seen.setLength(0);
    }

    synchronized String stop() {
      String s = seen.toString();
      seen.setLength(0);
      return s;
    }

    synchronized void append(String text) {
      // bounded: a test printing megabytes should not exhaust the heap of the whole run
      if (seen.length() < 4_000_000) {
        seen.append(text).append('\n');
      }
    }

    private PrintStream tee(PrintStream original) {
      OutputStream both = new OutputStream() {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
          original.write(b);
          line.write(b);
          if (b == '\n') {
            flushLine();
          }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
          original.write(b, off, len);
          line.write(b, off, len);
          flushLine();
        }

        @Override
        public synchronized void flush() {
          original.flush();
        }

        private void flushLine() {
          append(line.toString(StandardCharsets.UTF_8));
          line.reset();
        }
      };
      return new PrintStream(both, true, StandardCharsets.UTF_8);
    }
  }
}
