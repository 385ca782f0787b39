package dev.racereg.examples.runsignup;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.BibAssignment;
import dev.racereg.core.unified.BibPushOutcome;
import dev.racereg.runsignup.CreateResultSetParams;
import dev.racereg.runsignup.GetRaceParams;
import dev.racereg.runsignup.GetResultsParams;
import dev.racereg.runsignup.ParticipantsParams;
import dev.racereg.runsignup.PostResultsParams;
import dev.racereg.runsignup.RegistrationPeriodsParams;
import dev.racereg.runsignup.RemovedParticipantsParams;
import dev.racereg.runsignup.ResultEntry;
import dev.racereg.runsignup.ResultSetsParams;
import dev.racereg.runsignup.RunSignupClient;
import dev.racereg.runsignup.RunSignupCredentials;
import dev.racereg.runsignup.RunSignupEvent;
import dev.racereg.runsignup.RunSignupParticipant;
import dev.racereg.runsignup.RunSignupRace;
import dev.racereg.runsignup.RunSignupRegistrationSource;
import dev.racereg.runsignup.RunSignupResult;
import dev.racereg.testkit.runsignup.RunSignupSimulator;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Your first RunSignup program: read a race, page through its participants, see who left, get the
 * unified start list, and (in the sandbox) write registration periods, bibs and results.
 *
 * <p>By default it starts the RunSignup simulator in-process and talks to it, so it runs anywhere
 * without an account. To read a real race instead, set these environment variables:
 * <ul>
 *   <li>{@code RUNSIGNUP_RACE_ID}: the race to read (required for real mode);</li>
 *   <li>{@code RUNSIGNUP_API_KEY} and {@code RUNSIGNUP_API_SECRET}: a permanent key pair; or</li>
 *   <li>{@code RUNSIGNUP_ACCESS_TOKEN}: an OAuth 2.0 access token instead of the key pair;</li>
 *   <li>{@code RACEREG_RUNSIGNUP_API_REG_TOKEN} and {@code RACEREG_RUNSIGNUP_API_REG_SECRET}: the API
 *       caller registration from RunSignup's API Keys page, required by RunSignup from 2027-01-01
 *       (both or neither).</li>
 * </ul>
 * Against the real platform the program only reads: the writes are shown in the sandbox only, so
 * trying the example never changes a real race.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=dev.racereg.examples.runsignup.RunSignupExample
 * </pre>
 */
public final class RunSignupExample {

  private RunSignupExample() {}

  /** Runs the example; see the class Javadoc for the environment variables. */
  /** The API caller registration token, as the CLI reads it. */
  static final String REG_TOKEN_ENV = "RACEREG_RUNSIGNUP_API_REG_TOKEN";
  /** The API caller registration secret, as the CLI reads it. */
  static final String REG_SECRET_ENV = "RACEREG_RUNSIGNUP_API_REG_SECRET";

  public static void main(String[] args) {
    run(System.getenv(), System.out);
  }

  /** Runs against the real platform when {@code env} names a race and credentials, else the sandbox. */
  public static void run(Map<String, String> env, PrintStream out) {
    String raceId = env.get("RUNSIGNUP_RACE_ID");
    RunSignupCredentials real = credentials(env);
    if (raceId != null && real != null) {
      out.println("Reading RunSignup race " + raceId + " (read only)");
      // the API caller registration RunSignup requires from 2027-01-01 (both or neither)
      RunSignupClient client = RunSignupClient.builder()
          .credentials(real.withCallerRegistration(env.get(REG_TOKEN_ENV), env.get(REG_SECRET_ENV))).build();
      tour(client, Long.parseLong(raceId.trim()), false, out);
      return;
    }
    out.println("No RUNSIGNUP_RACE_ID and credentials set: using the built-in RunSignup simulator");
    try (RunSignupSimulator sim = RunSignupSimulator.builder().participants(120).requireCallerRegistration(true)
        .build().start()) {
      RunSignupClient client = RunSignupClient.builder()
          .credentials(RunSignupCredentials.apiKey(sim.credentials().apiKey(), sim.credentials().apiSecret())
              .withCallerRegistration(sim.credentials().callerRegistrationToken(),
                  sim.credentials().callerRegistrationSecret()))
          .options(ClientOptions.builder().baseUrl(sim.baseUrl()).build())
          .build();
      tour(client, sim.raceId(), true, out);
    }
  }

  private static RunSignupCredentials credentials(Map<String, String> env) {
    if (env.get("RUNSIGNUP_ACCESS_TOKEN") != null) {
      return RunSignupCredentials.oauthAccessToken(env.get("RUNSIGNUP_ACCESS_TOKEN"));
    }
    if (env.get("RUNSIGNUP_API_KEY") != null && env.get("RUNSIGNUP_API_SECRET") != null) {
      return RunSignupCredentials.apiKey(env.get("RUNSIGNUP_API_KEY"), env.get("RUNSIGNUP_API_SECRET"));
    }
    return null;
  }

  private static void tour(RunSignupClient client, long raceId, boolean sandbox, PrintStream out) {
    // 1. The race and its events (RunSignup's "events" are the distances)
    RunSignupRace race = client.getRace(GetRaceParams.of(raceId));
    out.println("Race " + race.raceId() + ": " + race.name().orElse("?"));
    for (RunSignupEvent e : race.events()) {
      out.println("  event " + e.eventId() + " " + e.name().orElse("?") + ", starts "
          + e.startTime().map(Object::toString).orElse("?") + ", " + e.registrationPeriods().size()
          + " registration periods");
    }
    List<Long> eventIds = race.events().stream().map(RunSignupEvent::eventId).toList();
    if (eventIds.isEmpty()) {
      return;
    }

    // 2. Every participant, paged by registration id (no row skipped or repeated while paging)
    List<RunSignupParticipant> participants = client.getParticipants(ParticipantsParams.builder()
            .raceId(raceId).eventIds(eventIds).afterRegistrationId(0).resultsPerPage(1000).build())
        .autoPagingStream().toList();
    out.println(participants.size() + " participants");
    participants.stream().limit(3).forEach(p -> out.println("  " + p.registrationId() + " bib "
        + p.bibNum().orElse("-") + " " + p.user().flatMap(u -> u.lastName()).orElse("?")
        + ", paid " + p.amountPaid().map(Object::toString).orElse("?")));

    // 3. Who left, and why
    Map<String, Long> reasons = client.getRemovedParticipants(RemovedParticipantsParams.builder()
            .raceId(raceId).eventIds(eventIds).afterRegistrationId(0).build())
        .autoPagingStream()
        .collect(Collectors.groupingBy(r -> r.removedReason().map(Object::toString).orElse("?"), TreeMap::new,
            Collectors.counting()));
    out.println("Removed participants by reason: " + reasons);

    // 4. The unified view: the same registrations in the shape every racereg platform shares
    RunSignupRegistrationSource source = client.registrationSource(raceId,
        eventIds.stream().mapToLong(Long::longValue).toArray());
    List<Registration> registrations = source.registrations().toList();
    long onStartList = registrations.stream().filter(r -> r.status().isOnStartList()).count();
    out.println("Unified: " + registrations.size() + " registrations, " + onStartList + " on the start list");

    if (!sandbox) {
      return;
    }

    // 5. Sandbox only: replace an event's registration periods (RunSignup replaces them all)
    long eventId = eventIds.get(0);
    LocalDateTime opens = LocalDateTime.of(2026, 1, 1, 0, 0);
    client.setupRegistrationPeriods(RegistrationPeriodsParams.builder().raceId(raceId).eventId(eventId)
        .addPeriodCents(opens, opens.plusMonths(3).minusSeconds(1), 3500)
        .addPeriodCents(opens.plusMonths(3), opens.plusMonths(5), 4500)
        .build());
    out.println("Registration periods set: "
        + client.getRace(GetRaceParams.of(raceId)).event(eventId).orElseThrow().registrationPeriods().size());

    // 6. Sandbox only: push bibs back through the unified bib target
    List<RunSignupParticipant> firstEvent = participants.stream().filter(p -> p.eventId() == eventId).limit(2).toList();
    List<BibPushOutcome> outcomes = client.bibPushTarget(raceId).pushBibs(List.of(
        new BibAssignment(Long.toString(firstEvent.get(0).registrationId()), "8001"),
        new BibAssignment(Long.toString(firstEvent.get(1).registrationId()), "8002")));
    outcomes.forEach(o -> out.println("  bib " + o.assignment().bib() + " -> " + o.status()));

    // 7. Sandbox only: a result set, results matched by registration id, and reading them back
    long set = client.createResultSet(CreateResultSetParams.builder().raceId(raceId).eventId(eventId)
        .name("Overall").sourceName("racereg example").build());
    client.postFullResults(PostResultsParams.builder().raceId(raceId).eventId(eventId).resultSetId(set)
        .addResult(ResultEntry.byRegistrationId(firstEvent.get(0).registrationId()).place(1)
            .chipTime(Duration.ofSeconds(17 * 60 + 42)).build())
        .addResult(ResultEntry.byRegistrationId(firstEvent.get(1).registrationId()).place(2)
            .chipTime(Duration.ofSeconds(18 * 60 + 5)).build())
        .build());
    out.println("Result sets: " + client.getResultSets(ResultSetsParams.of(raceId, eventId)).size());
    for (RunSignupResult r : client.getResults(GetResultsParams.builder().raceId(raceId).eventId(eventId)
        .resultSetId(set).build()).items()) {
      out.println("  " + r.place().orElse(0) + ". " + r.firstName().orElse("") + " " + r.lastName().orElse("")
          + " " + r.chipTime().orElse("?"));
    }
  }
}
