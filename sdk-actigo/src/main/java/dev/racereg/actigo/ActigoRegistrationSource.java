package dev.racereg.actigo;

import dev.racereg.core.internal.Validation;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.RegistrationSource;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One Actigo activity's registrations in the unified view, for timing software that reads from
 * several platforms. Bound to the activity and to an {@link ActigoClient}; mapped by
 * {@link ActigoRegistrationMapper} (provider {@value ActigoRegistrationMapper#PROVIDER}, native
 * id the registration id, start number as bib). Immutable and thread-safe; each call makes one
 * JSON download and streams its answer.
 */
public final class ActigoRegistrationSource implements RegistrationSource {

  private final ActigoClient client;
  private final RegistrationsParams params;
  private final ActigoRegistrationMapper mapper;

  /**
   * A source for one activity.
   *
   * @param client the client to read with
   * @param activityId the organised activity's id (24 hexadecimal digits)
   * @throws dev.racereg.core.error.ValidationException if the id is not 24 hexadecimal digits
   */
  public ActigoRegistrationSource(ActigoClient client, String activityId) {
    this.client = Validation.required(client, "client");
    this.params = RegistrationsParams.of(activityId);
    this.mapper = new ActigoRegistrationMapper(params.activityId());
  }

  /** {@value ActigoRegistrationMapper#PROVIDER}. */
  @Override
  public String provider() {
    return ActigoRegistrationMapper.PROVIDER;
  }

  /** The organised activity's id. */
  @Override
  public String eventKey() {
    return params.activityId();
  }

  /**
   * Every registration of the activity, in Actigo's order. Close the stream if you stop early.
   *
   * @throws dev.racereg.core.error.RaceRegException as {@link ActigoClient#registrations}
   */
  @Override
  public Stream<Registration> registrations() {
    return client.registrations(params).map(mapper::toRegistration);
  }

  /**
   * Every registration: Actigo has no change filter and no update time on a registration, so the
   * caller diffs (see {@link #supportsUpdatedAfter()}).
   *
   * @throws dev.racereg.core.error.RaceRegException as {@link ActigoClient#registrations}
   */
  @Override
  public Stream<Registration> registrationsUpdatedAfter(Instant watermark) {
    Objects.requireNonNull(watermark, "watermark");
    return registrations();
  }

  /** False: Actigo cannot filter by change time. */
  @Override
  public boolean supportsUpdatedAfter() {
    return false;
  }

  @Override
  public String toString() {
    return "ActigoRegistrationSource{activity=" + params.activityId() + "}";
  }
}
