package dev.racereg.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.actigo.ActigoClient;
import dev.racereg.actigo.ActigoCredentials;
import dev.racereg.actigo.RegistrationsParams;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.fftri.FftriClient;
import dev.racereg.fftri.FftriCredentials;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.pace.PaceSortDirection;
import dev.racereg.pace.ParticipantsParams;
import dev.racereg.runsignup.ParticipantsParams.Builder;
import dev.racereg.runsignup.RunSignupClient;
import dev.racereg.runsignup.RunSignupCredentials;
import dev.racereg.testkit.Simulator;
import dev.racereg.testkit.actigo.ActigoSimulator;
import dev.racereg.testkit.fftri.FftriSimulator;
import dev.racereg.testkit.letsdothis.LetsDoThisSimulator;
import dev.racereg.testkit.pace.PaceEventSpec;
import dev.racereg.testkit.pace.PaceSimulator;
import dev.racereg.testkit.runsignup.RunSignupSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R6: one client per provider, shared by {@value #THREADS} threads that each ask the provider's
 * simulator different questions at once. Every answer is the one a lone caller gets to the same
 * question (no answer reaches the wrong caller, no body is mixed with another), no connection is
 * left checked out of the pool when all calls have returned, and no thread is left running.
 */
class SharedClientConcurrencyTest {

  static final int THREADS = 32;
  /** Calls per thread: every thread asks every question, each from a different starting point. */
  private static final int CALLS_PER_THREAD = 8;

  /** A provider's simulator, a client on it, and {@link #CALLS_PER_THREAD} distinct questions. */
  record Setup(Simulator<?> simulator, List<Supplier<String>> questions) {}

  enum Provider {
    PACE(o -> {
      PaceSimulator.Builder b = PaceSimulator.builder();
      for (int e = 0; e < 4; e++) {
        b.event(PaceEventSpec.of("event-" + e, "Event " + e).accessCode("EVENT00" + e).participants(20 + 7 * e));
      }
      PaceSimulator sim = b.build().start();
      PaceClient c = PaceClient.builder()
          .credentials(PaceCredentials.of(sim.credentials().apiId(), sim.credentials().apiSecret()))
          .options(o.apply(sim.baseUrl())).build();
      List<Supplier<String>> q = new ArrayList<>();
      for (int i = 0; i < CALLS_PER_THREAD; i++) {
        ParticipantsParams p = ParticipantsParams.builder().accessCode("EVENT00" + i % 4).eventSlug("event-" + i % 4)
            .sortDirection(i < 4 ? PaceSortDirection.ASC : PaceSortDirection.DESC).build();
        q.add(() -> c.participantList(p).toString());
      }
      return new Setup(sim, q);
    }),
    ACTIGO(o -> {
      ActigoSimulator sim = ActigoSimulator.builder().registrations(60).start();
      ActigoClient c = ActigoClient.builder()
          .credentials(ActigoCredentials.of(sim.credentials().keyName(), sim.credentials().keySecret()))
          .options(o.apply(sim.baseUrl())).build();
      // one activity: the questions alternate its two formats, JSON and CSV
      RegistrationsParams p = RegistrationsParams.of(sim.activityId());
      List<Supplier<String>> q = new ArrayList<>();
      for (int i = 0; i < CALLS_PER_THREAD; i++) {
        q.add(i % 2 == 0 ? () -> c.registrationList(p).toString() : () -> c.registrationsCsv(p).rows().toString());
      }
      return new Setup(sim, q);
    }),
    RUNSIGNUP(o -> {
      RunSignupSimulator sim = RunSignupSimulator.builder().participants(240).build().start();
      RunSignupClient c = RunSignupClient.builder()
          .credentials(RunSignupCredentials.apiKey(sim.credentials().apiKey(), sim.credentials().apiSecret()))
          .options(o.apply(sim.baseUrl())).build();
      List<Supplier<String>> q = new ArrayList<>();
      for (int i = 0; i < CALLS_PER_THREAD; i++) {
        Builder p = dev.racereg.runsignup.ParticipantsParams.builder().raceId(sim.raceId())
            .eventId(sim.eventIds().get(i % sim.eventIds().size())).page(1 + i / sim.eventIds().size())
            .resultsPerPage(10);
        dev.racereg.runsignup.ParticipantsParams params = p.build();
        q.add(() -> c.getParticipants(params).items().toString());
      }
      return new Setup(sim, q);
    }),
    LETSDOTHIS(o -> {
      LetsDoThisSimulator sim = LetsDoThisSimulator.builder().participants(100).build().start();
      LetsDoThisClient c = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(sim.credentials().validToken()))
          .options(o.apply(sim.baseUrl())).build();
      List<Supplier<String>> q = new ArrayList<>();
      for (int i = 0; i < CALLS_PER_THREAD; i++) {
        String id = sim.participants().get(i * 7).get("id").asText();
        q.add(() -> c.getParticipant(id).toString());
      }
      return new Setup(sim, q);
    }),
    FFTRI(o -> {
      FftriSimulator sim = FftriSimulator.builder().licenceHolders(50).build().start();
      FftriClient c = FftriClient.builder()
          .credentials(FftriCredentials.of(sim.credentials().username(), sim.credentials().apiKey(),
              sim.credentials().passphrase()))
          .options(o.apply(sim.baseUrl())).build();
      List<Supplier<String>> q = new ArrayList<>();
      for (int i = 0; i < CALLS_PER_THREAD; i++) {
        long club = sim.clubs().get(i % sim.clubs().size()).id();
        q.add(() -> c.club(club).toString());
      }
      return new Setup(sim, q);
    });

    private final Function<Function<String, ClientOptions>, Setup> setup;

    Provider(Function<Function<String, ClientOptions>, Setup> setup) {
      this.setup = setup;
    }
  }

  @ParameterizedTest
  @EnumSource(Provider.class)
  @Timeout(60)
  void thirtyTwoThreadsShareOneClientAndEachGetsItsOwnAnswers(Provider provider) throws Exception {
    Set<Thread> threadsBefore = liveNonDaemonThreads();
    ConnectionPool pool = new ConnectionPool();
    OkHttpClient http = new OkHttpClient.Builder().connectionPool(pool).build();
    TestOptions test = new TestOptions();
    Setup setup = provider.setup.apply(base -> test.builder(base).httpClient(http).build());
    try (Simulator<?> sim = setup.simulator()) {
      List<Supplier<String>> questions = setup.questions();
      // what a lone caller is told, question by question
      List<String> expected = new ArrayList<>();
      for (Supplier<String> q : questions) {
        expected.add(q.get());
      }
      assertThat(Set.copyOf(expected)).as("different questions, different answers").hasSizeGreaterThan(1);
      int before = sim.requestCount();

      ExecutorService pool32 = Executors.newFixedThreadPool(THREADS);
      CyclicBarrier start = new CyclicBarrier(THREADS);
      Map<String, Integer> mismatches = new ConcurrentHashMap<>();
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        done.add(pool32.submit(() -> {
          start.await();
          int answered = 0;
          for (int k = 0; k < CALLS_PER_THREAD; k++) {
            int question = (offset + k) % CALLS_PER_THREAD;
            if (!questions.get(question).get().equals(expected.get(question))) {
              mismatches.merge("question " + question, 1, Integer::sum);
            }
            answered++;
          }
          return answered;
        }));
      }
      int answered = 0;
      for (Future<Integer> f : done) {
        answered += f.get(50, TimeUnit.SECONDS);
      }
      pool32.shutdown();
      assertThat(pool32.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

      assertThat(answered).isEqualTo(THREADS * CALLS_PER_THREAD);
      assertThat(mismatches).as("answers that differ from a lone caller's").isEmpty();
      assertThat(sim.requestCount() - before).as("requests the simulator saw")
          .isGreaterThanOrEqualTo(THREADS * CALLS_PER_THREAD);
      assertThat(pool.idleConnectionCount()).as("every pooled connection is back and idle")
          .isEqualTo(pool.connectionCount());
    }
    pool.evictAll();
    assertThat(pool.connectionCount()).isZero();
    assertThat(liveNonDaemonThreads()).as("threads left running").isSubsetOf(threadsBefore);
  }

  private static Set<Thread> liveNonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
        .collect(Collectors.toSet());
  }
}
