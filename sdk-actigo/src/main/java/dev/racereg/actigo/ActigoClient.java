package dev.racereg.actigo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.codec.JsonArrayStream;
import dev.racereg.core.internal.http.ApiExecutor;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.RequestBody;
import dev.racereg.core.internal.http.ResponseContent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Actigo (actigo.app) registration API: download an activity's registrations as JSON or CSV,
 * sync registrations (start numbers of existing ones, insert or update of external ones) as JSON
 * or CSV, and sync results. Build one with {@link #builder()} and share it: it is immutable,
 * thread-safe, and holds a connection pool.
 *
 * <pre>{@code
 * ActigoClient actigo = ActigoClient.builder()
 *     .credentials(ActigoCredentials.of(System.getenv("ACTIGO_KEY_NAME"), System.getenv("ACTIGO_KEY_SECRET")))
 *     .build();
 * RegistrationsParams race = RegistrationsParams.of("638f01d0c5eaf533c891fac3");
 * for (ActigoRegistration r : actigo.registrationList(race)) {
 *   System.out.println(r.code().orElse("") + " " + r.person().name().orElse("") + " " + r.state());
 * }
 * SyncReport<RegistrationSyncItem, ActigoRegistration> report = actigo.syncRegistrations(
 *     SyncRegistrationsParams.of(race.activityId(),
 *         List.of(RegistrationSyncItem.startNumber("638f0763c5eaf533c891fb76", "0001"))));
 * }</pre>
 *
 * <p>Auth: an access key ({@link ActigoCredentials}) sent as HTTP Basic on every request; the
 * secret never appears in logs, exception messages or {@code toString()}.
 *
 * <p>Errors (Actigo publishes no error format; statuses inferred):
 * {@link dev.racereg.core.error.AuthenticationException} (401) for a wrong key,
 * {@link dev.racereg.core.error.PermissionDeniedException} (403) for an activity whose organiser
 * the key's user does not belong to, {@link dev.racereg.core.error.NotFoundException} (404) for an
 * unknown activity, {@link dev.racereg.core.error.BadRequestException} (400) for a rejected sync
 * body; a body that is not the documented format gives
 * {@link dev.racereg.core.error.DecodingException}; every failure is a
 * {@link dev.racereg.core.error.RaceRegException}. Parameters are validated before anything is
 * sent ({@link ValidationException}).
 *
 * <p>Every params object can carry what this SDK does not know yet
 * ({@link dev.racereg.core.RequestParams}): additional query parameters and headers are sent with
 * every request of the operation (each chunk of a sync). The syncs send a JSON array or a CSV
 * file, which has no top level to add a property to, so their params refuse additional body
 * properties when built; the downloads send no body at all and refuse them when called.
 *
 * <p>Retries: every operation is {@link Idempotency#SAFE} (downloads read; syncs set values, so
 * sending one twice leaves the same state), so I/O failures, 408, 429, 502, 503 and 504 are
 * retried by the {@link ClientOptions#retryPolicy()}.
 */
public final class ActigoClient {

  /** Actigo's production API, as documented. */
  public static final String DEFAULT_BASE_URL = "https://actigo.app/api";

  static final String REGISTRATIONS_JSON = "/events/activities/{organizedActivityId}/registrations.json";
  static final String REGISTRATIONS_CSV = "/events/activities/{organizedActivityId}/registrations.csv";
  static final String RESULTS_JSON = "/events/activities/{organizedActivityId}/results.json";

  private static final ObjectReader NODE_READER = Codecs.json().readerFor(JsonNode.class);
  private static final ObjectReader DOCUMENT_READER = NODE_READER.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ActigoCredentials credentials;
  private final ApiExecutor executor;

  private ActigoClient(Builder b) {
    this.credentials = b.credentials;
    // BasicAuth declares the Authorization header and the secret (raw and base64) as redacted
    this.executor = new ApiExecutor(b.options, DEFAULT_BASE_URL, credentials.auth(), new ActigoErrorMapper());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ downloads

  /**
   * Downloads an activity's registrations as JSON
   * ({@code GET /events/activities/{organizedActivityId}/registrations.json}), decoded lazily
   * while the response arrives, so a large activity streams in constant memory. Close the stream
   * (try-with-resources) if you stop before its end, so the connection is released.
   *
   * @return the registrations in Actigo's order
   * @throws dev.racereg.core.error.ApiException (a subclass by status) when Actigo answers with an
   *     error
   * @throws dev.racereg.core.error.TransportException when the exchange fails after the allowed
   *     retries; from the stream, when the connection breaks mid-body
   * @throws DecodingException from the stream, when the body is not a JSON array of registrations
   *     (malformed, truncated, an HTML page) or a field has the wrong form; the message names the
   *     registration's index and the field
   */
  public Stream<ActigoRegistration> registrations(RegistrationsParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    ApiRequest request = ApiRequest.builder("actigo.registrations", "GET", REGISTRATIONS_JSON, Idempotency.SAFE)
        .pathParam("organizedActivityId", params.activityId())
        .header("Accept", "application/json")
        .extras(params)
        .build();
    return executor.stream(request, (body, response, redactor) -> {
      AtomicInteger index = new AtomicInteger();
      return JsonArrayStream.<JsonNode>open(body, NODE_READER, response).stream()
          .map(node -> ActigoRegistration.fromJson(node, "registrations[" + index.getAndIncrement() + "]"));
    });
  }

  /**
   * Like {@link #registrations(RegistrationsParams)}, collected into a list: simpler when the
   * activity fits in memory (all but the very largest).
   *
   * @return the registrations in Actigo's order, unmodifiable
   * @throws dev.racereg.core.error.RaceRegException as {@link #registrations(RegistrationsParams)}
   */
  public List<ActigoRegistration> registrationList(RegistrationsParams params) {
    try (Stream<ActigoRegistration> registrations = registrations(params)) {
      return registrations.collect(Collectors.toUnmodifiableList());
    }
  }

  /**
   * Downloads an activity's registrations as CSV
   * ({@code GET /events/activities/{organizedActivityId}/registrations.csv}), parsed with
   * jackson-dataformat-csv into ordered column maps and typed registrations (see
   * {@link RegistrationsCsv}). The CSV carries fewer fields than JSON: no {@code created},
   * {@code code}, {@code amount}, and of the person only the id, names, sex and birth date.
   *
   * @throws dev.racereg.core.error.ApiException (a subclass by status) when Actigo answers with an
   *     error
   * @throws dev.racereg.core.error.TransportException when the exchange fails after the allowed
   *     retries
   * @throws DecodingException when the body is empty, not CSV, lacks a documented column, or
   *     has a malformed row or cell
   */
  public RegistrationsCsv registrationsCsv(RegistrationsParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    ApiRequest request = ApiRequest.builder("actigo.registrationsCsv", "GET", REGISTRATIONS_CSV, Idempotency.SAFE)
        .pathParam("organizedActivityId", params.activityId())
        .header("Accept", ActigoInferred.CSV_ACCEPT)
        .extras(params)
        .build();
    return executor.execute(request, content -> RegistrationsCsv.parse(content.text()));
  }

  // ------------------------------------------------------------------ syncs

  /**
   * Syncs registrations as JSON ({@code PUT /events/activities/{organizedActivityId}/registrations.json}):
   * sets start numbers of existing registrations, and inserts or updates registrations made
   * outside Actigo. The items are sent in chunks of {@link SyncRegistrationsParams#chunkSize()},
   * in order; Actigo answers each item with the resulting registration and its
   * {@link ActigoRegistration#syncResultType()}.
   *
   * <p>A chunk that fails (after the allowed retries) stops the sync; nothing is thrown for it:
   * the report says which items were applied, with Actigo's answers, and which were not, with the
   * error ({@link SyncReport#throwIfFailed()} turns that into an exception). Answers are matched
   * to items by position when Actigo echoes them in order (<b>inferred</b>), otherwise by
   * registration id.
   *
   * @return every item's outcome, in input order (empty, and nothing sent, for no items)
   */
  public SyncReport<RegistrationSyncItem, ActigoRegistration> syncRegistrations(SyncRegistrationsParams params) {
    Validation.required(params, "params");
    return registrationSync().run(params.items(), params.chunkSize(), chunk -> {
      ArrayNode body = Codecs.json().createArrayNode();
      chunk.forEach(item -> body.add(item.toJson()));
      // SAFE: idempotent by design. Each item sets values rather than adding to them: a start
      // number is set to the given text, and an external registration is upserted (Actigo
      // inserts it the first time and finds the same registration by its person data after:
      // ActigoInferred.EXTERNAL_UPSERT_MATCHES_PERSON). Sending the same chunk twice, e.g. after
      // a timeout that hid Actigo's answer, therefore leaves the same state as sending it once
      // (the second answer says Unchanged), so the executor may resend it.
      ApiRequest request = ApiRequest.builder("actigo.syncRegistrations", "PUT", REGISTRATIONS_JSON, Idempotency.SAFE)
          .pathParam("organizedActivityId", params.activityId())
          .header("Accept", "application/json")
          .body(RequestBody.json(body))
          .extras(params)
          .build();
      return executor.execute(request, content -> jsonArray(content, "answer", ActigoRegistration::fromJson));
    });
  }

  /**
   * Syncs registrations as CSV ({@code PUT /events/activities/{organizedActivityId}/registrations.csv}):
   * the same operation as {@link #syncRegistrations(SyncRegistrationsParams)}, sent as a CSV file
   * with the documented header ({@link RegistrationsCsv#HEADER}) written by
   * jackson-dataformat-csv. Actigo answers with the CSV of the resulting rows, which carry no
   * sync result type; each item's answer is its row.
   *
   * <p>In CSV an unset value is an empty cell rather than an absent field: to change only a start
   * number, send rows as downloaded ({@link ActigoRegistration#toSyncItem()}) with the new
   * number, the documented way of using this call. Chunking and failures as for the JSON sync.
   *
   * @return every item's outcome, in input order
   * @throws ValidationException before anything is sent, if an item's person has a country (the
   *     CSV format has no column for it: {@code items[i].person.country})
   */
  public SyncReport<RegistrationSyncItem, ActigoRegistration> syncRegistrationsCsv(SyncRegistrationsParams params) {
    Validation.required(params, "params");
    RegistrationsCsv.format(params.items()); // validates every item before the first chunk leaves
    return registrationSync().run(params.items(), params.chunkSize(), chunk -> {
      // SAFE: the same idempotent operation as the JSON sync (see there)
      ApiRequest request = ApiRequest.builder("actigo.syncRegistrationsCsv", "PUT", REGISTRATIONS_CSV, Idempotency.SAFE)
          .pathParam("organizedActivityId", params.activityId())
          .header("Accept", ActigoInferred.CSV_ACCEPT)
          .body(RequestBody.text(RegistrationsCsv.format(chunk), ActigoInferred.CSV_CONTENT_TYPE))
          .extras(params)
          .build();
      return executor.execute(request, content -> RegistrationsCsv.parse(content.text()).registrations());
    });
  }

  /**
   * Syncs results ({@code PUT /events/activities/{organizedActivityId}/results.json}): category,
   * person, positions, start number, time in milliseconds and split times per result. Sent in
   * chunks of {@link SyncResultsParams#chunkSize()}, in order; Actigo answers each result with its
   * id, person and {@link SyncedResult#syncResultType()}. Answers are matched by position when
   * the counts agree (<b>inferred</b>), otherwise by person id. Failures as for
   * {@link #syncRegistrations(SyncRegistrationsParams)}.
   *
   * @return every result's outcome, in input order
   */
  public SyncReport<ActigoResult, SyncedResult> syncResults(SyncResultsParams params) {
    Validation.required(params, "params");
    ChunkedSync<ActigoResult, SyncedResult> sync = new ChunkedSync<>(
        r -> r.person().id().orElse(null),
        s -> s.person().flatMap(ActigoPerson::id).orElse(null));
    return sync.run(params.results(), params.chunkSize(), chunk -> {
      ArrayNode body = Codecs.json().createArrayNode();
      chunk.forEach(result -> body.add(result.toJson()));
      // SAFE: idempotent by design, like registration sync: a result is upserted for its person
      // in the activity, so a resent chunk sets the same positions and times again (Unchanged)
      // instead of adding a second result.
      ApiRequest request = ApiRequest.builder("actigo.syncResults", "PUT", RESULTS_JSON, Idempotency.SAFE)
          .pathParam("organizedActivityId", params.activityId())
          .header("Accept", "application/json")
          .body(RequestBody.json(body))
          .extras(params)
          .build();
      return executor.execute(request, content -> jsonArray(content, "answer", SyncedResult::fromJson));
    });
  }

  private static ChunkedSync<RegistrationSyncItem, ActigoRegistration> registrationSync() {
    return new ChunkedSync<>(i -> i.id().orElse(null), ActigoRegistration::id);
  }

  /** A body that must be a JSON array of objects, each read by {@code reader}. */
  private static <T> List<T> jsonArray(ResponseContent content, String name,
      BiFunction<JsonNode, String, T> reader) throws IOException {
    JsonNode root = DOCUMENT_READER.readValue(content.bytes());
    if (root == null || !root.isArray()) {
      throw new DecodingException("expected a JSON array but found " + Wire.kind(root), null, "");
    }
    List<T> out = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      out.add(reader.apply(root.get(i), name + "[" + i + "]"));
    }
    return out;
  }

  // ------------------------------------------------------------------ unified views

  /**
   * The unified view of one activity's registrations.
   *
   * @param activityId the organised activity's id (24 hexadecimal digits)
   * @throws ValidationException if the id is not 24 hexadecimal digits
   */
  public ActigoRegistrationSource registrationSource(String activityId) {
    return new ActigoRegistrationSource(this, activityId);
  }

  /**
   * A target for start numbers of one activity, pushed with the JSON registration sync in chunks
   * of the default size. Each push first downloads the registrations to send every
   * registration's person id with its start number ({@link ActigoBibPushTarget.Builder#personLookup}).
   * For another chunk size, or without the download, use {@link ActigoBibPushTarget#builder}.
   *
   * @param activityId the organised activity's id (24 hexadecimal digits)
   * @throws ValidationException if the id is not 24 hexadecimal digits
   */
  public ActigoBibPushTarget bibPushTarget(String activityId) {
    return ActigoBibPushTarget.builder(this, activityId).personLookup(true).build();
  }

  /**
   * A target for results of one activity, pushed with the results sync in chunks of the default
   * size, without split times. For split times or another chunk size, use
   * {@link ActigoResultPushTarget#builder} (see {@link ActigoResultPushTarget.Builder#raceStart}).
   *
   * @param activityId the organised activity's id (24 hexadecimal digits)
   * @throws ValidationException if the id is not 24 hexadecimal digits
   */
  public ActigoResultPushTarget resultPushTarget(String activityId) {
    return ActigoResultPushTarget.builder(this, activityId).build();
  }

  /** The base URL requests go to: {@link #DEFAULT_BASE_URL} unless the options override it. */
  public String baseUrl() {
    return executor.baseUrl();
  }

  /** The options this client runs with. */
  public ClientOptions options() {
    return executor.options();
  }

  /** The base URL and key name; never the secret. */
  @Override
  public String toString() {
    return "ActigoClient{baseUrl=" + baseUrl() + ", keyName=" + credentials.keyName() + "}";
  }

  /** Builds an {@link ActigoClient}. Not thread-safe. */
  public static final class Builder {
    private ActigoCredentials credentials;
    private ClientOptions options = ClientOptions.defaults();

    private Builder() {}

    /**
     * The access key (required), e.g. {@code ActigoCredentials.of(keyName, keySecret)}.
     *
     * @throws ValidationException if {@code credentials} is null
     */
    public Builder credentials(ActigoCredentials credentials) {
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
    public ActigoClient build() {
      Validation.required(credentials, "credentials");
      return new ActigoClient(this);
    }
  }
}
