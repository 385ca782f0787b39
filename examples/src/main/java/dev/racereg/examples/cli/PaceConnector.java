package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.unified.RegistrationSource;
import dev.racereg.pace.PaceClient;
import dev.racereg.pace.PaceCredentials;
import dev.racereg.testkit.pace.PaceSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** PACE: exports registrations (no bib push: PACE's API only reads). */
final class PaceConnector implements Connector {

  static final SettingKey API_ID = SettingKey.required("pace.api-id", "API ID from your PACE profile");
  static final SettingKey API_SECRET = SettingKey.secret("pace.api-secret", "API secret e-mailed with the ID");
  static final SettingKey ACCESS_CODE = SettingKey.secret("pace.access-code", "the event's access code from the organiser");
  static final SettingKey EVENT = SettingKey.required("pace.event", "the event's slug or URL");

  @Override
  public String provider() {
    return "pace";
  }

  @Override
  public String displayName() {
    return "PACE (Finland)";
  }

  @Override
  public List<SettingKey> settings() {
    return List.of(API_ID, API_SECRET, ACCESS_CODE, EVENT);
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(true, false, false, false);
  }

  @Override
  public Optional<RegistrationSource> registrations(Settings settings, ClientOptions options) {
    PaceClient client = PaceClient.builder()
        .credentials(PaceCredentials.of(settings.require(API_ID), settings.requireSecret(API_SECRET)))
        .options(options)
        .build();
    return Optional.of(client.registrationSource(settings.require(ACCESS_CODE), settings.require(EVENT)));
  }

  @Override
  public Sandbox startSandbox(SandboxSpec spec) {
    PaceSimulator sim = PaceSimulator.builder().seed(spec.seed()).participants(spec.participantsOr(120)).build()
        .start(spec.port());
    return new Sandbox(Settings.of(Map.of(API_ID.name(), sim.credentials().apiId(), API_SECRET.name(), sim.credentials().apiSecret(),
        ACCESS_CODE.name(), sim.credentials().accessCode(), EVENT.name(), sim.eventSlug())), sim.baseUrl(), sim);
  }
}
