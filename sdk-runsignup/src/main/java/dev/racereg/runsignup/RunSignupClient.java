package dev.racereg.runsignup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.auth.AuthStrategy;
import dev.racereg.core.internal.auth.QueryKeyPairAuth;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.ErrorDetails;
import dev.racereg.core.internal.http.ConcurrencyLimit;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.http.ApiExecutor;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import dev.racereg.core.internal.http.Redactor;
import dev.racereg.core.internal.http.RequestBody;
import dev.racereg.core.internal.http.ResponseDecoder;
import dev.racereg.core.paging.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * The RunSignup REST API client: one typed method per operation timing software uses, each taking
 * an immutable, validated params object. Thread-safe; build one per set of credentials and share
 * it.
 *
 * <pre>{@code
 * RunSignupClient client = RunSignupClient.builder()
 *     .credentials(RunSignupCredentials.rsuApiKey(key, secret))
 *     .build();
 * RunSignupRace race = client.getRace(GetRaceParams.of(raceId));
 * client.getParticipants(ParticipantsParams.builder().raceId(raceId).eventId(eventId)
 *         .afterRegistrationId(0).build())
 *     .autoPagingStream().forEach(p -> System.out.println(p.bibNum().orElse("-")));
 * }</pre>
 *
 * <p>Every call asks for JSON ({@code format=json}, which RunSignup prefers), except where a
 * params object offers XML. RunSignup reports most errors inside HTTP 200 answers; they are
 * thrown as the matching {@link ApiException} subclass (see {@link RunSignupErrorCode}). Safe
 * operations (reads, and writes that replace or set state) are retried by the options'
 * {@link dev.racereg.core.http.RetryPolicy} on I/O errors, 408/429/502-504, the CDN's 520-524 and
 * RunSignup's throttle code 14; unsafe ones only when the request certainly never left.
 *
 * <p>RunSignup allows a caller two calls at a time: the client never has more than
 * {@link Builder#maxConcurrentCalls(int)} (default 2) in flight, whatever the number of threads.
 * From 2027-01-01 RunSignup refuses callers without an API caller registration: the credentials
 * carry it ({@link RunSignupCredentials#withCallerRegistration(RunSignupCallerRegistration)}, or
 * {@link RunSignupCredentials#callerOnly(RunSignupCallerRegistration)} for public endpoints).
 *
 * <p>Errors: {@link dev.racereg.core.error.ValidationException} before sending;
 * {@link ApiException} subclasses for refusals; {@link dev.racereg.core.error.TransportException}
 * for network failures; {@link DecodingException} for bodies that are not the documented format;
 * {@link dev.racereg.core.error.CredentialsExpiredException} for an expired OAuth token without a
 * refresh token.
 */
public final class RunSignupClient {

  /** RunSignup's production base URL. */
  public static final String DEFAULT_BASE_URL = RsuHttp.DEFAULT_BASE_URL;

  /** RunSignup's limit of concurrent calls per caller (announced 2026-07-17), the default limit. */
  public static final int DEFAULT_MAX_CONCURRENT_CALLS = 2;

  private final ClientOptions options;
  private final ClientOptions quietOptions;
  private final RunSignupCredentials credentials;
  private final RunSignupErrorMapper errorMapper = new RunSignupErrorMapper();
  private final RunSignupCallerRegistration registration;
  private final ConcurrencyLimit limit;
  private final AuthStrategy credentialAuth;
  private final AuthStrategy auth;
  private final ApiExecutor executor;

  private RunSignupClient(Builder b) {
    if (b.credentials == null) {
      throw new dev.racereg.core.error.ValidationException("credentials",
          "must be set: RunSignupCredentials.rsuApiKey(..), oauth(..), callerOnly(..) or another mode");
    }
    this.credentials = b.credentials;
    this.registration = credentials.callerRegistration().orElse(null);
    this.limit = new ConcurrencyLimit(b.maxConcurrentCalls);
    ClientOptions given = b.options;
    // one OkHttp client behind one limit, so the main, login and token executors share the
    // connection pool and RunSignup's cap on concurrent calls
    OkHttpClient http = limit.installOn(given.httpClient().orElseGet(OkHttpClient::new));
    this.options = given.toBuilder().httpClient(http).build();
    this.quietOptions = RsuHttp.withoutBodyLogging(options);
    this.credentialAuth = strategy(credentials, b.tokenListener);
    this.auth = CallerRegistrationAuth.wrap(credentialAuth, registration);
    this.executor = new ApiExecutor(options, DEFAULT_BASE_URL, auth, errorMapper, Redaction.none());
  }

  private AuthStrategy strategy(RunSignupCredentials c, Consumer<RunSignupTokens> tokenListener) {
    if (c instanceof RunSignupCredentials.CallerOnly) {
      return PUBLIC;
    }
    if (c instanceof RunSignupCredentials.ApiKey k) {
      return new QueryKeyPairAuth("api_key", k.apiKey(), "api_secret", k.apiSecret());
    }
    if (c instanceof RunSignupCredentials.Login l) {
      return new TemporaryKeyAuth(l, login -> login(LoginParams.of(login)), options.clock());
    }
    if (c instanceof RunSignupCredentials.RsuApiKey k) {
      return new QueryKeyHeaderSecretAuth("rsu_api_key", k.apiKey(), k.apiSecret());
    }
    if (c instanceof RunSignupCredentials.SuperPartnerKey k) {
      return new QueryKeyHeaderSecretAuth("sp_api_key", k.apiKey(), k.apiSecret());
    }
    RunSignupCredentials.OAuth o = (RunSignupCredentials.OAuth) c;
    RunSignupOAuth tokens = RunSignupOAuth.create(options, c);
    return new OAuthBearerAuth(o, tokens::refresh, options.clock(), tokenListener);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL requests go to. */
  public String baseUrl() {
    return executor.baseUrl();
  }

  /** The options this client runs with. */
  public ClientOptions options() {
    return options;
  }

  // ------------------------------------------------------------------ race

  /**
   * The race with its events and their registration periods ({@code GET /race/{race_id}}).
   * SAFE: a read.
   *
   * @throws dev.racereg.core.error.NotFoundException for an unknown race (codes 15, 201)
   * @throws dev.racereg.core.error.RaceRegException for other failures (see the class Javadoc)
   */
  public RunSignupRace getRace(GetRaceParams params) {
    Validation.required(params, "params");
    ApiRequest request = ApiRequest.builder("runsignup.getRace", "GET", "/race/{race_id}", Idempotency.SAFE)
        .pathParam("race_id", Long.toString(params.raceId()))
        .query("format", "json")
        .extras(params)
        .build();
    return executor.execute(request, RsuHttp.jsonDecoder(RunSignupRace::fromResponse));
  }

  /**
   * Replaces all registration periods of an event ({@code POST /race/{race_id}/registration-periods}).
   * The request document (JSON or XML, {@link RegistrationPeriodsParams#requestFormat()}) travels
   * as the form field {@code request}, with {@code event_id} and {@code request_format}; the
   * answer is read as JSON or XML ({@link RegistrationPeriodsParams#responseFormat()}).
   *
   * <p>SAFE: RunSignup removes every existing period and stores these, so sending the same
   * request twice leaves the same schedule as sending it once.
   *
   * @throws dev.racereg.core.error.BadRequestException when RunSignup refuses the periods (codes 3,
   *     9, 11)
   * @throws ApiException with status 200 if RunSignup answers with a false success flag
   * @throws dev.racereg.core.error.RaceRegException for other failures
   */
  public RunSignupSuccess setupRegistrationPeriods(RegistrationPeriodsParams params) {
    Validation.required(params, "params");
    List<ObjectNode> items = new ArrayList<>();
    for (NewRegistrationPeriod p : params.periods()) {
      ObjectNode item = RsuDocuments.object();
      item.put("registration_opens", RunSignupValues.formatSql(p.opens()));
      item.put("registration_closes", RunSignupValues.formatSql(p.closes()));
      item.put("race_fee_in_cents", p.raceFee().minorUnits());
      items.add(item);
    }
    String document = RsuDocuments.list(params.requestFormat(), "registration_periods", "registration_period", items,
        params.additionalBodyProperties());
    // SAFE: the event's periods are replaced as a whole, so a repeat leaves the same schedule
    ApiRequest request = ApiRequest.builder("runsignup.setupRegistrationPeriods", "POST",
            "/race/{race_id}/registration-periods", Idempotency.SAFE)
        .pathParam("race_id", Long.toString(params.raceId()))
        .query("format", params.responseFormat().wireValue())
        .body(RequestBody.form(List.of(
            new RequestBody.Field("event_id", Long.toString(params.eventId())),
            new RequestBody.Field("request_format", params.requestFormat().wireValue()),
            new RequestBody.Field("request", document))))
        .extras(RsuDocuments.withoutBodyProperties(params))
        .build();
    return executor.execute(request, flagDecoder(request, params.responseFormat()));
  }

  // ------------------------------------------------------------------ participants

  /**
   * Participants of one or more events of a race ({@code GET /race/{race_id}/participants}), one
   * page at a time; {@link Page#autoPagingStream()} reads every page. RunSignup groups rows by
   * event; the pages hold the rows flattened, each with its {@link RunSignupParticipant#eventId()}.
   * SAFE: a read.
   *
   * <p>With page numbers, {@link Page#nextCursor()} is the next page number, and a page is followed
   * by another while it is full. With registration-id paging, events are read one at a time, in
   * the order given; the next cursor is the {@code after_registration_id} of the next request, and
   * an event is done when a page comes back short.
   *
   * @throws dev.racereg.core.error.RaceRegException for failures (see the class Javadoc), from
   *     this call or from a later page fetch
   */
  public Page<RunSignupParticipant> getParticipants(ParticipantsParams params) {
    Validation.required(params, "params");
    RsuListQuery q = params.query();
    return q.byRegistrationId()
        ? byRegistrationId(q, 0, q.afterRegistrationId(), params, this::participantsRequest,
            RsuParticipantsStream.DECODER, RunSignupParticipant::registrationId)
        : byPageNumber(q, q.page(), params, this::participantsRequest, RsuParticipantsStream.DECODER);
  }

  /**
   * Registrations that left one or more events ({@code GET /race/{race_id}/removed-participants}):
   * cleared, removed, transferred (with the new registration's id) or deferred. Paged exactly like
   * {@link #getParticipants}. SAFE: a read.
   *
   * @throws dev.racereg.core.error.RaceRegException for failures (see the class Javadoc)
   */
  public Page<RemovedParticipant> getRemovedParticipants(RemovedParticipantsParams params) {
    Validation.required(params, "params");
    RsuListQuery q = params.query();
    return q.byRegistrationId()
        ? byRegistrationId(q, 0, q.afterRegistrationId(), params, this::removedRequest,
            RsuHttp.jsonDecoder(RsuResponses::removedParticipants), RemovedParticipant::registrationId)
        : byPageNumber(q, q.page(), params, this::removedRequest, RsuHttp.jsonDecoder(RsuResponses::removedParticipants));
  }

  /**
   * Sets or clears bib and chip numbers of existing registrations
   * ({@code POST /race/{race_id}/participants}, each row identified by {@code registration_id}).
   *
   * <p>SAFE: each row sets numbers to given values, so a repeat stores the same numbers again.
   *
   * @throws dev.racereg.core.error.BadRequestException when RunSignup refuses a bib or chip (codes
   *     115, 116) or the document (3, 11); RunSignup then applies none of the rows
   * @throws dev.racereg.core.error.NotFoundException for an unknown registration (code 15)
   * @throws dev.racereg.core.error.RaceRegException for other failures
   */
  public EditParticipantsResult editParticipants(EditParticipantsParams params) {
    Validation.required(params, "params");
    List<ObjectNode> items = new ArrayList<>();
    for (ParticipantEdit e : params.edits()) {
      ObjectNode item = RsuDocuments.object();
      item.put("registration_id", e.registrationId());
      e.eventId().ifPresent(id -> item.put("event_id", id));
      switch (e.bibChange()) {
        case SET: item.put("bib_num", Long.parseLong(e.bib().orElseThrow())); break;
        case CLEAR: item.put("bib_num", ""); break;
        default: break;
      }
      switch (e.chipChange()) {
        case SET: item.put("chip_num", e.chip().orElseThrow()); break;
        case CLEAR: item.put("chip_num", ""); break;
        default: break;
      }
      items.add(item);
    }
    String document = RsuDocuments.list(params.requestFormat(), RunSignupInferred.PARTICIPANTS_ROOT,
        RunSignupInferred.PARTICIPANT_ITEM, items, params.additionalBodyProperties());
    // SAFE: each row sets numbers to given values (or clears them); a repeat changes nothing more
    ApiRequest request = ApiRequest.builder("runsignup.editParticipants", "POST", "/race/{race_id}/participants",
            Idempotency.SAFE)
        .pathParam("race_id", Long.toString(params.raceId()))
        .query("format", "json")
        .query("request_format", params.requestFormat().wireValue())
        .body(RequestBody.form(List.of(new RequestBody.Field("request", document))))
        .extras(RsuDocuments.withoutBodyProperties(params))
        .build();
    return executor.execute(request, RsuHttp.jsonDecoder(RsuResponses::editParticipants));
  }

  // ------------------------------------------------------------------ results

  /**
   * The result sets of an event ({@code GET /race/{race_id}/results/get-result-sets}). SAFE: a
   * read.
   *
   * @throws dev.racereg.core.error.RaceRegException for failures (see the class Javadoc)
   */
  public List<RunSignupResultSet> getResultSets(ResultSetsParams params) {
    Validation.required(params, "params");
    ApiRequest request = ApiRequest.builder("runsignup.getResultSets", "GET",
            "/race/{race_id}/results/get-result-sets", Idempotency.SAFE)
        .pathParam("race_id", Long.toString(params.raceId()))
        .query("format", "json")
        .query("event_id", Long.toString(params.eventId()))
        .extras(params)
        .build();
    return executor.execute(request, RsuHttp.jsonDecoder(RsuResponses::resultSets));
  }

  /**
   * Creates a result set ({@code POST /race/{race_id}/results/new-result-set}) and returns its id.
   *
   * <p>UNSAFE: every request creates another set, so it is never resent once it may have reached
   * RunSignup; after an unknown outcome, list the sets ({@link #getResultSets}) and look for the
   * name before creating it again.
   *
   * @throws dev.racereg.core.error.TransportException with {@code outcomeUnknown()} when the answer
   *     was lost after sending
   * @throws dev.racereg.core.error.RaceRegException for other failures
   */
  public long createResultSet(CreateResultSetParams params) {
    Validation.required(params, "params");
    ObjectNode body = RsuDocuments.object();
    body.put(RunSignupInferred.RESULT_SET_NAME, params.name());
    body.put("public_results", RunSignupValues.tf(params.publicResults()));
    params.sourceName().ifPresent(v -> body.put("results_source_name", v));
    params.sourceUrl().ifPresent(v -> body.put("results_source_url", v));
    // UNSAFE: each request creates one more set
    ApiRequest request = ApiRequest.builder("runsignup.createResultSet", "POST",
            "/race/{race_id}/results/new-result-set", Idempotency.UNSAFE)
        .pathParam("race_id", Long.toString(params.raceId()))
        .query("format", "json")
        .query("event_id", Long.toString(params.eventId()))
        .query("request_format", params.requestFormat().wireValue())
        .body(RequestBody.form(List.of(new RequestBody.Field("request",
            RsuDocuments.single(params.requestFormat(), RunSignupInferred.RESULT_SET_ROOT, body,
                params.additionalBodyProperties())))))
        .extras(RsuDocuments.withoutBodyProperties(params))
        .outcomeCheckHint("list the event's result sets (getResultSets) and look for '" + params.name() + "'")
        .build();
    return executor.execute(request, RsuHttp.jsonDecoder(RsuResponses::createdResultSetId));
  }

  /**
   * Posts result rows into a result set ({@code POST /race/{race_id}/results/full-results}),
   * matched to registrations by registration id, bib or chip.
   *
   * <p>SAFE when every row is matched by registration id: RunSignup keeps one row per registration,
   * so a repeat replaces the same rows. UNSAFE otherwise: a row whose bib or chip matches no one is
   * stored as a new row each time, so such a post is not resent once it may have arrived; check
   * with {@link #getResults} after an unknown outcome.
   *
   * @throws dev.racereg.core.error.BadRequestException when RunSignup refuses the rows
   * @throws dev.racereg.core.error.RaceRegException for other failures
   */
  public PostResultsResult postFullResults(PostResultsParams params) {
    Validation.required(params, "params");
    List<ObjectNode> items = new ArrayList<>();
    for (ResultEntry r : params.results()) {
      ObjectNode item = RsuDocuments.object();
      switch (r.match()) {
        case REGISTRATION_ID: item.put("registration_id", Long.parseLong(r.key())); break;
        case BIB: item.put("bib_num", Long.parseLong(r.key())); break;
        default: item.put("chip_num", r.key()); break;
      }
      r.place().ifPresent(v -> item.put("place", v));
      r.clockTime().ifPresent(v -> item.put("clock_time", RunSignupValues.formatResultTime(v)));
      r.chipTime().ifPresent(v -> item.put("chip_time", RunSignupValues.formatResultTime(v)));
      r.firstName().ifPresent(v -> item.put("first_name", v));
      r.lastName().ifPresent(v -> item.put("last_name", v));
      r.gender().ifPresent(v -> item.put("gender", v));
      r.age().ifPresent(v -> item.put("age", v));
      r.city().ifPresent(v -> item.put("city", v));
      r.state().ifPresent(v -> item.put("state", v));
      items.add(item);
    }
    String document = RsuDocuments.list(params.requestFormat(), RunSignupInferred.RESULTS_ROOT,
        RunSignupInferred.RESULT_ITEM, items, params.additionalBodyProperties());
    // SAFE only when every row names its registration: RunSignup then replaces that registration's
    // row on a repeat; a bib or chip that matches no one is stored as a new row each time
    boolean safe = params.matchedByRegistrationId();
    ApiRequest request = ApiRequest.builder("runsignup.postFullResults", "POST",
            "/race/{race_id}/results/full-results", safe ? Idempotency.SAFE : Idempotency.UNSAFE)
        .pathParam("race_id", Long.toString(params.raceId()))
        .query("format", "json")
        .query("event_id", Long.toString(params.eventId()))
        .query(RunSignupInferred.RESULT_SET_ID, Long.toString(params.resultSetId()))
        .query("request_format", params.requestFormat().wireValue())
        .body(RequestBody.form(List.of(new RequestBody.Field("request", document))))
        .extras(RsuDocuments.withoutBodyProperties(params))
        .outcomeCheckHint(safe ? null : "read the set's results (getResults) before posting again")
        .build();
    return executor.execute(request, RsuHttp.jsonDecoder(RsuResponses::postResults));
  }

  /**
   * Result rows of an event, optionally of one result set
   * ({@code GET /race/{race_id}/results/get-results}), paged by page number; rows of every set on
   * a page are flattened, each carrying its set. SAFE: a read.
   *
   * @throws dev.racereg.core.error.RaceRegException for failures (see the class Javadoc)
   */
  public Page<RunSignupResult> getResults(GetResultsParams params) {
    Validation.required(params, "params");
    ApiRequest request = ApiRequest.builder("runsignup.getResults", "GET", "/race/{race_id}/results/get-results",
            Idempotency.SAFE)
        .pathParam("race_id", Long.toString(params.raceId()))
        .query("format", "json")
        .query("event_id", Long.toString(params.eventId()))
        .query(RunSignupInferred.RESULT_SET_ID,
            params.resultSetId().isPresent() ? Long.toString(params.resultSetId().getAsLong()) : null)
        .query("page", Integer.toString(params.page()))
        .query("results_per_page", Integer.toString(params.resultsPerPage()))
        .extras(params)
        .build();
    List<RunSignupResult> rows = executor.execute(request, RsuHttp.jsonDecoder(RsuResponses::results));
    if (rows.size() < params.resultsPerPage()) {
      return Page.last(rows, OptionalLong.empty());
    }
    GetResultsParams next = params.toBuilder().page(params.page() + 1).build();
    return Page.of(rows, OptionalLong.empty(), Integer.toString(next.page()), () -> getResults(next));
  }

  // ------------------------------------------------------------------ login

  /**
   * Logs a RunSignup user in ({@code POST /Login}, form fields {@code email} and {@code password})
   * and returns a temporary key pair for {@code tmp_key}/{@code tmp_secret}. Sent without this
   * client's own credentials, and never logged with its body (the answer is a secret). A client
   * built with {@link RunSignupCredentials#login} does this by itself.
   *
   * <p>SAFE: a repeated login only creates another temporary key.
   *
   * @throws dev.racereg.core.error.AuthenticationException for an unknown user or a wrong password
   *     (codes 101, 102)
   * @throws dev.racereg.core.error.PermissionDeniedException for a locked account (code 103)
   * @throws dev.racereg.core.error.RaceRegException for other failures
   */
  public TemporaryKeys login(LoginParams params) {
    Validation.required(params, "params");
    // SAFE: a repeated login only issues another temporary key
    ApiRequest request = ApiRequest.builder("runsignup.login", "POST", "/Login", Idempotency.SAFE)
        .query("format", "json")
        .body(RequestBody.form(List.of(new RequestBody.Field("email", params.email()),
            new RequestBody.Field("password", params.password().reveal()))))
        .extras(params)
        .build();
    Redaction redaction = Redaction.bodyFields("password").and(Redaction.secretValues(params.password().reveal()));
    return unauthenticated(new FixedAuth(List.of(), redaction))
        .execute(request, RsuHttp.secretJsonDecoder("the login answer", RsuResponses::temporaryKeys));
  }

  /**
   * Ends a temporary key's session ({@code POST /Logout} with that {@code tmp_key} and
   * {@code tmp_secret}). SAFE: ending a session twice cannot do more than end it.
   *
   * @throws dev.racereg.core.error.AuthenticationException if the key is unknown or already
   *     expired (code 6)
   * @throws dev.racereg.core.error.RaceRegException for other failures
   */
  public void logout(TemporaryKeys keys) {
    Validation.required(keys, "keys");
    // SAFE: ending a session again cannot end anything else
    ApiRequest request = ApiRequest.builder("runsignup.logout", "POST", "/Logout", Idempotency.SAFE)
        .query("format", "json")
        .build();
    AuthStrategy withKeys = new FixedAuth(List.of(new ApiRequest.Param("tmp_key", keys.tmpKey()),
        new ApiRequest.Param("tmp_secret", keys.tmpSecret().reveal())),
        Redaction.queryParams("tmp_secret").and(Redaction.secretValues(keys.tmpSecret().reveal())));
    unauthenticated(withKeys).execute(request, flagDecoder(request, ResponseFormat.JSON));
  }

  /**
   * Ends this client's own temporary-key session, for a client built with
   * {@link RunSignupCredentials#login}; the next call logs in again.
   *
   * @return true if a session was ended; false for other credential modes or before the first call
   * @throws dev.racereg.core.error.RaceRegException if RunSignup refuses the logout (the client
   *     forgets the key anyway)
   */
  public boolean logout() {
    return credentialAuth instanceof TemporaryKeyAuth tmp && tmp.logout(this::logout);
  }

  // ------------------------------------------------------------------ unified

  /**
   * The unified view of registrations in these events of a race (participants and removed
   * participants).
   *
   * @throws dev.racereg.core.error.ValidationException if an id is not positive or no event is
   *     given
   */
  public RunSignupRegistrationSource registrationSource(long raceId, long... eventIds) {
    RunSignupRegistrationSource.Builder b = RunSignupRegistrationSource.builder(this).raceId(raceId);
    for (long id : eventIds) {
      b.eventId(id);
    }
    return b.build();
  }

  /**
   * Pushes bibs of this race's registrations back to RunSignup.
   *
   * @throws dev.racereg.core.error.ValidationException if the race id is not positive
   */
  public RunSignupBibPushTarget bibPushTarget(long raceId) {
    return new RunSignupBibPushTarget(this, raceId);
  }

  /**
   * Pushes unified results into a result set of this name in each of these events of a race,
   * creating the set where it is missing ({@link RunSignupResultPushTarget}; its builder,
   * {@link RunSignupResultPushTarget#builder(RunSignupClient)}, takes the same values).
   *
   * @throws dev.racereg.core.error.ValidationException if an id is not positive, no event is
   *     given, or the name is blank
   */
  public RunSignupResultPushTarget resultPushTarget(long raceId, String resultSetName, long... eventIds) {
    RunSignupResultPushTarget.Builder b = RunSignupResultPushTarget.builder(this).raceId(raceId)
        .resultSetName(resultSetName);
    for (long id : eventIds) {
      b.eventId(id);
    }
    return b.build();
  }

  /** The credentials' own auth strategy, without the caller registration (tests and diagnostics). */
  AuthStrategy auth() {
    return credentialAuth;
  }

  /** The shared limit of calls in flight (tests and diagnostics). */
  ConcurrencyLimit limit() {
    return limit;
  }

  /** The most calls this client has in flight at once. */
  public int maxConcurrentCalls() {
    return limit.permits();
  }

  /** The caller registration this client sends, if any (the credentials'). */
  public java.util.Optional<RunSignupCallerRegistration> callerRegistration() {
    return java.util.Optional.ofNullable(registration);
  }

  @Override
  public String toString() {
    return "RunSignupClient{baseUrl=" + baseUrl() + ", credentials=" + credentials.getClass().getSimpleName()
        + ", callerRegistration=" + (registration == null ? "none" : "****") + ", maxConcurrentCalls="
        + limit.permits() + "}";
  }

  // ------------------------------------------------------------------ internals

  private ApiExecutor unauthenticated(AuthStrategy strategy) {
    return new ApiExecutor(quietOptions, DEFAULT_BASE_URL, CallerRegistrationAuth.wrap(strategy, registration),
        errorMapper, Redaction.none());
  }

  private ApiRequest participantsRequest(Object params, List<Long> events, Integer page, Long after) {
    ParticipantsParams p = (ParticipantsParams) params;
    ApiRequest.Builder b = ApiRequest.builder("runsignup.getParticipants", "GET", "/race/{race_id}/participants",
            Idempotency.SAFE)
        .pathParam("race_id", Long.toString(p.raceId()))
        .query("format", "json");
    p.query().apply(b, events, page, after);
    b.query("include_questions", p.includeQuestions() ? "T" : null);
    b.query("include_registration_addons", p.includeRegistrationAddons() ? "T" : null);
    return b.extras(p).build();
  }

  private ApiRequest removedRequest(Object params, List<Long> events, Integer page, Long after) {
    RemovedParticipantsParams p = (RemovedParticipantsParams) params;
    ApiRequest.Builder b = ApiRequest.builder("runsignup.getRemovedParticipants", "GET",
            "/race/{race_id}/removed-participants", Idempotency.SAFE)
        .pathParam("race_id", Long.toString(p.raceId()))
        .query("format", "json");
    p.query().apply(b, events, page, after);
    return b.extras(p).build();
  }

  /** Builds the request for one page: the events it covers, a page number or a watermark. */
  private interface PageRequest {
    ApiRequest build(Object params, List<Long> events, Integer page, Long after);
  }

  private <T> Page<T> byPageNumber(RsuListQuery q, int page, Object params, PageRequest requests,
      ResponseDecoder<List<T>> reader) {
    List<T> rows = executor.execute(requests.build(params, q.eventIds(), page, null), reader);
    // RunSignup may page each event separately: a page is full when any event filled it, which
    // also makes the rows reach resultsPerPage; a short page therefore ends every event
    if (rows.size() < q.resultsPerPage()) {
      return Page.last(rows, OptionalLong.empty());
    }
    int next = page + 1;
    return Page.of(rows, OptionalLong.empty(), Integer.toString(next),
        () -> byPageNumber(q, next, params, requests, reader));
  }

  private <T> Page<T> byRegistrationId(RsuListQuery q, int eventIndex, long after, Object params,
      PageRequest requests, ResponseDecoder<List<T>> reader, java.util.function.ToLongFunction<T> idOf) {
    long event = q.eventIds().get(eventIndex);
    ApiRequest request = requests.build(params, List.of(event), null, after);
    List<T> fetched = executor.execute(request, reader);
    // rows at or below the watermark cannot be new; dropping them keeps a page from repeating one
    List<T> rows = fetched.stream().filter(r -> idOf.applyAsLong(r) > after).toList();
    if (fetched.size() >= q.resultsPerPage()) {
      long next = rows.stream().mapToLong(idOf).max().orElse(after);
      if (next <= after) {
        throw new DecodingException("RunSignup answered a full page without any registration after "
            + after + " for event " + event + ": paging cannot advance", null, "");
      }
      return Page.of(rows, OptionalLong.empty(), Long.toString(next),
          () -> byRegistrationId(q, eventIndex, next, params, requests, reader, idOf));
    }
    if (eventIndex + 1 < q.eventIds().size()) {
      long start = q.afterRegistrationId();
      return Page.of(rows, OptionalLong.empty(), Long.toString(start),
          () -> byRegistrationId(q, eventIndex + 1, start, params, requests, reader, idOf));
    }
    return Page.last(rows, OptionalLong.empty());
  }

  private ResponseDecoder<RunSignupSuccess> flagDecoder(ApiRequest request, ResponseFormat format) {
    return content -> {
      RsuResponses.Flag flag = RsuResponses.flag(content.bytes(), format);
      if (!flag.success()) {
        Redactor redactor = executor.redactor();
        // mask before cutting: a cut through a secret would leave a piece the redactor cannot see
        String folded = redactor.text(content.text()).replaceAll("\\s+", " ").trim();
        String excerpt = folded.length() > 300 ? folded.substring(0, 300) + "..." : folded;
        String message = flag.message() != null ? "success=false: " + flag.message() : "success=false";
        throw new ApiException(ErrorDetails.builder(content.status(), request.method(), baseUrl() + request.path())
            .providerMessage(redactor.text("RunSignup answered " + message))
            .requestId(content.header("x-request-id").orElse(null)).bodyExcerpt(excerpt).build());
      }
      return new RunSignupSuccess(flag.message(), flag.extra());
    };
  }

  /** No race credentials: public endpoints, with the caller registration alone. */
  private static final AuthStrategy PUBLIC = new FixedAuth(List.of(), Redaction.none());

  /** Adds fixed query parameters and declares what to mask (login, logout). */
  private static final class FixedAuth implements AuthStrategy {
    private final List<ApiRequest.Param> query;
    private final Redaction redaction;

    FixedAuth(List<ApiRequest.Param> query, Redaction redaction) {
      this.query = List.copyOf(query);
      this.redaction = redaction;
    }

    @Override
    public ApiRequest authenticate(ApiRequest request) {
      ApiRequest.Builder b = request.toBuilder();
      query.forEach(p -> b.removeQuery(p.name()).query(p.name(), p.value()));
      return b.build();
    }

    @Override
    public Redaction redaction() {
      return redaction;
    }

    @Override
    public String toString() {
      return "FixedAuth{****}";
    }
  }

  /** Builds a {@link RunSignupClient}. */
  public static final class Builder {
    private RunSignupCredentials credentials;
    private ClientOptions options = ClientOptions.defaults();
    private Consumer<RunSignupTokens> tokenListener = tokens -> { };
    private int maxConcurrentCalls = DEFAULT_MAX_CONCURRENT_CALLS;

    private Builder() {}

    /**
     * The most calls in flight at once, shared by every thread using the client and by
     * prefetching pagers (default {@value RunSignupClient#DEFAULT_MAX_CONCURRENT_CALLS}, RunSignup's
     * limit per caller); further calls wait for a free slot. A call holds its slot while its
     * request is sent and its answer read, not while waiting to retry.
     *
     * @throws dev.racereg.core.error.ValidationException if below 1
     */
    public Builder maxConcurrentCalls(int v) {
      if (v < 1) {
        throw new dev.racereg.core.error.ValidationException("maxConcurrentCalls", "must be at least 1, was " + v);
      }
      maxConcurrentCalls = v;
      return this;
    }

    /**
     * How to authenticate (required), with the API caller registration the credentials carry
     * ({@link RunSignupCredentials#withCallerRegistration(RunSignupCallerRegistration)}); the
     * wire format follows from the mode.
     *
     * @throws dev.racereg.core.error.ValidationException if null
     */
    public Builder credentials(RunSignupCredentials v) {
      credentials = Validation.required(v, "credentials");
      return this;
    }

    /** Base URL override, timeouts, retries, logging, clock and sleeper. Default {@link ClientOptions#defaults()}. */
    public Builder options(ClientOptions v) {
      options = Validation.required(v, "options");
      return this;
    }

    /**
     * Called with the new tokens after each OAuth refresh (on the calling thread, while other
     * calls wait for the token). Persist the refresh token: RunSignup may rotate it, and the old
     * one then stops working.
     */
    public Builder onTokensRefreshed(Consumer<RunSignupTokens> v) {
      tokenListener = Validation.required(v, "listener");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws dev.racereg.core.error.ValidationException if no credentials were given
     */
    public RunSignupClient build() {
      return new RunSignupClient(this);
    }
  }
}
