package dev.racereg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.unified.RegistrationSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code racereg serve} over real HTTP: the real clients, a plain HTTP client, a fault, a clean stop. */
class ServeCommandTest {

  @Test
  void servesEveryPlatformToTheClientsAndToPlainHttpThenStopsWithoutAStrayThread() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    CommandLine cli = RaceRegCommand.commandLine();
    ServeCommand serve = cli.getSubcommands().get("serve").getCommand();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    ExecutorService runner = Executors.newSingleThreadExecutor();
    Future<Integer> exit = runner.submit(() -> cli.execute("serve", "--participants", "40", "--fault", "pace:503x2"));
    assertThat(serve.awaitStarted(Duration.ofSeconds(60))).isTrue();
    Map<String, String> printed = new HashMap<>();
    String banner = out.toString();
    for (String line : banner.split("\\R")) {
      if (line.startsWith("RACEREG_")) {
        printed.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    assertThat(banner).contains("--set pace.api-id=", "--set runsignup.rsu-api-key=", "--set fftri.username=");

    // a plain client that knows nothing of the SDK, built from the printed values
    // its own executor: the runner's one thread is busy serving
    HttpClient http = HttpClient.newHttpClient();
    String pace = "{\"apiId\":\"" + printed.get("RACEREG_PACE_API_ID") + "\",\"apiSecret\":\""
        + printed.get("RACEREG_PACE_API_SECRET") + "\",\"accessCode\":\"" + printed.get("RACEREG_PACE_ACCESS_CODE")
        + "\",\"eventSlug\":\"" + printed.get("RACEREG_PACE_EVENT") + "\"}";
    HttpRequest paceCall = HttpRequest.newBuilder(URI.create(printed.get("RACEREG_PACE_BASE_URL") + "/events/getParticipants"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(pace)).build();
    assertThat(http.send(paceCall, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(503);
    assertThat(http.send(paceCall, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(503);
    HttpResponse<String> paceOk = http.send(paceCall, HttpResponse.BodyHandlers.ofString());
    assertThat(paceOk.statusCode()).isEqualTo(200);
    assertThat(paceOk.body()).startsWith("[");

    HttpResponse<String> rsu = http.send(HttpRequest.newBuilder(URI.create(printed.get("RACEREG_RUNSIGNUP_BASE_URL")
        + "/race/" + printed.get("RACEREG_RUNSIGNUP_RACE_ID") + "/participants?format=json&rsu_api_key="
        + printed.get("RACEREG_RUNSIGNUP_RSU_API_KEY") + "&rsu_api_reg=" + printed.get("RACEREG_RUNSIGNUP_API_REG_TOKEN")))
        .header("X-RSU-API-SECRET", printed.get("RACEREG_RUNSIGNUP_RSU_API_SECRET"))
        .header("X-RSU-API-REG-SECRET", printed.get("RACEREG_RUNSIGNUP_API_REG_SECRET")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(rsu.body()).contains("\"registration_id\"").doesNotContain("error_code");

    HttpResponse<String> ldt = http.send(HttpRequest.newBuilder(URI.create(printed.get("RACEREG_LETSDOTHIS_BASE_URL")
        + "/participants")).header("Authorization", "Bearer " + printed.get("RACEREG_LETSDOTHIS_API_KEY")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(ldt.statusCode()).isEqualTo(200);
    assertThat(ldt.body()).contains("\"totalResults\"");

    // the real clients, through the connectors, from the printed settings
    for (Connector c : Connectors.all()) {
      if (!c.capabilities().registrations()) {
        continue;
      }
      Map<String, String> set = new HashMap<>();
      for (SettingKey k : c.settings()) {
        if (printed.containsKey(k.envName())) {
          set.put(k.name(), printed.get(k.envName()));
        }
      }
      String base = printed.get("RACEREG_" + c.provider().toUpperCase(java.util.Locale.ROOT) + "_BASE_URL");
      RegistrationSource source = c.registrations(Settings.of(set), ClientOptions.builder().baseUrl(base).build())
          .orElseThrow();
      try (Stream<?> all = source.registrations()) {
        assertThat(all.count()).as(c.provider()).isPositive();
      }
    }
    assertThat(Connectors.named("fftri").licences(Settings.of(Map.of("fftri.username",
        printed.get("RACEREG_FFTRI_USERNAME"), "fftri.api-key", printed.get("RACEREG_FFTRI_API_KEY"),
        "fftri.passphrase", printed.get("RACEREG_FFTRI_PASSPHRASE"))),
        ClientOptions.builder().baseUrl(printed.get("RACEREG_FFTRI_BASE_URL")).build())).isPresent();

    String log = out.toString();
    assertThat(log).contains("pace POST /api/events/getParticipants 503", "pace POST /api/events/getParticipants 200",
        "rsu_api_key=***").doesNotContain(printed.get("RACEREG_RUNSIGNUP_RSU_API_KEY") + "&");

    serve.stop();
    assertThat(exit.get()).isZero();
    assertThat(serve.awaitStopped(Duration.ofSeconds(30))).isTrue();
    runner.shutdown();
    assertThat(runner.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(strays(before)).isEmpty();
  }

  @Test
  void aBadFlagValueIsAUsageErrorNamingTheFlag() {
    for (String[] args : new String[][] {{"--fault", "pace:7"}, {"--fault", "nope:503"}, {"--port", "runsignup=x"},
        {"--latency", "fast"}, {"--provider", "strava"}}) {
      CommandLine cli = RaceRegCommand.commandLine();
      StringWriter err = new StringWriter();
      cli.setErr(new PrintWriter(err, true));
      String[] full = Stream.concat(Stream.of("serve"), Stream.of(args)).toArray(String[]::new);
      assertThat(cli.execute(full)).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err.toString()).contains("'" + args[0] + "'").doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void redactsTheFftriOrganiserKeyAndSecretQueryValues() {
    assertThat(ServeCommand.redact("fftri", "/api/get-trials-by-orga/club/abc123", Map.of()))
        .isEqualTo("/api/get-trials-by-orga/club/***");
    assertThat(ServeCommand.redact("runsignup", "/Rest/race/1", Map.of("api_key", java.util.List.of("k"))))
        .isEqualTo("/Rest/race/1?api_key=***");
    assertThat(ServeCommand.redact("runsignup", "/Rest/race/1", Map.of("format", java.util.List.of("json"))))
        .isEqualTo("/Rest/race/1?format=json");
  }

  /**
   * Threads started during the test and still alive, ignoring the JVM's, the common pool's and
   * the HTTP clients' own (which belong to the clients, not to the server).
   */
  private static Set<Thread> strays(Set<Thread> before) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    Set<Thread> left;
    do {
      left = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> !before.contains(t) && t.isAlive())
          .filter(t -> !t.getName().startsWith("ForkJoinPool.commonPool") && !t.getName().startsWith("HttpClient-")
              && !t.getName().equals("Attach Listener") && !t.getName().startsWith("process reaper")
              // the real clients' OkHttp pool and Okio's process-wide timeout watchdog, not serve's
              && !t.getName().startsWith("OkHttp ") && !t.getName().equals("Okio Watchdog"))
          .collect(Collectors.toSet());
      if (!left.isEmpty()) {
        Thread.onSpinWait();
        Thread.yield();
      }
    } while (!left.isEmpty() && System.nanoTime() < deadline);
    return left;
  }
}
