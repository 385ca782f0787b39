package dev.racereg.core.unified;

import dev.racereg.core.model.Registration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The registrations of one event on one platform, as unified {@link Registration}s. A source is
 * bound to its event (and credentials) when it is created by the provider's client.
 *
 * <p>The returned streams read lazily from the platform; close them (try-with-resources) when
 * you stop early, so the connection is released.
 */
public interface RegistrationSource {

  /** The platform's short name, as in {@link Registration#provider()}. */
  String provider();

  /** Identifies the event on the platform, stable across runs (used to key sync state). */
  String eventKey();

  /**
   * Every registration of the event.
   *
   * @throws dev.racereg.core.error.RaceRegException if the platform cannot be read
   */
  Stream<Registration> registrations();

  /**
   * Registrations changed strictly after {@code watermark}, as far as the platform can tell.
   * Platforms without a change filter return every registration (callers diff them), which
   * {@link #supportsUpdatedAfter()} reports.
   *
   * @throws dev.racereg.core.error.RaceRegException if the platform cannot be read
   */
  Stream<Registration> registrationsUpdatedAfter(Instant watermark);

  /** Whether {@link #registrationsUpdatedAfter(Instant)} is filtered by the platform. */
  boolean supportsUpdatedAfter();
}
