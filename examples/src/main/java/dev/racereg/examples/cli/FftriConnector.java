package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.unified.LicenceVerifier;
import dev.racereg.fftri.FftriCredentials;
import dev.racereg.fftri.FftriClient;
import dev.racereg.testkit.fftri.FftriSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** FFTri espacetri: checks triathlon licences for a season. */
final class FftriConnector implements Connector {

  static final SettingKey USERNAME = SettingKey.required("fftri.username", "X-USER name given by the FFTri");
  static final SettingKey API_KEY = SettingKey.secret("fftri.api-key", "API key given by the FFTri");
  static final SettingKey PASSPHRASE = new SettingKey("fftri.passphrase",
      "pass compétition passphrase (not needed for licence checks)", true, false);

  @Override
  public String provider() {
    return "fftri";
  }

  @Override
  public String displayName() {
    return "FFTri espacetri (France)";
  }

  @Override
  public List<SettingKey> settings() {
    return List.of(USERNAME, API_KEY, PASSPHRASE);
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(false, false, true, false);
  }

  @Override
  public Optional<LicenceVerifier> licences(Settings settings, ClientOptions options) {
    FftriCredentials.Builder credentials = FftriCredentials.builder().username(settings.require(USERNAME))
        .apiKey(settings.requireSecret(API_KEY));
    settings.get(PASSPHRASE).ifPresent(credentials::passphrase);
    return Optional.of(FftriClient.builder().credentials(credentials.build()).options(options).build().licenceVerifier());
  }

  @Override
  public Sandbox startSandbox(SandboxSpec spec) {
    FftriSimulator.Builder builder = FftriSimulator.builder().seed(spec.seed());
    if (spec.participants() >= 0) {
      builder.licenceHolders(spec.participants());
    }
    FftriSimulator sim = builder.build().start(spec.port());
    // a few of each kind for the demo; fewer when serve was asked for a small population
    List<String> sample = new ArrayList<>(first(sim.licenceNumbersValidFor(sim.currentSeason().id()), 8));
    sample.addAll(first(sim.lapsedLicenceNumbers(), 2));
    sample.addAll(first(sim.unknownLicenceNumbers(), 2));
    return new Sandbox(Settings.of(Map.of(USERNAME.name(), sim.credentials().username(), API_KEY.name(), sim.credentials().apiKey(),
        PASSPHRASE.name(), sim.credentials().passphrase(), DemoCommand.DEMO_LICENCES.name(), String.join(",", sample))),
        sim.baseUrl(), sim);
  }

  private static List<String> first(List<String> list, int n) {
    return list.subList(0, Math.min(n, list.size()));
  }
}
