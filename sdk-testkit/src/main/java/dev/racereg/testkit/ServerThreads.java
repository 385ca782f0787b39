package dev.racereg.testkit;

import java.lang.reflect.Field;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;

/**
 * Makes a {@link MockWebServer}'s threads daemon threads named after the simulator.
 *
 * <p>MockWebServer runs its accept loop and connections on non-daemon threads, so a simulator a
 * program forgot to close would keep the JVM alive after {@code main} returned. Its thread pool is
 * reachable only through a private field; the pool's factory is replaced before the server starts
 * (no thread exists yet), and {@code SimulatorThreadsTest} fails if a MockWebServer upgrade moves
 * the field.
 */
final class ServerThreads {

  static final String NAME_PREFIX = "racereg-simulator-";

  private ServerThreads() {}

  /**
   * Replaces the server's thread factory by one of daemon threads named
   * {@code racereg-simulator-<simulator>-<n>}.
   *
   * @throws IllegalStateException if the server's thread pool cannot be reached (a MockWebServer
   *     version this testkit was not built for)
   */
  static void makeDaemon(MockWebServer server, String simulator) {
    ThreadPoolExecutor executor;
    try {
      Field field = MockWebServer.class.getDeclaredField("taskRunnerBackend");
      field.setAccessible(true);
      // the backend's type is OkHttp-internal (not exported to named modules), so it is reached by name
      Object backend = field.get(server);
      executor = (ThreadPoolExecutor) backend.getClass().getMethod("getExecutor").invoke(backend);
    } catch (ReflectiveOperationException | ClassCastException | SecurityException e) {
      throw new IllegalStateException("cannot reach MockWebServer's thread pool to make its threads daemon", e);
    }
    AtomicInteger count = new AtomicInteger();
    ThreadFactory daemon = runnable -> {
      Thread thread = new Thread(runnable, NAME_PREFIX + simulator + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    executor.setThreadFactory(daemon);
  }
}
