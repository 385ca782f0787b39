package dev.racereg.pace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.http.ApiExecutor;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.DefaultErrorMapper;
import dev.racereg.core.internal.http.ErrorMapper;
import dev.racereg.core.internal.http.RequestBody;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The PACE (pace.sport) API: export an event's participants. Build one with {@link #builder()}
 * and share it: it is thread-safe and holds a connection pool.
 *
 * <pre>{@code
 * PaceClient pace = PaceClient.builder()
 *     .credentials(PaceCredentials.of(apiId, apiSecret))
 *     .build();
 * try (Stream<PaceParticipant> participants = pace.participants(
 *     ParticipantsParams.of(accessCode, "pace-triathlon-espoo"))) {
 *   participants.forEach(p -> System.out.println(p.firstName() + " " + p.distance()));
 * }
 * }</pre>
 *
 * <p>Access takes two grants: PACE admins enable the developer's account, which then creates API
 * credentials ({@link PaceCredentials}); and each event's organiser generates an access code for
 * the event, passed per request in {@link ParticipantsParams}. All three travel as members of the
 * JSON request body (PACE has no auth header); the API secret and the access code are masked in
 * logs, messages and {@code toString()}.
 *
 * <p>Errors: PACE does not document its error responses. Expect (inferred)
 * {@link dev.racereg.core.error.AuthenticationException} (401) for wrong API credentials,
 * {@link dev.racereg.core.error.PermissionDeniedException} (403) for a wrong or regenerated
 * access code, {@link dev.racereg.core.error.NotFoundException} (404) for an unknown event slug and
 * {@link dev.racereg.core.error.BadRequestException} (400) for a rejected parameter; the message
 * carries PACE's own text when the body has one ({@code {"error": ...}} or {@code {"message": ...}}).
 * Every failure is a {@link dev.racereg.core.error.RaceRegException}.
 */
public final class PaceClient {

  /** PACE's production API, as documented. */
  public static final String DEFAULT_BASE_URL = "https://pace.sport/api";

  static final String PARTICIPANTS_PATH = "/events/getParticipants";
  static final String PARTICIPANTS_OPERATION = "pace.getParticipants";

  private final PaceCredentials credentials;
  private final PaceAuth auth;
  private final ErrorMapper errorMapper;
  private final ApiExecutor executor;

  private PaceClient(Builder b) {
    this.credentials = b.credentials;
    this.auth = new PaceAuth(b.credentials);
    this.errorMapper = new DefaultErrorMapper();
    // PaceAuth declares every PACE secret (API secret, access codes), so nothing extra here
    this.executor = new ApiExecutor(b.options, DEFAULT_BASE_URL, auth, errorMapper);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Exports an event's participants ({@code POST /events/getParticipants}), decoded lazily while
   * the response arrives: an event of 200,000 participants streams in constant memory. Close the
   * stream (try-with-resources) if you stop before its end, so the connection is released.
   *
   * <p>Order: by "Updated at", most recent first unless {@link ParticipantsParams#sortDirection()}
   * says otherwise. With {@code updatedAfter} only recently changed participants are returned.
   *
   * <p>The params' additional query parameters and headers are sent as given; their additional
   * body properties are set on the JSON body beside the SDK's own members (the credentials are
   * added after them and cannot be replaced).
   *
   * @param params the event, its access code and the export options
   * @return the participants in PACE's order
   * @throws dev.racereg.core.error.ApiException (a subclass by status) when PACE answers with an
   *     error, including a JSON object with an {@code error} or {@code message} in place of the
   *     array
   * @throws dev.racereg.core.error.TransportException when the exchange fails after the allowed
   *     retries; from the stream, when the connection breaks mid-body
   * @throws dev.racereg.core.error.DecodingException from the stream, when the body is not a JSON
   *     array of participant objects (malformed, truncated, an HTML page) or a documented column
   *     holds a value of the wrong form
   */
  public Stream<PaceParticipant> participants(ParticipantsParams params) {
    Validation.required(params, "params");
    // SAFE although it is a POST: it only reads. PACE uses POST to keep the credentials and the
    // access code out of the URL, so repeating it after an ambiguous failure changes nothing.
    ApiRequest apiRequest = ApiRequest.builder(PARTICIPANTS_OPERATION, "POST", PARTICIPANTS_PATH, Idempotency.SAFE)
        .header("Accept", "application/json")
        .body(RequestBody.json(body(params)))
        .extras(params)
        .build();
    return executor.stream(apiRequest, new ParticipantStreamer(executor, errorMapper, apiRequest,
        executor.baseUrl() + PARTICIPANTS_PATH));
  }

  /**
   * Like {@link #participants(ParticipantsParams)}, collected into a list: simpler when the event
   * fits in memory (every event but the very largest).
   *
   * @return the participants in PACE's order, unmodifiable
   * @throws dev.racereg.core.error.RaceRegException as {@link #participants(ParticipantsParams)}
   */
  public List<PaceParticipant> participantList(ParticipantsParams params) {
    try (Stream<PaceParticipant> participants = participants(params)) {
      return participants.collect(Collectors.toUnmodifiableList());
    }
  }

  /**
   * The unified view of one event's registrations.
   *
   * @param accessCode the organiser's access code for the event
   * @param eventSlug the event's slug, or its full URL
   * @throws ValidationException if either is invalid (as {@link ParticipantsParams.Builder#build()})
   */
  public PaceRegistrationSource registrationSource(String accessCode, String eventSlug) {
    return new PaceRegistrationSource(this, accessCode, eventSlug);
  }

  /** The base URL requests go to: {@link #DEFAULT_BASE_URL} unless the options override it. */
  public String baseUrl() {
    return executor.baseUrl();
  }

  /** The options this client runs with. */
  public ClientOptions options() {
    return executor.options();
  }

  /** The API ID and base URL; never a secret. */
  @Override
  public String toString() {
    return "PaceClient{baseUrl=" + baseUrl() + ", apiId=" + credentials.apiId() + "}";
  }

  /** The JSON document PACE expects, without the credentials (added by {@link PaceAuth}). */
  static ObjectNode body(ParticipantsParams params) {
    ObjectNode body = Codecs.json().createObjectNode();
    body.put("accessCode", params.accessCode().reveal());
    body.put("eventSlug", params.eventSlug());
    params.language().ifPresent(l -> body.put("language", l.code()));
    params.updatedAfterWireValue().ifPresent(v -> body.put("updatedAfter", v));
    params.sortDirection().ifPresent(d -> body.put("sortDirection", d.code()));
    return body;
  }

  /** Builds a {@link PaceClient}. Not thread-safe. */
  public static final class Builder {
    private PaceCredentials credentials;
    private ClientOptions options = ClientOptions.defaults();

    private Builder() {}

    /**
     * The developer's API credentials (required), e.g.
     * {@code PaceCredentials.of(apiId, apiSecret)}.
     *
     * @throws ValidationException naming {@code credentials} if null
     */
    public Builder credentials(PaceCredentials credentials) {
      this.credentials = Validation.required(credentials, "credentials");
      return this;
    }

    /**
     * Timeouts, retries, logging, base URL override (a simulator, a proxy) and the rest. Default
     * {@link ClientOptions#defaults()}.
     */
    public Builder options(ClientOptions options) {
      this.options = Validation.required(options, "options");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws ValidationException if no credentials were given
     */
    public PaceClient build() {
      Validation.required(credentials, "credentials");
      return new PaceClient(this);
    }
  }
}
