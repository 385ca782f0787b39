package dev.racereg.testkit.fftri;

import static dev.racereg.testkit.fftri.FftriRequests.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * {@code get-trials-by-orga/{login}/{key}}: the organiser's upcoming trials, checked against the
 * organiser login and key (not the API credentials, which the router has checked first).
 */
final class FftriTrialsHandler {

  private final FftriWorld world;
  private final Clock clock;
  private final String organiserLogin;
  private final String organiserKey;

  FftriTrialsHandler(FftriWorld world, Clock clock, String organiserLogin, String organiserKey) {
    this.world = world;
    this.clock = clock;
    this.organiserLogin = organiserLogin;
    this.organiserKey = organiserKey;
  }

  // ---- organiser's trials ----------------------------------------------------------------

  MockResponse trialsByOrganiser(String login, String key) {
    if (!login.equals(organiserLogin) || !key.equalsIgnoreCase(organiserKey)) {
      throw new FftriRefusal(FftriWire.refusedOrganiser());
    }
    LocalDate today = today(clock);
    Map<String, Object> body = new LinkedHashMap<>();
    for (FftriEvent event : world.events) {
      Map<String, Object> trials = new LinkedHashMap<>();
      for (TrialRow t : event.trials()) {
        if (t.date().isBefore(today)) {
          continue;
        }
        Map<String, Object> trial = new LinkedHashMap<>();
        trial.put("id_trial", Integer.toString(t.id()));
        trial.put("name_trial", t.name());
        trial.put("date_trial", t.date().toString());
        trial.put("discipline", t.discipline());
        trial.put("distance", t.distance());
        trial.put("format", t.format());
        trial.put("label_trial", t.label());
        trial.put("pass_price", Integer.toString(t.passPrice()));
        trial.put("second_pass_price",
            t.secondPassPrice() == null ? null : Integer.toString(t.secondPassPrice()));
        trials.put(Integer.toString(t.id()), trial);
      }
      if (trials.isEmpty()) {
        continue;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id_event", Integer.toString(event.id()));
      out.put("name_event", event.name());
      out.put("date_start_event", event.startDate().toString());
      out.put("date_end_event", event.endDate().toString());
      out.put("league_id", Integer.toString(event.leagueId()));
      out.put("league", event.league());
      out.put("status", Integer.toString(event.status()));
      out.put("trials", trials);
      body.put(Integer.toString(event.id()), out);
    }
    return FftriWire.json(200, body);
  }
}
