package dev.racereg.letsdothis;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.racereg.core.ClientOptions;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.auth.JwtBearerAuth;
import dev.racereg.core.internal.http.ApiExecutor;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.RequestBody;
import dev.racereg.core.internal.http.ResponseDecoder;
import dev.racereg.core.paging.Page;
import java.util.List;
import java.util.OptionalLong;

/**
 * The Let's Do This API ({@value #DEFAULT_BASE_URL}): applications, participants, partners,
 * reserved entries and tickets of an organiser. Build one with {@link #builder()} and share it: it
 * is thread-safe and holds a connection pool.
 *
 * <pre>{@code
 * LetsDoThisClient ldt = LetsDoThisClient.builder()
 *     .credentials(LetsDoThisCredentials.of(System.getenv("LETSDOTHIS_API_KEY")))
 *     .build();
 * Page<LetsDoThisParticipant> first = ldt.listRaceParticipants(
 *     ListRaceParticipantsParams.builder().raceId("3517846101").pageSize(500).build());
 * first.autoPagingStream().forEach(p -> System.out.println(p.fields().lastName().orElse("?")));
 * }</pre>
 *
 * <p><b>Auth.</b> The API key is a signed, unencrypted JWT sent as {@code Authorization: Bearer
 * <key>}. Its claims are readable on {@link LetsDoThisCredentials} ({@link #credentials()}); a
 * key whose {@code exp} has passed, by the options' clock, is refused
 * before anything is sent with a {@link dev.racereg.core.error.CredentialsExpiredException}. The
 * key never appears in logs, exception messages or {@code toString()}.
 *
 * <p><b>Lists</b> are cursor-paged: each list method returns the first {@link Page}, whose
 * {@link Page#autoPagingStream()} and {@link Page#autoPagingIterable()} fetch the following pages
 * with the same parameters and key ({@code page[after]} set to the previous page's {@code next}
 * cursor); {@link Page#totalResults()} is the platform's {@code totalResults}. Reserved entry
 * groups and tickets come as one whole list.
 *
 * <p><b>Paths.</b> Four paths are confirmed by the platform (the application and participant
 * lists); the others are inferred from its REST pattern and isolated in one package-private class
 * so they are cheap to correct. Each method's Javadoc says which.
 *
 * <p><b>Retries.</b> Reads, updates ({@code PATCH}: they set members to values, so repeating one
 * leaves the same state) and deletes are {@link Idempotency#SAFE} and retried on I/O errors, 429
 * and 502/503/504 by the options' {@link dev.racereg.core.http.RetryPolicy}. Creates are
 * {@link Idempotency#UNSAFE}: never repeated once the request may have left, since a repeat would
 * create a second partner, group or link; the resulting
 * {@link dev.racereg.core.error.TransportException} says how to check what happened.
 *
 * <p><b>Errors.</b> 401 {@link dev.racereg.core.error.AuthenticationException} (missing, wrong,
 * revoked or expired key), 404 {@link dev.racereg.core.error.NotFoundException}, 400
 * {@link dev.racereg.core.error.BadRequestException} with every broken rule in its message, 429
 * {@link dev.racereg.core.error.RateLimitException}, 5xx
 * {@link dev.racereg.core.error.ServerException}; a body that is not the documented JSON (HTML,
 * empty, truncated, malformed) is a {@link dev.racereg.core.error.DecodingException}. All are
 * {@link dev.racereg.core.error.RaceRegException}s.
 */
public final class LetsDoThisClient {

  /** The production API, as documented. */
  public static final String DEFAULT_BASE_URL = "https://api.letsdothis.com/v0";

  private final LetsDoThisCredentials credentials;
  private final JwtBearerAuth auth;
  private final ApiExecutor executor;
  private final ObjectReader applications;
  private final ObjectReader participants;
  private final ObjectReader partners;
  private final ObjectReader groups;
  private final ObjectReader tickets;
  private final ObjectReader claimLinks;

  private LetsDoThisClient(Builder b) {
    this.credentials = b.credentials;
    this.auth = b.auth;
    // the JWT strategy already masks the Authorization header and the key's value everywhere
    this.executor = new ApiExecutor(b.options, DEFAULT_BASE_URL, auth, new LetsDoThisErrorMapper());
    this.applications = LetsDoThisDecoding.reader(LetsDoThisApplication.class);
    this.participants = LetsDoThisDecoding.reader(LetsDoThisParticipant.class);
    this.partners = LetsDoThisDecoding.reader(Partner.class);
    this.groups = LetsDoThisDecoding.reader(ReservedEntryGroup.class);
    this.tickets = LetsDoThisDecoding.reader(Ticket.class);
    this.claimLinks = LetsDoThisDecoding.reader(ClaimLink.class);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ credentials

  /** The credentials this client sends: the API key, whose claims are readable there. */
  public LetsDoThisCredentials credentials() {
    return credentials;
  }

  // ------------------------------------------------------------------ applications

  /**
   * Get applications ({@code GET /applications}, path confirmed): every application the key can
   * see, one page at a time.
   *
   * @param params filters, paging, sorts and {@code extendMetadata}
   * @return the first page; {@link Page#autoPagingStream()} reads the rest
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public Page<LetsDoThisApplication> listApplications(ListApplicationsParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    return list("letsdothis.listApplications", LetsDoThisPaths.APPLICATIONS, null, params, applications);
  }

  /** Get applications with no filter: {@code listApplications(ListApplicationsParams.all())}. */
  public Page<LetsDoThisApplication> listApplications() {
    return listApplications(ListApplicationsParams.all());
  }

  /**
   * Get an application by ID ({@code GET /applications/{id}}, path inferred).
   *
   * @throws dev.racereg.core.error.NotFoundException if there is no such application for the key
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public LetsDoThisApplication getApplication(GetApplicationParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    ApiRequest request = get("letsdothis.getApplication", LetsDoThisPaths.APPLICATION)
        .pathParam("id", params.id())
        .query("extendMetadata", params.extendMetadata().map(String::valueOf).orElse(null))
        .extras(params)
        .build();
    return executor.execute(request, LetsDoThisDecoding.one(applications));
  }

  /**
   * Get an application by ID, without {@code extendMetadata}.
   *
   * @throws ValidationException if {@code id} is blank
   * @throws dev.racereg.core.error.RaceRegException as {@link #getApplication(GetApplicationParams)}
   */
  public LetsDoThisApplication getApplication(String id) {
    return getApplication(GetApplicationParams.of(id));
  }

  /**
   * Get applications by an event ({@code GET /events/{id}/applications}, path confirmed).
   *
   * @return the first page; {@link Page#autoPagingStream()} reads the rest
   * @throws dev.racereg.core.error.NotFoundException if the event is unknown to the key
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public Page<LetsDoThisApplication> listEventApplications(ListEventApplicationsParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    return list("letsdothis.listEventApplications", LetsDoThisPaths.EVENT_APPLICATIONS, params.eventId(),
        params, applications);
  }

  // ------------------------------------------------------------------ participants

  /**
   * Get participants ({@code GET /participants}, path confirmed): every participant the key can
   * see, across the organiser's events.
   *
   * @return the first page; {@link Page#autoPagingStream()} reads the rest
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public Page<LetsDoThisParticipant> listParticipants(ListParticipantsParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    return list("letsdothis.listParticipants", LetsDoThisPaths.PARTICIPANTS, null, params, participants);
  }

  /** Get participants with no filter: {@code listParticipants(ListParticipantsParams.all())}. */
  public Page<LetsDoThisParticipant> listParticipants() {
    return listParticipants(ListParticipantsParams.all());
  }

  /**
   * Get a participant by ID ({@code GET /participants/{id}}, path inferred).
   *
   * @throws dev.racereg.core.error.NotFoundException if there is no such participant for the key
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public LetsDoThisParticipant getParticipant(GetParticipantParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    ApiRequest request = get("letsdothis.getParticipant", LetsDoThisPaths.PARTICIPANT)
        .pathParam("id", params.id())
        .query("extendMetadata", params.extendMetadata().map(String::valueOf).orElse(null))
        .extras(params)
        .build();
    return executor.execute(request, LetsDoThisDecoding.one(participants));
  }

  /**
   * Get a participant by ID, without {@code extendMetadata}.
   *
   * @throws ValidationException if {@code id} is blank
   * @throws dev.racereg.core.error.RaceRegException as {@link #getParticipant(GetParticipantParams)}
   */
  public LetsDoThisParticipant getParticipant(String id) {
    return getParticipant(GetParticipantParams.of(id));
  }

  /**
   * Get participants by a race ({@code GET /races/{id}/participants}, path confirmed), optionally
   * of one event occurrence.
   *
   * @return the first page; {@link Page#autoPagingStream()} reads the rest
   * @throws dev.racereg.core.error.NotFoundException if the race is unknown to the key
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public Page<LetsDoThisParticipant> listRaceParticipants(ListRaceParticipantsParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    return list("letsdothis.listRaceParticipants", LetsDoThisPaths.RACE_PARTICIPANTS, params.raceId(),
        params, participants);
  }

  // ------------------------------------------------------------------ partners

  /**
   * Get a partner by ID ({@code GET /partners/{id}}, path inferred), or by an external id
   * ({@code ?externalId=enthuse|justGiving|londonMarathon}).
   *
   * @throws dev.racereg.core.error.NotFoundException if there is no such partner for the key
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public Partner getPartner(GetPartnerParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    ApiRequest request = get("letsdothis.getPartner", LetsDoThisPaths.PARTNER)
        .pathParam("id", params.id())
        .query("externalId", params.externalIdType().map(ExternalIdType::wireValue).orElse(null))
        .extras(params)
        .build();
    return executor.execute(request, LetsDoThisDecoding.one(partners));
  }

  /**
   * Get a partner by its Let's Do This id.
   *
   * @throws ValidationException if {@code id} is blank
   * @throws dev.racereg.core.error.RaceRegException as {@link #getPartner(GetPartnerParams)}
   */
  public Partner getPartner(String id) {
    return getPartner(GetPartnerParams.of(id));
  }

  /**
   * Get a partner by an external id, e.g. its JustGiving id.
   *
   * @throws ValidationException if {@code externalId} is blank or {@code type} is null
   * @throws dev.racereg.core.error.RaceRegException as {@link #getPartner(GetPartnerParams)}
   */
  public Partner getPartnerByExternalId(ExternalIdType type, String externalId) {
    Validation.required(type, "externalIdType");
    return getPartner(GetPartnerParams.builder().id(externalId).externalIdType(type).build());
  }

  /**
   * Update a partner by ID or external ID ({@code PATCH /partners/{id}}; path and method
   * inferred). Only the members set in {@code params} are sent.
   *
   * @return the partner as it now is
   * @throws dev.racereg.core.error.NotFoundException if there is no such partner for the key
   * @throws dev.racereg.core.error.BadRequestException if the platform rejects a value
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public Partner updatePartner(UpdatePartnerParams params) {
    Validation.required(params, "params");
    // SAFE: a PATCH sets members to the given values, so sending it twice leaves the partner as
    // sending it once does; a retry after a lost answer cannot do harm
    ApiRequest request = ApiRequest.builder("letsdothis.updatePartner", LetsDoThisPaths.UPDATE_PARTNER_METHOD,
            LetsDoThisPaths.PARTNER, Idempotency.SAFE)
        .pathParam("id", params.id())
        .query("externalId", params.externalIdType().map(ExternalIdType::wireValue).orElse(null))
        .header("Accept", "application/json")
        .body(RequestBody.json(params.toJson()))
        .extras(params)
        .build();
    return executor.execute(request, LetsDoThisDecoding.one(partners));
  }

  /**
   * Get partners ({@code GET /partners}, path inferred), optionally searched by name.
   *
   * @return the first page; {@link Page#autoPagingStream()} reads the rest
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public Page<Partner> listPartners(ListPartnersParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    return list("letsdothis.listPartners", LetsDoThisPaths.PARTNERS, null, params, partners);
  }

  /** Get partners with no filter: {@code listPartners(ListPartnersParams.all())}. */
  public Page<Partner> listPartners() {
    return listPartners(ListPartnersParams.all());
  }

  /**
   * Create a partner ({@code POST /partners}, path inferred).
   *
   * <p>Not retried once the request may have left: a repeat would create a second partner. If
   * the outcome is unknown (a {@link dev.racereg.core.error.TransportException} with
   * {@code outcomeUnknown}), search the partners by name before creating it again.
   *
   * @return the new partner, with its id
   * @throws dev.racereg.core.error.BadRequestException if the platform rejects a value
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public Partner createPartner(CreatePartnerParams params) {
    Validation.required(params, "params");
    // UNSAFE: each POST creates a partner; a blind retry after a lost answer would make two
    ApiRequest request = ApiRequest.builder("letsdothis.createPartner", "POST", LetsDoThisPaths.PARTNERS,
            Idempotency.UNSAFE)
        .header("Accept", "application/json")
        .body(RequestBody.json(params.toJson()))
        .outcomeCheckHint("list partners with search=\"" + params.name()
            + "\" (listPartners) and look for one created just now")
        .extras(params)
        .build();
    return executor.execute(request, LetsDoThisDecoding.one(partners));
  }

  /**
   * Create a claim link for a partner ({@code POST /partners/{id}/claim-link}, path inferred): to
   * its general dashboard, or with a reserved entry id to the dashboard where it allocates those
   * entries. With an e-mail address, the platform sends the link there.
   *
   * <p>Not retried once the request may have left: a repeat would issue (and e-mail) a second link.
   *
   * @return the answer; the link itself when the platform returns it (inferred)
   * @throws dev.racereg.core.error.NotFoundException if there is no such partner for the key
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public ClaimLink createClaimLink(CreateClaimLinkParams params) {
    Validation.required(params, "params");
    // UNSAFE: each POST issues a new link and may e-mail it; repeating it would send a second one
    ApiRequest request = ApiRequest.builder("letsdothis.createClaimLink", "POST",
            LetsDoThisPaths.PARTNER_CLAIM_LINK, Idempotency.UNSAFE)
        .pathParam("id", params.partnerId())
        .header("Accept", "application/json")
        .body(RequestBody.json(params.toJson()))
        .outcomeCheckHint("ask the partner whether a claim link arrived before creating another")
        .extras(params)
        .build();
    return executor.execute(request, content -> content.text().isBlank() ? ClaimLink.empty()
        : LetsDoThisDecoding.<ClaimLink>one(claimLinks).decode(content));
  }

  // ------------------------------------------------------------------ reserved entries

  /**
   * Get reserved entry group by ID ({@code GET /reserved-entries/{id}}, path inferred).
   *
   * @throws dev.racereg.core.error.NotFoundException if there is no such group for the key
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public ReservedEntryGroup getReservedEntryGroup(GetReservedEntryGroupParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    ApiRequest request = get("letsdothis.getReservedEntryGroup", LetsDoThisPaths.RESERVED_ENTRY_GROUP)
        .pathParam("id", params.id())
        .extras(params)
        .build();
    return executor.execute(request, LetsDoThisDecoding.one(groups));
  }

  /**
   * Get reserved entry group by ID.
   *
   * @throws ValidationException if {@code id} is blank
   * @throws dev.racereg.core.error.RaceRegException as
   *     {@link #getReservedEntryGroup(GetReservedEntryGroupParams)}
   */
  public ReservedEntryGroup getReservedEntryGroup(String id) {
    return getReservedEntryGroup(GetReservedEntryGroupParams.of(id));
  }

  /**
   * Update a reserved entry group ({@code PATCH /reserved-entries/{id}}; path and method
   * inferred). Only the members set in {@code params} are sent.
   *
   * @return the group as it now is
   * @throws dev.racereg.core.error.NotFoundException if there is no such group for the key
   * @throws dev.racereg.core.error.BadRequestException if the platform rejects a value (e.g. a
   *     capacity below the entries already used)
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public ReservedEntryGroup updateReservedEntryGroup(UpdateReservedEntryGroupParams params) {
    Validation.required(params, "params");
    // SAFE: a PATCH sets members to the given values; repeating it leaves the same group
    ApiRequest request = ApiRequest.builder("letsdothis.updateReservedEntryGroup",
            LetsDoThisPaths.UPDATE_RESERVED_ENTRY_GROUP_METHOD, LetsDoThisPaths.RESERVED_ENTRY_GROUP,
            Idempotency.SAFE)
        .pathParam("id", params.id())
        .header("Accept", "application/json")
        .body(RequestBody.json(params.toJson()))
        .extras(params)
        .build();
    return executor.execute(request, LetsDoThisDecoding.one(groups));
  }

  /**
   * Delete a reserved entry group ({@code DELETE /reserved-entries/{id}}, path inferred).
   *
   * <p>Retried like a read: deleting twice leaves the group deleted. A retry whose first attempt
   * did delete the group may then end in a {@link dev.racereg.core.error.NotFoundException}.
   *
   * @throws dev.racereg.core.error.NotFoundException if there is no such group for the key
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public void deleteReservedEntryGroup(DeleteReservedEntryGroupParams params) {
    Validation.required(params, "params");
    // SAFE: a DELETE of one named group has the same end state however often it is sent
    ApiRequest request = ApiRequest.builder("letsdothis.deleteReservedEntryGroup", "DELETE",
            LetsDoThisPaths.RESERVED_ENTRY_GROUP, Idempotency.SAFE)
        .pathParam("id", params.id())
        .header("Accept", "application/json")
        .extras(params)
        .build();
    executor.execute(request, ResponseDecoder.discard());
  }

  /**
   * Delete a reserved entry group by id.
   *
   * @throws ValidationException if {@code id} is blank
   * @throws dev.racereg.core.error.RaceRegException as
   *     {@link #deleteReservedEntryGroup(DeleteReservedEntryGroupParams)}
   */
  public void deleteReservedEntryGroup(String id) {
    deleteReservedEntryGroup(DeleteReservedEntryGroupParams.of(id));
  }

  /**
   * Get all reserved entry groups by event ({@code GET /events/{id}/reserved-entries}, path
   * inferred). The platform returns the whole list at once.
   *
   * @return the groups, unmodifiable
   * @throws dev.racereg.core.error.NotFoundException if the event is unknown to the key
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public List<ReservedEntryGroup> listReservedEntryGroups(ListReservedEntryGroupsParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    ApiRequest request = get("letsdothis.listReservedEntryGroups", LetsDoThisPaths.EVENT_RESERVED_ENTRY_GROUPS)
        .pathParam("id", params.eventId())
        .extras(params)
        .build();
    return executor.execute(request, content -> LetsDoThisDecoding.<ReservedEntryGroup>readEnvelope(content, groups).data);
  }

  /**
   * Get all reserved entry groups of an event.
   *
   * @throws ValidationException if {@code eventId} is blank
   * @throws dev.racereg.core.error.RaceRegException as
   *     {@link #listReservedEntryGroups(ListReservedEntryGroupsParams)}
   */
  public List<ReservedEntryGroup> listReservedEntryGroups(String eventId) {
    return listReservedEntryGroups(ListReservedEntryGroupsParams.of(eventId));
  }

  /**
   * Create a new reserved entry group under an event ({@code POST /events/{id}/reserved-entries},
   * path inferred).
   *
   * <p>Not retried once the request may have left: a repeat would reserve the entries twice. If the
   * outcome is unknown, list the event's groups and look for the name before creating it again.
   *
   * @return the new group, with its id
   * @throws dev.racereg.core.error.BadRequestException if the platform rejects a value
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public ReservedEntryGroup createReservedEntryGroup(CreateReservedEntryGroupParams params) {
    Validation.required(params, "params");
    // UNSAFE: each POST creates a group holding maxCapacity entries; a blind retry would hold
    // them twice
    ApiRequest request = ApiRequest.builder("letsdothis.createReservedEntryGroup", "POST",
            LetsDoThisPaths.EVENT_RESERVED_ENTRY_GROUPS, Idempotency.UNSAFE)
        .pathParam("id", params.eventId())
        .header("Accept", "application/json")
        .body(RequestBody.json(params.toJson()))
        .outcomeCheckHint("list the event's reserved entry groups (listReservedEntryGroups(\""
            + params.eventId() + "\")) and look for \"" + params.name() + "\"")
        .extras(params)
        .build();
    return executor.execute(request, LetsDoThisDecoding.one(groups));
  }

  // ------------------------------------------------------------------ tickets

  /**
   * Get tickets by an event ({@code GET /events/{id}/tickets}, path inferred). The platform
   * returns the whole list at once.
   *
   * @return the tickets, unmodifiable
   * @throws dev.racereg.core.error.NotFoundException if the event is unknown to the key
   * @throws dev.racereg.core.error.RaceRegException see the class description
   */
  public List<Ticket> listTickets(ListTicketsParams params) {
    Validation.required(params, "params");
    // SAFE: a read
    ApiRequest request = get("letsdothis.listTickets", LetsDoThisPaths.EVENT_TICKETS)
        .pathParam("id", params.eventId())
        .extras(params)
        .build();
    return executor.execute(request, content -> LetsDoThisDecoding.<Ticket>readEnvelope(content, tickets).data);
  }

  /**
   * Get the tickets of an event.
   *
   * @throws ValidationException if {@code eventId} is blank
   * @throws dev.racereg.core.error.RaceRegException as {@link #listTickets(ListTicketsParams)}
   */
  public List<Ticket> listTickets(String eventId) {
    return listTickets(ListTicketsParams.of(eventId));
  }

  // ------------------------------------------------------------------ unified view

  /**
   * The unified view of every participant the key can see, across the organiser's events.
   */
  public LetsDoThisRegistrationSource registrationSource() {
    return new LetsDoThisRegistrationSource(this, null, null);
  }

  /**
   * The unified view of one race's participants.
   *
   * @throws ValidationException if {@code raceId} is blank
   */
  public LetsDoThisRegistrationSource registrationSource(String raceId) {
    return new LetsDoThisRegistrationSource(this, Validation.notBlank(raceId, "raceId"), null);
  }

  /**
   * The unified view of one race's participants in one event occurrence (edition).
   *
   * @throws ValidationException if either id is blank
   */
  public LetsDoThisRegistrationSource registrationSource(String raceId, String eventOccurrenceId) {
    return new LetsDoThisRegistrationSource(this, Validation.notBlank(raceId, "raceId"),
        Validation.notBlank(eventOccurrenceId, "eventOccurrenceId"));
  }

  // ------------------------------------------------------------------ plumbing

  /** The base URL requests go to: {@link #DEFAULT_BASE_URL} unless the options override it. */
  public String baseUrl() {
    return executor.baseUrl();
  }

  /** The options this client runs with. */
  public ClientOptions options() {
    return executor.options();
  }

  /** The base URL and the organiser; never the key. */
  @Override
  public String toString() {
    return "LetsDoThisClient{baseUrl=" + baseUrl() + ", organiserId=" + credentials.organiserId().orElse("?") + "}";
  }

  private static ApiRequest.Builder get(String operation, String path) {
    return ApiRequest.builder(operation, "GET", path, Idempotency.SAFE).header("Accept", "application/json");
  }

  private <T> Page<T> list(String operation, String path, String id, CursorListParams params,
      ObjectReader reader) {
    ApiRequest.Builder b = get(operation, path);
    if (id != null) {
      b.pathParam("id", id);
    }
    params.addQuery(b);
    // the additional query parameters and headers go on every page: the cursor params keep them
    b.extras(params);
    LetsDoThisDecoding.Envelope<T> envelope =
        executor.execute(b.build(), content -> LetsDoThisDecoding.readEnvelope(content, reader));
    LetsDoThisDecoding.PageInfo info = envelope.page;
    OptionalLong total = info == null || info.totalResults == null ? OptionalLong.empty()
        : OptionalLong.of(info.totalResults);
    String next = info == null ? null : info.next;
    // stop on an empty page or a cursor that does not move, so a platform quirk cannot loop forever
    boolean more = next != null && !next.isBlank() && !envelope.data.isEmpty()
        && !next.equals(params.pageAfter().orElse(null));
    if (!more) {
      return Page.last(envelope.data, total);
    }
    CursorListParams following = params.withPageAfter(next);
    return Page.of(envelope.data, total, next, () -> list(operation, path, id, following, reader));
  }

  /** Builds a {@link LetsDoThisClient}. Not thread-safe. */
  public static final class Builder {
    private LetsDoThisCredentials credentials;
    private ClientOptions options = ClientOptions.defaults();
    private JwtBearerAuth auth;

    private Builder() {}

    /**
     * The API key (required): {@code LetsDoThisCredentials.of(jwt)} with the JWT from the
     * organiser's settings, credentials tab.
     */
    public Builder credentials(LetsDoThisCredentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /**
     * Timeouts, retries, logging, clock (which decides key expiry), base URL override (a
     * simulator, a proxy) and the rest. Default {@link ClientOptions#defaults()}.
     */
    public Builder options(ClientOptions options) {
      this.options = Validation.required(options, "options");
      return this;
    }

    /**
     * Builds the client. An expired key is accepted here (its claims stay readable); calls are
     * then refused before sending.
     *
     * @throws ValidationException naming {@code credentials} if none was given
     */
    public LetsDoThisClient build() {
      Validation.required(credentials, "credentials");
      // the key was checked to be a JWT when the credentials were made
      auth = new JwtBearerAuth(credentials.apiKey(), options.clock());
      return new LetsDoThisClient(this);
    }
  }
}
