package dev.racereg.examples.fftri;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.unified.LicenceCheck;
import dev.racereg.core.unified.LicenceQuery;
import dev.racereg.fftri.CreatePassParams;
import dev.racereg.fftri.CreatedPass;
import dev.racereg.fftri.FftriCredentials;
import dev.racereg.fftri.FftriClient;
import dev.racereg.fftri.FftriLicenceVerifier;
import dev.racereg.fftri.ListPassesParams;
import dev.racereg.fftri.OrganiserEvent;
import dev.racereg.fftri.Pass;
import dev.racereg.fftri.PassType;
import dev.racereg.fftri.Season;
import dev.racereg.fftri.Trial;
import dev.racereg.fftri.TrialsByOrganiserParams;
import dev.racereg.fftri.VerifyPassParams;
import dev.racereg.testkit.fftri.FftriSimulator;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A first tour of the FFTri espacetri client: check the credentials, list seasons, verify
 * licences in bulk, list an organiser's trials, and sell a pass compétition.
 *
 * <p>By default it starts the FFTri simulator in-process and talks to it, so it runs anywhere
 * with no account. With real credentials in the environment it talks to the real espacetri
 * instead, and creates passes only in test mode ({@code testEdition}, nothing is created):
 * <ul>
 *   <li>{@code FFTRI_USERNAME}: the {@code X-USER} value given by the FFTri (switches to the real platform);</li>
 *   <li>{@code FFTRI_API_KEY}: the API key given by the FFTri;</li>
 *   <li>{@code FFTRI_PASSPHRASE}: the technical provider passphrase (optional; needed for passes);</li>
 *   <li>{@code FFTRI_LICENCES}: comma-separated licence numbers to check (optional);</li>
 *   <li>{@code FFTRI_ORGANISER_LOGIN} and {@code FFTRI_ORGANISER_KEY}: an organiser's espacetri
 *       login and API key, to list their trials (optional).</li>
 * </ul>
 */
public final class FftriExample {

  private FftriExample() {}

  /** Runs the tour against the simulator, or the real platform when {@code FFTRI_USERNAME} is set. */
  public static void main(String[] args) {
    run(System.getenv(), System.out);
  }

  /**
   * Runs the tour.
   *
   * @param env where the credentials are read from (the process environment in {@link #main})
   * @param out where the tour prints
   */
  public static void run(Map<String, String> env, PrintStream out) {
    if (env.get("FFTRI_USERNAME") != null) {
      FftriCredentials credentials = FftriCredentials.builder().username(env.get("FFTRI_USERNAME"))
          .apiKey(env.get("FFTRI_API_KEY")).passphrase(env.get("FFTRI_PASSPHRASE")).build(); // no passphrase: null
      FftriClient fftri = FftriClient.builder().credentials(credentials).build(); // production base URL
      List<String> licences = env.get("FFTRI_LICENCES") == null ? List.of() : List.of(env.get("FFTRI_LICENCES").split(","));
      tour(fftri, licences, env.get("FFTRI_ORGANISER_LOGIN"), env.get("FFTRI_ORGANISER_KEY"), true, out);
      return;
    }
    try (FftriSimulator sim = FftriSimulator.builder().seed(7).build().start()) {
      out.println("Sandbox: FFTri simulator at " + sim.baseUrl());
      FftriClient fftri = FftriClient.builder()
          .credentials(FftriCredentials.of(sim.credentials().username(), sim.credentials().apiKey(), sim.credentials().passphrase()))
          .options(ClientOptions.builder().baseUrl(sim.baseUrl()).build())
          .build();
      List<String> licences = new ArrayList<>(sim.licenceNumbersValidFor(sim.currentSeason().id()).subList(0, 3));
      licences.add(sim.lapsedLicenceNumbers().get(0));
      licences.add(sim.unknownLicenceNumbers().get(0));
      tour(fftri, licences, sim.credentials().organiserLogin(), sim.credentials().organiserKey(), false, out);
    }
  }

  private static void tour(FftriClient fftri, List<String> licences, String organiserLogin, String organiserKey,
      boolean realPlatform, PrintStream out) {
    // 1. the credentials work
    out.println("Connected as: " + fftri.ping().name().orElse("?"));

    // 2. seasons come keyed by id; each keeps its id
    List<Season> seasons = fftri.seasons();
    Season latest = seasons.get(seasons.size() - 1);
    out.println(seasons.size() + " seasons, latest " + latest.name().orElse("?") + " (id " + latest.id() + ")");

    // 3. licence checks, in bulk, in input order: VALID, WRONG_SEASON, NOT_FOUND or ERROR
    FftriLicenceVerifier verifier = fftri.licenceVerifier();
    List<LicenceQuery> queries = licences.stream().map(String::strip).map(LicenceQuery::of).toList();
    for (LicenceCheck check : verifier.verifyAll(queries)) {
      out.println("Licence " + check.query().licenceNumber() + ": " + check.outcome()
          + check.licence().flatMap(l -> l.season()).map(s -> " (season " + s + ")").orElse(""));
    }

    // 4. an organiser's upcoming trials, each with its pass compétition price
    if (organiserLogin == null || organiserKey == null) {
      return;
    }
    List<OrganiserEvent> events = fftri.trialsByOrganiser(TrialsByOrganiserParams.builder()
        .login(organiserLogin).key(organiserKey).build());
    for (OrganiserEvent event : events) {
      out.println("Event " + event.name().orElse("?") + " (" + event.startDate().orElse(null) + ")");
      for (Trial trial : event.trials()) {
        out.println("  trial " + trial.id() + " " + trial.name().orElse("?") + ", pass "
            + trial.passPrice().map(Object::toString).orElse("n/a"));
      }
    }
    if (events.isEmpty() || events.get(0).trials().isEmpty() || !fftri.credentials().hasPassphrase()) {
      return;
    }

    // 5. sell a pass compétition for the first trial (in test mode on the real platform), check it, list the trial's passes
    Trial trial = events.get(0).trials().get(0);
    CreatedPass pass = fftri.createPass(CreatePassParams.builder()
        .trialId(trial.id())
        .firstName("Camille").lastName("Martin").birthDate(LocalDate.of(1990, 5, 17))
        .price(trial.passPrice().orElseThrow())
        .type(PassType.INDIVIDUAL)
        .customerEmail(realPlatform ? null : "camille.martin@example.org")
        .testEdition(realPlatform)
        .build());
    out.println("Pass created: " + pass.passNumber().orElse("?") + (realPlatform ? " (test edition: nothing created)" : ""));
    if (realPlatform) {
      return;
    }
    Pass checked = fftri.verifyPass(VerifyPassParams.builder().passNumber(pass.passNumber().orElseThrow())
        .trialId(trial.id()).build());
    out.println("Pass " + checked.passNumber().orElse("?") + " is " + checked.status().orElse(null)
        + ", usable: " + checked.isUsable());
    List<Pass> passes = fftri.listPasses(ListPassesParams.builder().trialId(trial.id()).build());
    out.println("Trial " + trial.id() + " has " + passes.size() + " passes");
  }
}
