package dev.racereg.examples.cli;

import dev.racereg.actigo.ActigoClient;
import dev.racereg.actigo.ActigoCredentials;
import dev.racereg.actigo.ActigoResultPushTarget;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.unified.BibPushTarget;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.core.unified.ResultPushTarget;
import java.time.Instant;
import dev.racereg.testkit.actigo.ActigoSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Actigo: exports registrations and accepts start numbers and results back. */
final class ActigoConnector implements Connector {

  static final SettingKey KEY_NAME = SettingKey.required("actigo.key-name", "access key name from actigo.app/developers");
  static final SettingKey KEY_SECRET = SettingKey.secret("actigo.key-secret", "access key secret");
  static final SettingKey ACTIVITY = SettingKey.required("actigo.activity-id", "the organised activity (race), 24 hex digits");

  @Override
  public String provider() {
    return "actigo";
  }

  @Override
  public String displayName() {
    return "Actigo (Czech Republic)";
  }

  @Override
  public List<SettingKey> settings() {
    return List.of(KEY_NAME, KEY_SECRET, ACTIVITY);
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(true, true, false, true);
  }

  @Override
  public Optional<RegistrationSource> registrations(Settings settings, ClientOptions options) {
    return Optional.of(client(settings, options).registrationSource(settings.require(ACTIVITY)));
  }

  @Override
  public Optional<BibPushTarget> bibs(Settings settings, ClientOptions options) {
    return Optional.of(client(settings, options).bibPushTarget(settings.require(ACTIVITY)));
  }

  /** Actigo has no named result sets: the name is not used. */
  @Override
  public Optional<ResultPushTarget> results(Settings settings, ClientOptions options, String resultSetName,
      Instant raceStart) {
    return Optional.of(ActigoResultPushTarget.builder(client(settings, options), settings.require(ACTIVITY))
        .raceStart(raceStart).build());
  }

  private static ActigoClient client(Settings settings, ClientOptions options) {
    return ActigoClient.builder()
        .credentials(ActigoCredentials.of(settings.require(KEY_NAME), settings.requireSecret(KEY_SECRET).reveal()))
        .options(options)
        .build();
  }

  @Override
  public Sandbox startSandbox(SandboxSpec spec) {
    ActigoSimulator sim = ActigoSimulator.builder().seed(spec.seed()).registrations(spec.participantsOr(150)).build()
        .start(spec.port());
    return new Sandbox(Settings.of(Map.of(KEY_NAME.name(), sim.credentials().keyName(), KEY_SECRET.name(), sim.credentials().keySecret(),
        ACTIVITY.name(), sim.activityId())), sim.baseUrl(), sim);
  }
}
