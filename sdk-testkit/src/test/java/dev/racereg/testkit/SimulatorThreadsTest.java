package dev.racereg.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.testkit.actigo.ActigoSimulator;
import dev.racereg.testkit.fftri.FftriSimulator;
import dev.racereg.testkit.letsdothis.LetsDoThisSimulator;
import dev.racereg.testkit.pace.PaceSimulator;
import dev.racereg.testkit.runsignup.RunSignupSimulator;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * What a user of any simulator relies on besides its answers: {@code start()} returns the
 * simulator's own type, and a simulator's server threads never keep a finished JVM alive.
 */
class SimulatorThreadsTest {

  private static final List<Supplier<Simulator<?>>> SIMULATORS = List.of(
      () -> PaceSimulator.builder().build(),
      () -> ActigoSimulator.builder().build(),
      () -> RunSignupSimulator.builder().build(),
      () -> LetsDoThisSimulator.builder().build(),
      () -> FftriSimulator.builder().build());

  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  @Test
  void everySimulatorIsTypedByItselfSoStartReturnsItsOwnType() {
    for (Class<?> type : List.of(PaceSimulator.class, ActigoSimulator.class, RunSignupSimulator.class,
        LetsDoThisSimulator.class, FftriSimulator.class)) {
      ParameterizedType base = (ParameterizedType) type.getGenericSuperclass();
      assertThat(base.getRawType()).isEqualTo(Simulator.class);
      assertThat(base.getActualTypeArguments()).containsExactly(type);
    }
  }

  @Test
  void serverThreadsOfEverySimulatorAreDaemonThreads() throws IOException {
    for (Supplier<Simulator<?>> factory : SIMULATORS) {
      try (Simulator<?> sim = factory.get().start()) {
        // a request makes the server spawn its connection thread too, not only the accept loop
        try (Response ignored = http.newCall(new Request.Builder().url(sim.baseUrl() + "/").build()).execute()) {
          List<Thread> threads = serverThreads(sim.getClass().getSimpleName());
          assertThat(threads).as(sim.getClass().getSimpleName()).isNotEmpty();
          assertThat(threads).allMatch(Thread::isDaemon, "daemon");
        }
      }
    }
    http.connectionPool().evictAll();
  }

  private static List<Thread> serverThreads(String simulator) {
    String prefix = ServerThreads.NAME_PREFIX + simulator + "-";
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(prefix) || t.getName().startsWith("MockWebServer"))
        .toList();
  }
}
