package dev.racereg.pace;

import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import dev.racereg.core.internal.http.RequestBody;
import java.util.Objects;

/**
 * PACE's authentication: the developer's {@code apiId} and {@code apiSecret} travel as fields of
 * the JSON request body (PACE has no auth header). Together with the organiser's per-event
 * {@code accessCode}, which the request itself carries, these are the secrets of a PACE call.
 *
 * <p>What it hides: the {@code apiSecret} and {@code accessCode} body fields by name in logged
 * bodies, and their values wherever they occur (an error body echoing them, an exception
 * message). The access code grants access to an event's personal data; being declared secret
 * by name, its value is masked wherever the exchange that carried it is shown. The API ID is not
 * secret and is shown.
 *
 * <p>Pipeline plumbing of this module, not API. Immutable in its credentials and thread-safe.
 */
final class PaceAuth implements AuthStrategy {

  /** The body field carrying the API ID. */
  static final String API_ID_FIELD = "apiId";
  /** The body field carrying the API secret. */
  static final String API_SECRET_FIELD = "apiSecret";
  /** The body field carrying the event's access code. */
  static final String ACCESS_CODE_FIELD = "accessCode";

  private final PaceCredentials credentials;
  private final Redaction redaction;

  /** A strategy sending these credentials. */
  PaceAuth(PaceCredentials credentials) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    // fixed credentials: built once, though every attempt asks for them
    this.redaction = Redaction.bodyFields(API_SECRET_FIELD, ACCESS_CODE_FIELD)
        .and(Redaction.secretValues(credentials.apiSecret().reveal()));
  }

  /**
   * Adds {@code apiId} and {@code apiSecret} to the request's JSON object body.
   *
   * @throws IllegalStateException if the request has no JSON object body (every PACE operation
   *     has one)
   */
  @Override
  public ApiRequest authenticate(ApiRequest request) {
    RequestBody body = request.body().orElse(null);
    if (!(body instanceof RequestBody.Json)) {
      throw new IllegalStateException("PACE requests carry their credentials in a JSON body; "
          + request + " has none");
    }
    RequestBody.Json json = (RequestBody.Json) body;
    return request.toBuilder()
        .body(json.withField(API_ID_FIELD, credentials.apiId())
            .withField(API_SECRET_FIELD, credentials.apiSecret().reveal()))
        .build();
  }

  @Override
  public Redaction redaction() {
    return redaction;
  }

  /** Shows the API ID only. */
  @Override
  public String toString() {
    return "PaceAuth{apiId=" + credentials.apiId() + ", apiSecret=****}";
  }
}
