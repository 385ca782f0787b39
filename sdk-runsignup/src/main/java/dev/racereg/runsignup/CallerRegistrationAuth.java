package dev.racereg.runsignup;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import java.util.Objects;

/**
 * Adds the API caller registration to every request another strategy authenticated (or to a bare
 * request on public endpoints), and masks both values. A rejection of the registration itself
 * (error 17) is never answered by renewing the inner credentials: new race credentials cannot
 * fix it. Thread-safe when the inner strategy is.
 */
final class CallerRegistrationAuth implements AuthStrategy {

  /** The query parameter carrying the token (seen in public clients of 2026). */
  static final String TOKEN_PARAM = "rsu_api_reg";
  /** The header carrying the secret (seen in public clients of 2026). */
  static final String SECRET_HEADER = "X-RSU-API-REG-SECRET";

  private final AuthStrategy inner;
  private final RunSignupCallerRegistration registration;

  CallerRegistrationAuth(AuthStrategy inner, RunSignupCallerRegistration registration) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.registration = Objects.requireNonNull(registration, "registration");
  }

  /** {@code inner} with the registration added, or {@code inner} itself when there is none. */
  static AuthStrategy wrap(AuthStrategy inner, RunSignupCallerRegistration registration) {
    return registration == null ? inner : new CallerRegistrationAuth(inner, registration);
  }

  /** The strategy this one decorates. */
  AuthStrategy inner() {
    return inner;
  }

  @Override
  public ApiRequest authenticate(ApiRequest request) {
    return inner.authenticate(request).toBuilder().removeQuery(TOKEN_PARAM)
        .query(TOKEN_PARAM, registration.token().reveal())
        .header(SECRET_HEADER, registration.secret().reveal()).build();
  }

  @Override
  public boolean refreshAfterRejection(ApiException rejection) {
    return !(rejection instanceof CallerRegistrationRejectedException) && inner.refreshAfterRejection(rejection);
  }

  @Override
  public Redaction redaction() {
    return inner.redaction().and(Redaction.headers(SECRET_HEADER)).and(Redaction.queryParams(TOKEN_PARAM))
        .and(Redaction.secretValues(registration.token().reveal(), registration.secret().reveal()));
  }

  @Override
  public String toString() {
    return inner + " + " + registration;
  }
}
