package dev.racereg.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.actigo.ActigoClient;
import dev.racereg.actigo.ActigoCredentials;
import dev.racereg.actigo.RegistrationsParams;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.testing.Canaries;
import dev.racereg.core.testing.RecordingSleeper;
import dev.racereg.core.testing.TestFixtures;
import dev.racereg.core.testing.TestOptions;
import dev.racereg.fftri.FftriClient;
import dev.racereg.fftri.FftriCredentials;
import dev.racereg.fftri.ListPassesParams;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.pace.ParticipantsParams;
import dev.racereg.runsignup.GetRaceParams;
import dev.racereg.runsignup.RegistrationPeriodsParams;
import dev.racereg.runsignup.ResponseFormat;
import dev.racereg.runsignup.RunSignupClient;
import dev.racereg.runsignup.RunSignupCredentials;
import dev.racereg.testkit.actigo.ActigoSimulator;
import dev.racereg.testkit.letsdothis.LetsDoThisSimulator;
import dev.racereg.testkit.pace.PaceSimulator;
import dev.racereg.testkit.runsignup.RunSignupSimulator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R3: seeded mutations of real bodies (the platforms' documented examples and bodies the
 * simulators generate) fed to every decoder through its client, in process: an OkHttp
 * interceptor answers every call with the mutated body. Whatever the body, a call either returns
 * or throws one of the SDK's {@link RaceRegException}s; anything else fails the test with the seed
 * and the body that reproduce it ({@link Mutator#mutate(byte[], long)}).
 *
 * <p>{@value #COUNT_PROPERTY} bodies in all (default {@value #DEFAULT_COUNT}; the {@code fuzz}
 * Maven profile raises it to 120,000).
 */
class DecoderFuzzTest {

  static final String COUNT_PROPERTY = "racereg.fuzz.bodies";
  static final int DEFAULT_COUNT = 3_000;
  private static final long FIRST_SEED = 0x5EEDL << 20;

  /** A decoder reached through one operation, and the real bodies it is given to mutate. */
  record Target(String name, String contentType, List<byte[]> bodies, Consumer<ClientOptions.Builder> base,
      Function<ClientOptions, Runnable> call) {}

  private static final List<Target> TARGETS = new ArrayList<>();
  private static volatile byte[] answer = new byte[0];
  private static volatile String answerType = "application/json";

  /** Answers every request with the current body, without a network. */
  private static final OkHttpClient IN_PROCESS = new OkHttpClient.Builder()
      .addInterceptor(chain -> new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200)
          .message("OK").header("Content-Type", answerType)
          .body(ResponseBody.create(answer, MediaType.get(answerType))).build())
      .build();

  @BeforeAll
  static void targets() {
    List<byte[]> paceSim = captured(PaceSimulator.builder().participants(12).build().start(), (sim, o) -> {
      PaceClient c = PaceClient.builder().credentials(PaceCredentials.of(sim.credentials().apiId(),
          sim.credentials().apiSecret())).options(o).build();
      c.participantList(ParticipantsParams.of(sim.credentials().accessCode(), sim.eventSlug()));
    });
    add("PACE participants (streamed JSON array)", "application/json", docs("pace", "participants-en.json",
        "participants-fi.json"), paceSim, o -> {
          PaceClient c = PaceClient.builder().credentials(PaceCredentials.of("id", Canaries.PACE_SECRET)).options(o).build();
          return () -> c.participantList(ParticipantsParams.of("VZ5B066Z", "event-with-participants"));
        });
    ActigoSimulator actigo = ActigoSimulator.builder().registrations(10).start();
    List<byte[]> actigoJson = captured(actigo, (sim, o) -> actigoClient(o, sim.credentials().keyName(),
        sim.credentials().keySecret()).registrationList(RegistrationsParams.of(sim.activityId())));
    ActigoSimulator actigo2 = ActigoSimulator.builder().registrations(10).start();
    List<byte[]> actigoCsv = captured(actigo2, (sim, o) -> actigoClient(o, sim.credentials().keyName(),
        sim.credentials().keySecret()).registrationsCsv(RegistrationsParams.of(sim.activityId())).registrations());
    add("Actigo registrations (streamed JSON array)", "application/json", docs("actigo", "registrations.json"),
        actigoJson, o -> () -> actigoClient(o, "key", Canaries.ACTIGO)
            .registrationList(RegistrationsParams.of("638f01d0c5eaf533c891fac3")));
    add("Actigo registrations (CSV)", "text/csv", docs("actigo", "registrations.csv"), actigoCsv,
        o -> () -> actigoClient(o, "key", Canaries.ACTIGO)
            .registrationsCsv(RegistrationsParams.of("638f01d0c5eaf533c891fac3")).registrations());
    add("FFTri seasons (id-keyed map)", "application/json", docs("fftri", "seasons.json"), List.of(),
        o -> fftri(o)::seasons);
    add("FFTri clubs (id-keyed map)", "application/json", docs("fftri", "clubs.json"), List.of(),
        o -> () -> fftri(o).clubs(12));
    add("FFTri age categories (id-keyed map)", "application/json", docs("fftri", "age-categories.json"), List.of(),
        o -> () -> fftri(o).ageCategories(12));
    add("FFTri ITU federations (id-keyed map)", "application/json", docs("fftri", "itu-federations.json"), List.of(),
        o -> fftri(o)::ituFederations);
    add("FFTri passes (JSON)", "application/json", docs("fftri", "pass-list.json"), List.of(),
        o -> () -> fftri(o).listPasses(ListPassesParams.builder().trialId(31732).build()));
    add("FFTri passes (CSV)", "text/csv", List.of(bytes(
        "firstname;lastname;birthDate;email;passNumber;created;statusDescription;isPaid;refund;type;typeDescription\n"
            + "John;Legend;1988-07-23;mail@gmail.com;PC001;2022-01-01;valid;1;0;1;individual\n"
            + "\"Jean; dit Jo\";Doe;1978-07-01;jo@example.org;PC002;2022-01-10;refund;1;1;2;relay\n")), List.of(),
        o -> () -> fftri(o).listPassesCsv(ListPassesParams.builder().trialId(31732).build()).passes());
    add("RunSignup registration periods (XML)", "application/xml", List.of(
        bytes("<?xml version=\"1.0\"?><response><success>T</success><message>Registration periods updated</message>"
            + "</response>"), bytes(TestFixtures.doc("runsignup", "error-key-auth.xml"))), List.of(),
        o -> () -> runSignup(o).setupRegistrationPeriods(RegistrationPeriodsParams.builder().raceId(12345)
            .eventId(512001).addPeriodCents(LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 6, 1, 0, 0), 2600)
            .responseFormat(ResponseFormat.XML).build()));
    RunSignupSimulator rsu = RunSignupSimulator.builder().participants(12).build().start();
    List<byte[]> rsuPage = captured(rsu, (sim, o) -> RunSignupClient.builder()
        .credentials(RunSignupCredentials.apiKey(sim.credentials().apiKey(), sim.credentials().apiSecret())).options(o).build()
        .getParticipants(dev.racereg.runsignup.ParticipantsParams.builder().raceId(sim.raceId())
            .eventId(sim.eventIds().get(0)).resultsPerPage(5).build()));
    add("RunSignup participants (paging envelope)", "application/json", docs("runsignup", "participants.json"), rsuPage,
        o -> () -> runSignup(o).getParticipants(dev.racereg.runsignup.ParticipantsParams.builder().raceId(12345)
            .eventId(512001).resultsPerPage(5).build()).items());
    add("RunSignup race (JSON)", "application/json", docs("runsignup", "race.json"), List.of(),
        o -> () -> runSignup(o).getRace(GetRaceParams.of(12345)));
    LetsDoThisSimulator ldt = LetsDoThisSimulator.builder().participants(6).build().start();
    List<byte[]> ldtPage = captured(ldt, (sim, o) -> LetsDoThisClient.builder()
        .credentials(LetsDoThisCredentials.of(sim.credentials().validToken())).options(o).build().listParticipants());
    add("Let's Do This participants (paging envelope)", "application/json", docs("letsdothis", "page-envelope.json"),
        ldtPage, o -> () -> letsDoThis(o).listParticipants().items());
    add("Let's Do This participant (JSON)", "application/json", docs("letsdothis", "participant.json"), List.of(),
        o -> () -> letsDoThis(o).getParticipant("6399c20015d60ae3ff28f24c"));
  }

  @Test
  void mutatedBodiesGiveAnAnswerOrAnSdkExceptionNeverAnythingElse() {
    int count = Integer.getInteger(COUNT_PROPERTY, DEFAULT_COUNT);
    List<Runnable> calls = new ArrayList<>();
    for (Target t : TARGETS) {
      ClientOptions.Builder options = ClientOptions.builder().httpClient(IN_PROCESS).retryPolicy(RetryPolicy.none())
          .sleeper(new RecordingSleeper()).clock(new TestOptions().clock);
      t.base().accept(options);
      calls.add(t.call().apply(options.build()));
    }
    int answered = 0;
    int refused = 0;
    List<String> escaped = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int which = i % TARGETS.size();
      Target target = TARGETS.get(which);
      long seed = FIRST_SEED + i;
      byte[] base = target.bodies().get((int) Long.remainderUnsigned(seed * 31, target.bodies().size()));
      byte[] body = Mutator.mutate(base, seed);
      answer = body;
      answerType = target.contentType();
      try {
        calls.get(which).run();
        answered++;
      } catch (RaceRegException e) {
        refused++;
      } catch (Throwable e) {
        if (escaped.size() < 5) {
          escaped.add(target.name() + ", seed " + seed + ": " + e + "\n  body: "
              + new String(body, StandardCharsets.UTF_8).replace("\n", "\\n"));
        } else {
          escaped.add(target.name() + ", seed " + seed + ": " + e);
        }
      }
    }
    System.out.printf("decoder fuzzing: %d bodies over %d decoders, %d decoded, %d SDK exceptions, %d others%n",
        count, TARGETS.size(), answered, refused, escaped.size());
    assertThat(escaped).as("exceptions outside the SDK's types (seed and body reproduce each)").isEmpty();
    assertThat(answered + refused).isEqualTo(count);
  }

  private static void add(String name, String contentType, List<byte[]> docs, List<byte[]> generated,
      Function<ClientOptions, Runnable> call) {
    List<byte[]> bodies = new ArrayList<>(docs);
    bodies.addAll(generated);
    String basePath = name.startsWith("RunSignup") ? "/Rest" : name.startsWith("Let's") ? "/v0" : "/api";
    TARGETS.add(new Target(name, contentType, bodies, o -> o.baseUrl("http://fuzz.invalid" + basePath), call));
  }

  private static List<byte[]> docs(String provider, String... names) {
    List<byte[]> out = new ArrayList<>();
    for (String n : names) {
      out.add(bytes(TestFixtures.doc(provider, n)));
    }
    return out;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The answer bodies a simulator gave to {@code call}, caught on the way in. */
  private static <S extends dev.racereg.testkit.Simulator<S>> List<byte[]> captured(S sim,
      java.util.function.BiConsumer<S, ClientOptions> call) {
    List<byte[]> bodies = new ArrayList<>();
    OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      Response r = chain.proceed(chain.request());
      synchronized (bodies) {
        bodies.add(r.peekBody(Long.MAX_VALUE).bytes());
      }
      return r;
    }).build();
    try (sim) {
      call.accept(sim, ClientOptions.builder().baseUrl(sim.baseUrl()).httpClient(recording).build());
    }
    recording.connectionPool().evictAll();
    assertThat(bodies).as("bodies generated by " + sim.getClass().getSimpleName()).isNotEmpty();
    return bodies;
  }

  private static ActigoClient actigoClient(ClientOptions o, String key, String secret) {
    return ActigoClient.builder().credentials(ActigoCredentials.of(key, secret)).options(o).build();
  }

  private static FftriClient fftri(ClientOptions o) {
    return FftriClient.builder().credentials(FftriCredentials.of("user", Canaries.FFTRI_API_KEY,
        Canaries.FFTRI_PASSPHRASE)).options(o).build();
  }

  private static RunSignupClient runSignup(ClientOptions o) {
    return RunSignupClient.builder().credentials(RunSignupCredentials.apiKey("key", Canaries.RUNSIGNUP)).options(o)
        .build();
  }

  private static LetsDoThisClient letsDoThis(ClientOptions o) {
    return LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(SafeCalls.ldtKey())).options(o).build();
  }
}
