package dev.racereg.examples.actigo;

import dev.racereg.actigo.ActigoBibPushTarget;
import dev.racereg.actigo.ActigoClient;
import dev.racereg.actigo.ActigoCredentials;
import dev.racereg.actigo.ActigoRegistration;
import dev.racereg.actigo.ActigoResult;
import dev.racereg.actigo.RegistrationState;
import dev.racereg.actigo.RegistrationSyncItem;
import dev.racereg.actigo.RegistrationsCsv;
import dev.racereg.actigo.RegistrationsParams;
import dev.racereg.actigo.Sex;
import dev.racereg.actigo.SplitTime;
import dev.racereg.actigo.SyncPerson;
import dev.racereg.actigo.SyncRegistrationsParams;
import dev.racereg.actigo.SyncReport;
import dev.racereg.actigo.SyncResultsParams;
import dev.racereg.actigo.SyncedResult;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.core.model.RegistrationStatus;
import dev.racereg.core.unified.BibPlan;
import dev.racereg.core.unified.BibPush;
import dev.racereg.core.unified.StartList;
import dev.racereg.testkit.actigo.ActigoSimulator;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A first tour of the Actigo client: download an activity's registrations (JSON and CSV), read
 * them through the unified view, give start numbers and push them back, insert a registration
 * made outside Actigo, and sync results.
 *
 * <p>By default it starts the Actigo simulator in-process and talks to it, so it runs anywhere
 * without an account. To talk to the real Actigo instead, set:
 * <ul>
 *   <li>{@code ACTIGO_KEY_NAME} and {@code ACTIGO_KEY_SECRET}: an access key from
 *       {@code actigo.app/developers};</li>
 *   <li>{@code ACTIGO_ACTIVITY_ID}: the organised activity (race) to read, 24 hexadecimal
 *       digits;</li>
 *   <li>{@code ACTIGO_ALLOW_WRITES=yes} only if the tour may also change that activity (set start
 *       numbers, insert a test registration, upload a result). Without it, against the real
 *       platform, the tour only reads.</li>
 * </ul>
 */
public final class ActigoExample {

  private ActigoExample() {}

  /** Runs the tour against the simulator, or against Actigo when the variables above are set. */
  public static void main(String[] args) {
    String keyName = System.getenv("ACTIGO_KEY_NAME");
    if (keyName == null) {
      sandbox(System.out);
      return;
    }
    ActigoClient actigo = ActigoClient.builder()
        .credentials(ActigoCredentials.of(keyName, System.getenv("ACTIGO_KEY_SECRET")))
        .build();
    tour(actigo, System.getenv("ACTIGO_ACTIVITY_ID"), "yes".equals(System.getenv("ACTIGO_ALLOW_WRITES")), System.out);
  }

  /** Runs the tour against an Actigo simulator started for it, with 40 generated registrations. */
  public static void sandbox(PrintStream out) {
    try (ActigoSimulator sim = ActigoSimulator.builder().registrations(40).start()) {
      ActigoClient actigo = ActigoClient.builder()
          .credentials(ActigoCredentials.of(sim.credentials().keyName(), sim.credentials().keySecret()))
          .options(ClientOptions.builder().baseUrl(sim.baseUrl()).build())
          .build();
      out.println("Sandbox: the Actigo simulator at " + sim.baseUrl());
      tour(actigo, sim.activityId(), true, out);
    }
  }

  /**
   * The tour itself.
   *
   * @param actigo the client
   * @param activityId the organised activity
   * @param writes whether the tour may change the activity
   * @param out where to print
   */
  public static void tour(ActigoClient actigo, String activityId, boolean writes, PrintStream out) {
    // 1. Download the registrations as JSON (streamed; registrationList collects them)
    RegistrationsParams race = RegistrationsParams.of(activityId);
    List<ActigoRegistration> registrations = actigo.registrationList(race);
    out.println(registrations.size() + " registrations, for example:");
    registrations.stream().limit(3).forEach(r -> out.println("  " + r.code().orElse("-") + " "
        + r.person().name().orElse("?") + ", " + r.state() + ", start number "
        + r.startNumber().orElse("none") + ", paid " + r.amount().map(Object::toString).orElse("-")));

    // 2. The same as CSV: ordered columns, and the same typed rows
    RegistrationsCsv csv = actigo.registrationsCsv(race);
    out.println("CSV: " + csv.size() + " rows with columns " + csv.columns());

    // 3. The unified view, shared by every platform of the SDK
    List<Registration> unified;
    try (Stream<Registration> stream = actigo.registrationSource(activityId).registrations()) {
      unified = stream.toList();
    }
    Map<RegistrationStatus, Long> byStatus = unified.stream().collect(
        Collectors.groupingBy(Registration::status, () -> new TreeMap<>(
            (a, b) -> a.value().compareTo(b.value())), Collectors.counting()));
    out.println("Unified statuses: " + byStatus);

    if (!writes) {
      out.println("Read-only run: set ACTIGO_ALLOW_WRITES=yes to also try the syncs.");
      return;
    }

    // 4. Give start numbers to confirmed registrations without one and push them back
    List<Registration> numbered = BibPlan.builder().defaultFirst(1).width(4).build()
        .assign(StartList.of(unified));
    BibPush.Report pushed = BibPush.push(numbered,
        Map.of("actigo", ActigoBibPushTarget.builder(actigo, activityId).chunkSize(100).build()));
    out.println("Start numbers pushed: " + pushed.counts());

    // 5. Insert (or update, if it is there already) a registration made outside Actigo
    RegistrationSyncItem external = RegistrationSyncItem.builder()
        .state(RegistrationState.CONFIRMED)
        .startNumber("0999")
        .person(SyncPerson.builder().givenName("Lucie").surname("Horáková").sex(Sex.FEMALE)
            .birthDate(LocalDate.of(1992, 4, 18)).build())
        .build();
    SyncReport<RegistrationSyncItem, ActigoRegistration> inserted =
        actigo.syncRegistrations(SyncRegistrationsParams.of(activityId, List.of(external)));
    inserted.items().forEach(i -> out.println("External registration: " + i.status() + " "
        + i.result().flatMap(ActigoRegistration::syncResultType).map(Object::toString).orElse("")));

    // 6. Upload a result with split times for the first registrant
    ActigoRegistration winner = registrations.get(0);
    ActigoResult result = ActigoResult.builder()
        .person(SyncPerson.actigoUser(winner.person().id().orElseThrow()))
        .category("M40").position(1).positionByCategory(1).positionBySex(1)
        .startNumber(winner.startNumber().orElse(null))
        .time(Duration.ofMinutes(38).plusSeconds(12))
        .addSplitTime(SplitTime.ofKilometres(5, Instant.parse("2025-05-10T08:19:02Z")))
        .build();
    SyncReport<ActigoResult, SyncedResult> results =
        actigo.syncResults(SyncResultsParams.of(activityId, List.of(result)));
    out.println("Result: " + results.results().stream()
        .map(r -> r.syncResultType().map(Object::toString).orElse("?")).toList());
    if (!results.isComplete() || !inserted.isComplete()) {
      out.println("Not everything was applied: " + results.failure().or(inserted::failure)
          .map(Throwable::getMessage).orElse("an answer was missing"));
    }
  }
}
