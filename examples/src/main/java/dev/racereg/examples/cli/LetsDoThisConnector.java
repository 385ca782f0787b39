package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.letsdothis.LetsDoThisClient;
import dev.racereg.letsdothis.LetsDoThisCredentials;
import dev.racereg.testkit.letsdothis.LetsDoThisSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Let's Do This: exports participants of one race, or of the whole organiser. */
final class LetsDoThisConnector implements Connector {

  static final SettingKey API_KEY = SettingKey.secret("letsdothis.api-key", "API key (a JWT) from settings / credentials");
  static final SettingKey RACE = SettingKey.optional("letsdothis.race-id",
      "the race (default: every participant of the organiser)");

  @Override
  public String provider() {
    return "letsdothis";
  }

  @Override
  public String displayName() {
    return "Let's Do This (UK)";
  }

  @Override
  public List<SettingKey> settings() {
    return List.of(API_KEY, RACE);
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(true, false, false, false);
  }

  @Override
  public Optional<RegistrationSource> registrations(Settings settings, ClientOptions options) {
    LetsDoThisClient client = LetsDoThisClient.builder().credentials(LetsDoThisCredentials.of(settings.requireSecret(API_KEY)))
        .options(options).build();
    return Optional.of(settings.get(RACE).map(client::registrationSource).orElseGet(client::registrationSource));
  }

  @Override
  public Sandbox startSandbox(SandboxSpec spec) {
    LetsDoThisSimulator sim = LetsDoThisSimulator.builder().seed(spec.seed()).participants(spec.participantsOr(300))
        .build().start(spec.port());
    return new Sandbox(Settings.of(Map.of(API_KEY.name(), sim.credentials().validToken(), RACE.name(), sim.raceIds().get(0))),
        sim.baseUrl(), sim);
  }
}
