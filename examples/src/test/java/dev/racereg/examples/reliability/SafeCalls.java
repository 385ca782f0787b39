package dev.racereg.examples.reliability;

import dev.racereg.actigo.ActigoClient;
import dev.racereg.actigo.ActigoCredentials;
import dev.racereg.actigo.RegistrationsParams;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.testing.Canaries;
import dev.racereg.core.testing.TestFixtures;
import dev.racereg.fftri.FftriClient;
import dev.racereg.fftri.FftriCredentials;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.pace.ParticipantsParams;
import dev.racereg.runsignup.GetRaceParams;
import dev.racereg.runsignup.RunSignupClient;
import dev.racereg.runsignup.RunSignupCredentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import mockwebserver3.MockResponse;

/**
 * One safe (retryable) read per provider client, answered by the platform's documented example
 * body: what the fault matrices call, fault after fault. Credentials are the suite's canaries, so
 * the canary extension checks every failure message of the matrices too.
 */
enum SafeCalls {

  PACE("/api", "pace", "participants-en.json", "application/json", 2,
      o -> {
        PaceClient c = PaceClient.builder()
            .credentials(PaceCredentials.of("DQSUCBWE1Y6TM1PYR7JP77AGP9682JHC", Canaries.PACE_SECRET))
            .options(o).build();
        return () -> c.participantList(ParticipantsParams.of("VZ5B066Z", "event-with-participants")).size();
      }),
  ACTIGO("/api", "actigo", "registrations.json", "application/json", 4,
      o -> {
        ActigoClient c = ActigoClient.builder()
            .credentials(ActigoCredentials.of("timing-company-key", Canaries.ACTIGO)).options(o).build();
        return () -> c.registrationList(RegistrationsParams.of("638f01d0c5eaf533c891fac3")).size();
      }),
  RUNSIGNUP("/Rest", "runsignup", "race.json", "application/json", 1,
      o -> {
        RunSignupClient c = RunSignupClient.builder()
            .credentials(RunSignupCredentials.apiKey("key-abc", Canaries.RUNSIGNUP)).options(o).build();
        return () -> c.getRace(GetRaceParams.of(12345)).raceId() == 12345 ? 1 : 0;
      }),
  LETSDOTHIS("/v0", "letsdothis", "page-envelope.json", "application/json", 1,
      o -> {
        LetsDoThisClient c = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(SafeCalls.ldtKey()))
            .options(o).build();
        return () -> c.listParticipants().items().size();
      }),
  FFTRI("/api", "fftri", "seasons.json", "application/json", 6,
      o -> {
        FftriClient c = FftriClient.builder()
            .credentials(FftriCredentials.of("username", Canaries.FFTRI_API_KEY, Canaries.FFTRI_PASSPHRASE))
            .options(o).build();
        return () -> c.seasons().size();
      });

  /** The path the client's base URL ends with on the mock server. */
  final String basePath;
  private final String provider;
  private final String fixture;
  private final String contentType;
  /** How many items the documented body decodes into: what a successful call returns. */
  final int expectedItems;
  private final Function<ClientOptions, IntSupplier> factory;

  SafeCalls(String basePath, String provider, String fixture, String contentType, int expectedItems,
      Function<ClientOptions, IntSupplier> factory) {
    this.basePath = basePath;
    this.provider = provider;
    this.fixture = fixture;
    this.contentType = contentType;
    this.expectedItems = expectedItems;
    this.factory = factory;
  }

  /** A client built with {@code options}, as a call that returns the number of items it got. */
  IntSupplier client(ClientOptions options) {
    return factory.apply(options);
  }

  /** The documented body. */
  String body() {
    return TestFixtures.doc(provider, fixture);
  }

  /** A 200 with the documented body. */
  MockResponse ok() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", contentType).body(body()).build();
  }

  /** Whether the body is a streamed JSON array whose rows reach the caller as they are read. */
  boolean streamed() {
    return this == PACE || this == ACTIGO;
  }

  /** The body up to and including its first row and the comma after it (streamed exports only). */
  String throughFirstRow() {
    try {
      com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body());
      return "[" + rows.get(0).toString() + ",";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A builder of a 200 with the documented body, for adding a socket effect or a delay. */
  MockResponse.Builder okBuilder() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", contentType).body(body());
  }

  /** Every provider. */
  static List<SafeCalls> all() {
    return List.of(values());
  }

  /** A Let's Do This API key (a JWT the client reads but never verifies) valid until 2100. */
  static String ldtKey() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString("{\"organiserId\":\"204517\",\"iat\":1700000000,\"exp\":4102444800}"
            .getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(Canaries.CORE.getBytes(StandardCharsets.UTF_8));
  }
}
