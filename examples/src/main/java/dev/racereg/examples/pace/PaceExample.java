package dev.racereg.examples.pace;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.model.Registration;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.pace.PaceLanguage;
import dev.racereg.pace.PaceParticipant;
import dev.racereg.pace.PaceRegistrationSource;
import dev.racereg.pace.ParticipantsParams;
import dev.racereg.testkit.pace.PaceSimulator;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A first tour of the PACE client: export an event's participants, read them typed, and sync them
 * as unified registrations.
 *
 * <p>By default it starts the PACE simulator in this process and talks to it, so it runs
 * anywhere without an account. To talk to the real PACE instead, set all four environment
 * variables:
 * <ul>
 *   <li>{@code PACE_API_ID}: your API ID (from "Create new API credentials" on your PACE profile)</li>
 *   <li>{@code PACE_API_SECRET}: your API secret (e-mailed with the ID)</li>
 *   <li>{@code PACE_ACCESS_CODE}: the event's access code (from the organiser's "API export
 *       settings")</li>
 *   <li>{@code PACE_EVENT}: the event's slug ({@code pace-triathlon-espoo}) or its URL
 *       ({@code https://pace.sport/events/pace-triathlon-espoo})</li>
 * </ul>
 * Against the real platform it only reads.
 */
public final class PaceExample {

  private PaceExample() {}

  /** Runs the tour against the simulator, or against PACE when the variables above are set. */
  public static void main(String[] args) {
    run(System.getenv(), System.out);
  }

  /** The tour, with its environment and output passed in (so it can be tested). */
  static void run(Map<String, String> env, PrintStream out) {
    if (env.containsKey("PACE_API_ID") && env.containsKey("PACE_API_SECRET")
        && env.containsKey("PACE_ACCESS_CODE") && env.containsKey("PACE_EVENT")) {
      out.println("Talking to PACE at " + PaceClient.DEFAULT_BASE_URL);
      PaceClient pace = PaceClient.builder()
          .credentials(PaceCredentials.of(env.get("PACE_API_ID"), env.get("PACE_API_SECRET")))
          .build();
      tour(pace, env.get("PACE_ACCESS_CODE"), env.get("PACE_EVENT"), out);
    } else {
      try (PaceSimulator sim = PaceSimulator.builder().participants(250).build().start()) {
        out.println("Talking to the PACE simulator at " + sim.baseUrl()
            + " (set PACE_API_ID, PACE_API_SECRET, PACE_ACCESS_CODE and PACE_EVENT for the real PACE)");
        PaceClient pace = PaceClient.builder()
            .credentials(PaceCredentials.of(sim.credentials().apiId(), sim.credentials().apiSecret()))
            .options(ClientOptions.builder().baseUrl(sim.baseUrl()).build())
            .build();
        tour(pace, sim.credentials().accessCode(), sim.eventSlug(), out);
      }
    }
  }

  private static void tour(PaceClient pace, String accessCode, String event, PrintStream out) {
    // 1. The export, streamed: memory stays flat however large the event. Close the stream.
    ParticipantsParams everyone = ParticipantsParams.of(accessCode, event);
    Map<String, Long> perDistance;
    try (Stream<PaceParticipant> participants = pace.participants(everyone)) {
      perDistance = participants.collect(Collectors.groupingBy(
          p -> p.distance().orElse("(no distance)"), TreeMap::new, Collectors.counting()));
    }
    out.println("Participants per distance: " + perDistance);

    // 2. Typed fields, and the unknown members (the organiser's own questions), on the newest.
    pace.participantList(everyone).stream().findFirst().ifPresent(p -> {
      out.println("Latest update: " + p.firstName().orElse("?") + " " + p.lastName().orElse("?")
          + ", " + p.distance().orElse("?") + ", paid " + p.payment().map(Object::toString).orElse("nothing")
          + ", status " + p.status().map(Object::toString).orElse("?")
          + ", updated " + p.updatedAt().map(Object::toString).orElse("?"));
      out.println("Organiser's own questions: " + p.unknownFields());
    });

    // 3. Finnish keys: the typed view is the same, the keys as received are translated.
    pace.participantList(everyone.toBuilder().language(PaceLanguage.FI).build()).stream().findFirst()
        .ifPresent(p -> out.println("Finnish keys: " + p.row().keySet()));

    // 4. The unified view, for software that syncs several platforms the same way.
    PaceRegistrationSource source = pace.registrationSource(accessCode, event);
    Instant watermark;
    try (Stream<Registration> registrations = source.registrations()) {
      watermark = registrations.map(r -> r.updatedAt().orElse(Instant.EPOCH))
          .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }
    out.println("Newest change: " + watermark);
    Instant dayBefore = watermark.minus(1, ChronoUnit.DAYS);
    try (Stream<Registration> changed = source.registrationsUpdatedAfter(dayBefore)) {
      changed.limit(3).forEach(r -> out.println("Changed in the last day: " + r.id() + " " + r.status()
          + " " + r.participant().fullName() + " (" + r.raceName().orElse("?") + ")"));
    }
  }
}
