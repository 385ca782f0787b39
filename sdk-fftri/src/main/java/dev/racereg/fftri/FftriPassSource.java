package dev.racereg.fftri;

import dev.racereg.core.internal.Validation;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.RegistrationSource;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A trial's passes compétition as unified registrations. The espacetri returns the whole list in
 * one response and has no change filter, so {@link #registrationsUpdatedAfter(Instant)} returns
 * every pass (callers diff them).
 */
final class FftriPassSource implements RegistrationSource {

  private final FftriClient client;
  private final ListPassesParams params;

  FftriPassSource(FftriClient client, ListPassesParams params) {
    this.client = Validation.required(client, "client");
    this.params = Objects.requireNonNull(params, "params");
  }

  @Override
  public String provider() {
    return FftriUnifiedMapper.PROVIDER;
  }

  @Override
  public String eventKey() {
    return "fftri:trial:" + params.trialId();
  }

  @Override
  public Stream<Registration> registrations() {
    List<Pass> passes = client.listPasses(params);
    return IntStream.range(0, passes.size())
        .mapToObj(i -> FftriUnifiedMapper.registration(passes.get(i), params.trialId(), i));
  }

  @Override
  public Stream<Registration> registrationsUpdatedAfter(Instant watermark) {
    Objects.requireNonNull(watermark, "watermark");
    return registrations();
  }

  @Override
  public boolean supportsUpdatedAfter() {
    return false;
  }

  @Override
  public String toString() {
    return "FftriPassSource{" + eventKey() + "}";
  }
}
