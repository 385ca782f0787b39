package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.unified.BibPushTarget;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.core.unified.ResultPushTarget;
import dev.racereg.runsignup.GetResultsParams;
import dev.racereg.runsignup.ResultSetsParams;
import dev.racereg.runsignup.RunSignupResultPushTarget;
import dev.racereg.runsignup.RunSignupResultSet;
import java.time.Instant;
import java.util.OptionalLong;
import dev.racereg.runsignup.GetRaceParams;
import dev.racereg.runsignup.RunSignupClient;
import dev.racereg.runsignup.RunSignupCredentials;
import dev.racereg.runsignup.RunSignupEvent;
import dev.racereg.testkit.runsignup.RunSignupSimulator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RunSignup: exports participants (with removals) and accepts bibs back. Credentials: an API v2
 * key pair (sent with the secret in a header, preferred), else a classic key pair (query
 * string), else an OAuth access token, else (deprecated by RunSignup) an e-mail and password. Every
 * mode takes the API caller registration RunSignup requires from 2027-01-01.
 */
final class RunSignupConnector implements Connector {

  static final SettingKey RACE = SettingKey.required("runsignup.race-id", "the race id");
  static final SettingKey EVENTS = SettingKey.optional("runsignup.event-ids",
      "comma-separated event ids (default: every event of the race)");
  static final SettingKey RSU_KEY = SettingKey.optional("runsignup.rsu-api-key", "API v2 key (preferred)");
  static final SettingKey RSU_SECRET = new SettingKey("runsignup.rsu-api-secret", "API v2 secret", true, false);
  static final SettingKey API_KEY = SettingKey.optional("runsignup.api-key", "classic API key");
  static final SettingKey API_SECRET = new SettingKey("runsignup.api-secret", "classic API secret", true, false);
  static final SettingKey TOKEN = new SettingKey("runsignup.access-token", "OAuth 2.0 access token", true, false);
  static final SettingKey EMAIL = SettingKey.optional("runsignup.email",
      "DEPRECATED by RunSignup since 2026-02-01: e-mail for temporary keys (use OAuth 2.0 or a key)");
  static final SettingKey PASSWORD = new SettingKey("runsignup.password",
      "DEPRECATED by RunSignup since 2026-02-01: password for temporary keys", true, false);
  static final SettingKey REG_TOKEN = new SettingKey("runsignup.api-reg-token",
      "API caller registration token <id>.<token> (RunSignup API Keys page; required from 2027-01-01)", true, false);
  static final SettingKey REG_SECRET = new SettingKey("runsignup.api-reg-secret",
      "API caller registration secret (with the token; required from 2027-01-01)", true, false);

  @Override
  public String provider() {
    return "runsignup";
  }

  @Override
  public String displayName() {
    return "RunSignup (USA)";
  }

  @Override
  public List<SettingKey> settings() {
    return List.of(RACE, EVENTS, REG_TOKEN, REG_SECRET, RSU_KEY, RSU_SECRET, API_KEY, API_SECRET, TOKEN, EMAIL,
        PASSWORD);
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(true, true, false, true);
  }

  @Override
  public Optional<RegistrationSource> registrations(Settings settings, ClientOptions options) {
    RunSignupClient client = client(settings, options);
    long race = id(settings.require(RACE));
    // without explicit events, every event of the race: one read of the race finds them
    long[] events = settings.get(EVENTS).map(list -> Arrays.stream(list.split(",")).map(String::trim)
        .mapToLong(RunSignupConnector::id).toArray())
        .orElseGet(() -> client.getRace(GetRaceParams.of(race)).events().stream()
            .mapToLong(RunSignupEvent::eventId).toArray());
    return Optional.of(client.registrationSource(race, events));
  }

  @Override
  public Optional<BibPushTarget> bibs(Settings settings, ClientOptions options) {
    return Optional.of(client(settings, options).bibPushTarget(id(settings.require(RACE))));
  }

  /** Results go into the named set of each event (found by name or created once). */
  @Override
  public Optional<ResultPushTarget> results(Settings settings, ClientOptions options, String resultSetName,
      Instant raceStart) {
    RunSignupClient client = client(settings, options);
    long race = id(settings.require(RACE));
    RunSignupResultPushTarget.Builder b = RunSignupResultPushTarget.builder(client).raceId(race)
        .resultSetName(resultSetName);
    for (long event : events(settings, client, race)) {
      b.eventId(event);
    }
    return Optional.of(b.build());
  }

  /** Rows of the named set, all events together, read back with get-results. */
  @Override
  public OptionalLong countResults(Settings settings, ClientOptions options, String resultSetName) {
    RunSignupClient client = client(settings, options);
    long race = id(settings.require(RACE));
    long count = 0;
    for (long event : events(settings, client, race)) {
      for (RunSignupResultSet set : client.getResultSets(ResultSetsParams.of(race, event))) {
        if (set.name().map(resultSetName::equalsIgnoreCase).orElse(false)) {
          count += client.getResults(GetResultsParams.builder().raceId(race).eventId(event)
              .resultSetId(set.resultSetId()).build()).autoPagingStream().count();
        }
      }
    }
    return OptionalLong.of(count);
  }

  private static long[] events(Settings settings, RunSignupClient client, long race) {
    return settings.get(EVENTS).map(list -> Arrays.stream(list.split(",")).map(String::trim)
        .mapToLong(RunSignupConnector::id).toArray())
        .orElseGet(() -> client.getRace(GetRaceParams.of(race)).events().stream()
            .mapToLong(RunSignupEvent::eventId).toArray());
  }

  @Override
  public List<String> warnings(Settings settings) {
    boolean tmpKeys = settings.get(EMAIL).isPresent() && settings.get(RSU_KEY).isEmpty()
        && settings.get(API_KEY).isEmpty() && settings.get(TOKEN).isEmpty();
    List<String> warnings = new java.util.ArrayList<>();
    if (tmpKeys) {
      warnings.add("warning: RunSignup deprecated e-mail/password temporary keys on 2026-02-01; "
          + "use OAuth 2.0 (" + TOKEN.name() + ") or an API key (" + RSU_KEY.name() + ")");
    }
    if (settings.get(REG_TOKEN).isEmpty() && settings.get(REG_SECRET).isEmpty()) {
      warnings.add("warning: no RunSignup API caller registration (" + REG_TOKEN.name() + ", " + REG_SECRET.name()
          + "): RunSignup refuses unregistered callers from 2027-01-01; get one on its API Keys page");
    }
    return warnings;
  }

  private static RunSignupClient client(Settings settings, ClientOptions options) {
    RunSignupCredentials credentials = credentials(settings);
    try {
      // the credentials carry the API caller registration RunSignup requires from 2027-01-01
      credentials = credentials.withCallerRegistration(settings.get(REG_TOKEN).orElse(null),
          settings.get(REG_SECRET).orElse(null));
    } catch (ValidationException e) {
      throw new CliException(ExitCode.BAD_INPUT, "RunSignup API caller registration: set both "
          + REG_TOKEN.name() + " and " + REG_SECRET.name() + ", or neither (" + e.getMessage() + ")");
    }
    // the client keeps RunSignup's two-calls-at-a-time limit for every command and thread
    return RunSignupClient.builder().credentials(credentials).options(options).build();
  }

  private static RunSignupCredentials credentials(Settings settings) {
    if (settings.get(RSU_KEY).isPresent()) {
      return RunSignupCredentials.rsuApiKey(settings.require(RSU_KEY), settings.require(RSU_SECRET));
    }
    if (settings.get(API_KEY).isPresent()) {
      return RunSignupCredentials.apiKey(settings.require(API_KEY), settings.require(API_SECRET));
    }
    if (settings.get(TOKEN).isPresent()) {
      return RunSignupCredentials.oauthAccessToken(settings.require(TOKEN));
    }
    if (settings.get(EMAIL).isPresent()) {
      return temporaryKeys(settings.require(EMAIL), settings.require(PASSWORD));
    }
    throw new CliException(ExitCode.BAD_INPUT, "RunSignup needs credentials: set " + RSU_KEY.name() + " and "
        + RSU_SECRET.name() + " (preferred), or " + API_KEY.name() + " and " + API_SECRET.name() + ", or "
        + TOKEN.name());
  }

  /** The deprecated mode, still answering at RunSignup; {@link #warnings} says so once per command. */
  @SuppressWarnings("deprecation")
  private static RunSignupCredentials temporaryKeys(String email, String password) {
    return RunSignupCredentials.login(email, password);
  }

  private static long id(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new CliException(ExitCode.BAD_INPUT, "not a RunSignup id: '" + value + "'");
    }
  }

  @Override
  public Sandbox startSandbox(SandboxSpec spec) {
    // requires the caller registration, as RunSignup does from 2027-01-01, so users rehearse it
    RunSignupSimulator sim = RunSignupSimulator.builder().seed(spec.seed()).participants(spec.participantsOr(200))
        .requireCallerRegistration(true).build().start(spec.port());
    return new Sandbox(Settings.of(Map.of(RACE.name(), Long.toString(sim.raceId()),
        RSU_KEY.name(), sim.credentials().rsuApiKey(), RSU_SECRET.name(), sim.credentials().rsuApiSecret(),
        REG_TOKEN.name(), sim.credentials().callerRegistrationToken(), REG_SECRET.name(), sim.credentials().callerRegistrationSecret())),
        sim.baseUrl(), sim);
  }
}
