package dev.racereg.fftri;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.http.ApiExecutor;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.Redaction;
import dev.racereg.core.internal.http.RequestBody;
import dev.racereg.core.unified.RegistrationSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed client for the FFTri espacetri licence API: seasons, clubs and age categories, licence
 * checks, the pass compétition (one-day licence) lifecycle, organisers' trials and ITU
 * federations. One method per documented operation; each takes an immutable, validated params
 * object and returns typed models.
 *
 * <pre>{@code
 * FftriClient fftri = FftriClient.builder()
 *     .credentials(FftriCredentials.of("acme-timing", apiKey, passphrase))
 *     .build();
 * List<Season> seasons = fftri.seasons();
 * LicenceTestResult r = fftri.testLicence(TestLicenceParams.builder().seasonId(10).licence("A12345").build());
 * }</pre>
 *
 * <p><b>Auth.</b> {@link FftriCredentials}: {@code X-USER} and the raw {@code Authorization} key on every
 * call, plus the {@code X-Auth-Token} on the pass compétition operations (which need the
 * passphrase; without one they throw {@link ValidationException} before sending).
 *
 * <p><b>Errors.</b> Every method throws unchecked {@link dev.racereg.core.error.RaceRegException}s:
 * {@link ValidationException} before sending; {@link ApiException} subclasses by HTTP status;
 * {@link FftriRejectedException} when the platform answers 200 with {@code success} false;
 * {@link dev.racereg.core.error.TransportException} for I/O failures and timeouts (timeouts are
 * those of {@link ClientOptions}: connect 10 s, read and write 30 s by default);
 * {@link dev.racereg.core.error.DecodingException} for a body that is not the documented format
 * (malformed, truncated, empty, HTML).
 *
 * <p><b>Retries.</b> Reads are {@link Idempotency#SAFE} and retried on I/O errors, 408, 429 and
 * 502-504 by the options' retry policy. Creating and refunding a pass are
 * {@link Idempotency#UNSAFE}: never re-sent once the request may have left; a lost answer gives
 * a {@link dev.racereg.core.error.TransportException} whose {@code outcomeUnknown()} is true and
 * whose message says how to check.
 *
 * <p>Thread-safe: share one instance.
 */
public final class FftriClient {

  /** The production base URL, from the doc. */
  public static final String DEFAULT_BASE_URL = "https://licence-api.espacetri.fftri.com/api";

  private final FftriCredentials credentials;
  private final ApiExecutor executor;

  private FftriClient(Builder b) {
    if (b.credentials == null) {
      throw new ValidationException("credentials", "must be set: FftriClient.builder().credentials(FftriCredentials.of(...))");
    }
    this.credentials = b.credentials;
    this.executor = new ApiExecutor(b.options, DEFAULT_BASE_URL, new FftriAuth(credentials), new FftriErrorMapper(),
        Redaction.none());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The options this client runs with. */
  public ClientOptions options() {
    return executor.options();
  }

  /** The base URL requests go to. */
  public String baseUrl() {
    return executor.baseUrl();
  }

  /** The credentials in use. */
  public FftriCredentials credentials() {
    return credentials;
  }

  // ---- reference data -------------------------------------------------------------------------

  /**
   * {@code GET /ping}: checks that the credentials are recognised. SAFE: a read.
   *
   * @return the account's name and the server's time
   * @throws dev.racereg.core.error.AuthenticationException if the credentials are refused
   */
  public PingResult ping() {
    ApiRequest request = request(FftriOperations.PING, "GET", "/ping", Idempotency.SAFE).build();
    return executor.execute(request, r -> Codecs.json().treeToValue(
        FftriJson.object(r.bytes(), "the ping answer"), PingResult.class));
  }

  /**
   * {@code GET /seasons}: every season defined in the espacetri. SAFE: a read.
   *
   * @return the seasons, in the platform's order, each carrying its id
   */
  public List<Season> seasons() {
    ApiRequest request = request(FftriOperations.SEASONS, "GET", "/seasons", Idempotency.SAFE).build();
    return executor.execute(request, r -> FftriJson.keyedList(
        FftriJson.tree(r.bytes(), "seasons"), Season.class, "seasons", Season::containerKey));
  }

  /**
   * {@code GET /clubs/{season_id}}: the clubs affiliated (renewed) for a season. SAFE: a read.
   *
   * @return the clubs, in the platform's order
   */
  public List<ClubSummary> clubs(ClubsParams params) {
    Validation.required(params, "params");
    ApiRequest request = request(FftriOperations.CLUBS, "GET", "/clubs/{seasonId}", Idempotency.SAFE)
        .extras(params)
        .pathParam("seasonId", Long.toString(params.seasonId())).build();
    return executor.execute(request, r -> {
      List<ClubSummary> clubs = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : FftriJson.entries(FftriJson.tree(r.bytes(), "clubs"), "clubs")) {
        JsonNode v = e.getValue();
        String name = v.isObject() && v.hasNonNull("name") ? v.get("name").asText() : v.isValueNode() ? v.asText() : null;
        if (name == null || v.isNull()) {
          throw new IllegalArgumentException("expected a club name under key \"" + e.getKey() + "\", got "
              + FftriJson.kind(v));
        }
        clubs.add(ClubSummary.of(FftriJson.idKey(e.getKey(), "club"), name, v));
      }
      return List.copyOf(clubs);
    });
  }

  /** {@link #clubs(ClubsParams)} for a season id. */
  public List<ClubSummary> clubs(long seasonId) {
    return clubs(ClubsParams.builder().seasonId(seasonId).build());
  }

  /**
   * {@code GET /club/{club_id}}: a club's details. SAFE: a read.
   *
   * @return the club
   * @throws dev.racereg.core.error.NotFoundException if the platform does not know the club
   */
  public Club club(ClubParams params) {
    Validation.required(params, "params");
    ApiRequest request = request(FftriOperations.CLUB, "GET", "/club/{clubId}", Idempotency.SAFE)
        .extras(params)
        .pathParam("clubId", Long.toString(params.clubId())).build();
    return executor.execute(request, r -> Codecs.json().treeToValue(
        FftriJson.object(r.bytes(), "a club"), Club.class));
  }

  /** {@link #club(ClubParams)} for a club id. */
  public Club club(long clubId) {
    return club(ClubParams.builder().clubId(clubId).build());
  }

  /**
   * {@code GET /age-categories/{season_id}}: a season's age categories. SAFE: a read.
   *
   * @return the categories, in the platform's order, each carrying its id
   */
  public List<AgeCategory> ageCategories(AgeCategoriesParams params) {
    Validation.required(params, "params");
    ApiRequest request = request(FftriOperations.AGE_CATEGORIES, "GET", "/age-categories/{seasonId}",
        Idempotency.SAFE)
        .extras(params)
        .pathParam("seasonId", Long.toString(params.seasonId())).build();
    return executor.execute(request, r -> FftriJson.keyedList(
        FftriJson.tree(r.bytes(), "age categories"), AgeCategory.class, "age categories", AgeCategory::containerKey));
  }

  /** {@link #ageCategories(AgeCategoriesParams)} for a season id. */
  public List<AgeCategory> ageCategories(long seasonId) {
    return ageCategories(AgeCategoriesParams.builder().seasonId(seasonId).build());
  }

  // ---- licences -------------------------------------------------------------------------------

  /**
   * {@code POST /test-licence/{season_id}} with {@code {"licence": "<number>"}}: whether a
   * licence exists for a season. SAFE: a POST, but it only reads.
   *
   * @return the platform's message; see {@link LicenceTestResult#isValidForSeason()}
   * @throws ApiException if the platform refuses (how it reports an unknown licence is not
   *     documented; {@link FftriLicenceVerifier} turns every answer into a verdict)
   */
  public LicenceTestResult testLicence(TestLicenceParams params) {
    Validation.required(params, "params");
    ApiRequest request = request(FftriOperations.TEST_LICENCE, "POST", "/test-licence/{seasonId}", Idempotency.SAFE)
        .extras(params)
        .pathParam("seasonId", Long.toString(params.seasonId()))
        .body(RequestBody.json(Codecs.json().createObjectNode().put("licence", params.licence())))
        .build();
    return executor.execute(request, r -> Codecs.json().treeToValue(
        FftriJson.object(r.bytes(), "the licence test answer"), LicenceTestResult.class));
  }

  /**
   * {@code POST /licence-infos/{season_id}} with the holder's gender, last name, birth date and
   * licence number: the licence holder's details. SAFE: a POST, but it only reads.
   *
   * @return the holder's licence details
   */
  public LicenceInfo licenceInfos(LicenceInfosParams params) {
    Validation.required(params, "params");
    ApiRequest request = request(FftriOperations.LICENCE_INFOS, "POST", "/licence-infos/{seasonId}",
        Idempotency.SAFE)
        .extras(params)
        .pathParam("seasonId", Long.toString(params.seasonId()))
        .body(RequestBody.json(params.toJson()))
        .build();
    return executor.execute(request, r -> Codecs.json().treeToValue(
        FftriJson.object(r.bytes(), "licence details"), LicenceInfo.class));
  }

  // ---- pass compétition -----------------------------------------------------------------------

  /**
   * {@code POST /create-pass-competition}: creates (and, since the platform's change, validates
   * and marks paid) a pass compétition. With {@code testEdition} the platform only tests its
   * answer and creates nothing. Needs the passphrase ({@code X-Auth-Token}).
   *
   * <p>UNSAFE: it issues a paid document; sending it twice would create two passes. It is never
   * re-sent once the request may have reached the platform. If the answer is lost, the
   * {@link dev.racereg.core.error.TransportException} has {@code outcomeUnknown()} true: list the
   * trial's passes ({@link #listPasses(ListPassesParams)} with {@link PaidFilter#ALL}) or
   * {@link #verifyPass(VerifyPassParams) verify} a pass before creating again.
   *
   * @return the pass number and its download URL
   * @throws ValidationException if no passphrase is configured (nothing is sent)
   * @throws FftriRejectedException if the platform refuses ({@code success} false)
   */
  public CreatedPass createPass(CreatePassParams params) {
    Validation.required(params, "params");
    requirePassphrase(FftriOperations.CREATE_PASS);
    ApiRequest request = request(FftriOperations.CREATE_PASS, "POST", "/create-pass-competition", Idempotency.UNSAFE)
        .extras(params)
        .body(RequestBody.json(params.toJson()))
        .outcomeCheckHint("list the passes of trial " + params.trialId()
            + " (FftriClient.listPasses with PaidFilter.ALL) or verify the pass"
            + " (FftriClient.verifyPass) and look for this participant before creating the pass again")
        .build();
    return executor.execute(request, r -> Codecs.json().treeToValue(
        FftriJson.object(r.bytes(), "the created pass"), CreatedPass.class));
  }

  /**
   * {@code POST /update-pass-competition}: sets a pass's refund flag (refunds it). Needs the
   * passphrase.
   *
   * <p>UNSAFE. Setting the flag to a fixed value looks repeatable, but a refund moves money and
   * may issue a credit note, and the doc does not say the platform ignores a second identical
   * refund (it may instead refuse it as already refunded, hiding the first success). So it is
   * never re-sent once it may have reached the platform; on a lost answer check the pass with
   * {@link #verifyPass(VerifyPassParams)} (its {@code refund} flag and status).
   *
   * @return the platform's acknowledgement
   * @throws ValidationException if no passphrase is configured (nothing is sent)
   * @throws FftriRejectedException if the platform refuses ({@code success} false)
   */
  public PassUpdateResult updatePass(UpdatePassParams params) {
    Validation.required(params, "params");
    requirePassphrase(FftriOperations.UPDATE_PASS);
    ApiRequest request = request(FftriOperations.UPDATE_PASS, "POST", "/update-pass-competition", Idempotency.UNSAFE)
        .extras(params)
        .body(RequestBody.json(params.toJson()))
        .outcomeCheckHint("verify pass " + params.passNumber()
            + " (FftriClient.verifyPass) and look at its refund flag and status before sending the update again")
        .build();
    return executor.execute(request, r -> Codecs.json().treeToValue(
        FftriJson.object(r.bytes(), "the update answer"), PassUpdateResult.class));
  }

  /**
   * {@code GET /pass-competition/{pass_number}/{trial_id}}: whether a pass exists and is valid for
   * a trial, with the trial's details. SAFE: a read. Needs the passphrase.
   *
   * @return the pass
   * @throws ValidationException if no passphrase is configured (nothing is sent)
   */
  public Pass verifyPass(VerifyPassParams params) {
    Validation.required(params, "params");
    requirePassphrase(FftriOperations.VERIFY_PASS);
    ApiRequest request = request(FftriOperations.VERIFY_PASS, "GET", "/pass-competition/{passNumber}/{trialId}",
        Idempotency.SAFE)
        .extras(params)
        .pathParam("passNumber", params.passNumber())
        .pathParam("trialId", Long.toString(params.trialId()))
        .build();
    return executor.execute(request, r -> Codecs.json().treeToValue(
        FftriJson.object(r.bytes(), "a pass"), Pass.class));
  }

  /**
   * {@code GET /pass-competition-list/{trial_id}/{is_paid}/{provider}/0}: the passes of a trial,
   * as JSON. SAFE: a read. Needs the passphrase.
   *
   * @return the passes, in the platform's order (the whole list comes in one response)
   * @throws ValidationException if no passphrase is configured (nothing is sent)
   */
  public List<Pass> listPasses(ListPassesParams params) {
    Validation.required(params, "params");
    requirePassphrase(FftriOperations.LIST_PASSES);
    ApiRequest request = passList(FftriOperations.LIST_PASSES, params, false);
    // bound from the stream: a trial's list can hold thousands of passes
    return executor.execute(request, r -> FftriJson.keyedList(r.bytes(), Pass.class, "passes"));
  }

  /**
   * {@code GET /pass-competition-list/{trial_id}/{is_paid}/{provider}/1}: the passes of a trial,
   * as the platform's CSV text, read with jackson-dataformat-csv. SAFE: a read. Needs the
   * passphrase.
   *
   * <p>The doc only says "text formatted for a CSV". Read as (all inferred): a header row, the
   * separator being the first of {@code ;}, {@code ,} or tab in it; columns named like the JSON
   * fields or with French labels ({@code Prénom}, {@code Nom}, {@code Date de naissance}...) map
   * to {@link Pass} fields, other columns land in {@link Pass#unknownFields()}; a body wrapped
   * in a JSON string is unwrapped. The raw text is kept in {@link PassCsvExport#text()}.
   *
   * @return the text, its header and the passes
   * @throws ValidationException if no passphrase is configured (nothing is sent)
   */
  public PassCsvExport listPassesCsv(ListPassesParams params) {
    Validation.required(params, "params");
    requirePassphrase(FftriOperations.LIST_PASSES_CSV);
    ApiRequest request = passList(FftriOperations.LIST_PASSES_CSV, params, true);
    return executor.execute(request, r -> PassCsvReader.read(r.text()));
  }

  private ApiRequest passList(String operation, ListPassesParams params, boolean csv) {
    // the doc's sample sends all four segments; the optional ones are sent explicitly
    return request(operation, "GET", "/pass-competition-list/{trialId}/{isPaid}/{provider}/{csv}", Idempotency.SAFE)
        .extras(params)
        .pathParam("trialId", Long.toString(params.trialId()))
        .pathParam("isPaid", params.paid().wireValue())
        .pathParam("provider", params.onlyThisProvider() ? "1" : "0")
        .pathParam("csv", csv ? "1" : "0")
        .build();
  }

  // ---- organisers and ITU federations ---------------------------------------------------------

  /**
   * {@code GET /get-trials-by-orga/{login}/{key}}: the upcoming events of an organiser, with
   * their trials. SAFE: a read. The organiser's key travels in the path; it is masked in logs,
   * logged URLs and exception messages.
   *
   * @return the events, in the platform's order, each with its trials
   */
  public List<OrganiserEvent> trialsByOrganiser(TrialsByOrganiserParams params) {
    Validation.required(params, "params");
    ApiRequest request = request(FftriOperations.TRIALS_BY_ORGANISER, "GET", "/get-trials-by-orga/{login}/{key}",
        Idempotency.SAFE)
        .extras(params)
        .pathParam("login", params.login())
        .pathParam("key", params.key().reveal())
        .redact(Redaction.secretValues(params.key().reveal()))
        .build();
    return executor.execute(request, r -> FftriJson.keyedList(
        FftriJson.tree(r.bytes(), "events"), OrganiserEvent.class, "events", OrganiserEvent::containerKey));
  }

  /**
   * {@code GET /itu-federation/{federation_id}}: one ITU federation. SAFE: a read. Sends the
   * {@code X-Auth-Token} when a passphrase is configured, as the doc's sample does.
   *
   * @return the federation, or empty when the platform answers 200 with none for this id
   * @throws dev.racereg.core.error.NotFoundException when the platform answers 404 for the id
   */
  public Optional<ItuFederation> ituFederation(ItuFederationParams params) {
    Validation.required(params, "params");
    ApiRequest request = request(FftriOperations.ITU_FEDERATION, "GET", "/itu-federation/{federationId}",
        Idempotency.SAFE)
        .extras(params)
        .pathParam("federationId", Long.toString(params.federationId())).build();
    return executor.execute(request, r -> {
      List<ItuFederation> found = FftriJson.keyedList(
          FftriJson.tree(r.bytes(), "an ITU federation"), ItuFederation.class, "ITU federation", ItuFederation::containerKey);
      return found.stream().filter(f -> f.id() == params.federationId()).findFirst()
          .or(() -> found.stream().findFirst());
    });
  }

  /** {@link #ituFederation(ItuFederationParams)} for a federation id. */
  public Optional<ItuFederation> ituFederation(long federationId) {
    return ituFederation(ItuFederationParams.builder().federationId(federationId).build());
  }

  /**
   * {@code GET /get-itu-affiliated-federation}: the ITU federations whose members get the pass
   * compétition free. SAFE: a read.
   *
   * @return the federations, in the platform's order
   */
  public List<AffiliatedItuFederation> ituAffiliatedFederations() {
    ApiRequest request = request(FftriOperations.ITU_AFFILIATED, "GET", "/get-itu-affiliated-federation",
        Idempotency.SAFE).build();
    return executor.execute(request, r -> FftriJson.keyedList(
        FftriJson.tree(r.bytes(), "ITU federations"), AffiliatedItuFederation.class, "ITU federations", AffiliatedItuFederation::containerKey));
  }

  /**
   * {@code GET /itu-federations}: every ITU federation. SAFE: a read.
   *
   * @return the federations, in the platform's order
   */
  public List<ItuFederation> ituFederations() {
    ApiRequest request = request(FftriOperations.ITU_FEDERATIONS, "GET", "/itu-federations", Idempotency.SAFE).build();
    return executor.execute(request, r -> FftriJson.keyedList(
        FftriJson.tree(r.bytes(), "ITU federations"), ItuFederation.class, "ITU federations", ItuFederation::containerKey));
  }

  // ---- unified views --------------------------------------------------------------------------

  /**
   * A licence verifier over this client, with the default settings (at most 4 checks at a time,
   * adjacent seasons probed to tell a wrong season from an unknown licence).
   */
  public FftriLicenceVerifier licenceVerifier() {
    return FftriLicenceVerifier.builder(this).build();
  }

  /**
   * The passes compétition of a trial as unified registrations (every pass, paid or not), mapped
   * by {@link FftriUnifiedMapper}. Needs the passphrase.
   *
   * @param trialId the trial's id in the espacetri, at least 1
   * @throws ValidationException if the trial id is below 1
   */
  public RegistrationSource passRegistrations(long trialId) {
    return new FftriPassSource(this, ListPassesParams.builder().trialId(trialId).paid(PaidFilter.ALL).build());
  }

  @Override
  public String toString() {
    return "FftriClient{baseUrl=" + baseUrl() + ", credentials=" + credentials + "}";
  }

  private void requirePassphrase(String operation) {
    if (!credentials.hasPassphrase()) {
      throw new ValidationException("passphrase", "must be configured for " + operation
          + " (it signs the X-Auth-Token): FftriCredentials.builder().passphrase(...)");
    }
  }

  private static ApiRequest.Builder request(String operation, String method, String path, Idempotency idempotency) {
    // the doc sends both on every call, even without a body
    return ApiRequest.builder(operation, method, path, idempotency)
        .header("Accept", "application/json")
        .header("Content-Type", "application/json");
  }

  /** Builds an {@link FftriClient}. Not thread-safe. */
  public static final class Builder {
    private FftriCredentials credentials;
    private ClientOptions options = ClientOptions.defaults();

    private Builder() {}

    /**
     * The credentials. Required: {@link FftriCredentials#of(String, String)} is enough for
     * everything but the pass compétition operations, which need the passphrase.
     *
     * @throws ValidationException naming {@code credentials} if null
     */
    public Builder credentials(FftriCredentials credentials) {
      if (credentials == null) {
        throw new ValidationException("credentials", "must not be null");
      }
      this.credentials = credentials;
      return this;
    }

    /** Base URL override, timeouts, retries, logging. Default {@link ClientOptions#defaults()}. */
    public Builder options(ClientOptions options) {
      this.options = Validation.required(options, "options");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws ValidationException naming {@code credentials} if none were given
     */
    public FftriClient build() {
      return new FftriClient(this);
    }
  }
}
