package dev.racereg.actigo;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.unified.BibAssignment;
import dev.racereg.core.unified.BibPushOutcome;
import dev.racereg.core.unified.BibPushOutcome.Status;
import dev.racereg.core.unified.BibPushTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Pushes start numbers from a unified start list back to one Actigo activity, through the JSON
 * registration sync ({@code {"id": <nativeId>, "startNumber": <bib>}} per assignment, in chunks).
 * Immutable and thread-safe.
 *
 * <p>A target made by {@link ActigoClient#bibPushTarget(String)} (or with
 * {@link Builder#personLookup(boolean) personLookup(true)}) first downloads the activity's registrations once and adds {@code "person": {"id": ...}} to
 * each item whose person it found, as Actigo's own example does. If that download fails the push
 * goes ahead without person ids (the registration id alone names the registration); the
 * download's failure then shows again on the sync itself if it was the credentials.
 *
 * <p>Each assignment gets one outcome, in input order:
 * <table>
 *   <caption>Outcomes</caption>
 *   <tr><th>Actigo's answer</th><th>outcome</th></tr>
 *   <tr><td>{@code Updated} (or {@code Created}) with the bib</td><td>{@link Status#APPLIED}</td></tr>
 *   <tr><td>{@code Unchanged} with the bib</td><td>{@link Status#UNCHANGED}</td></tr>
 *   <tr><td>{@code Skipped}</td><td>{@link Status#SKIPPED}</td></tr>
 *   <tr><td>{@code Deleted}</td><td>{@link Status#FAILED}</td></tr>
 *   <tr><td>another start number than the bib, an unknown or missing {@code syncResultType}, or
 *       no answer entry for the registration</td><td>{@link Status#UNKNOWN}</td></tr>
 *   <tr><td>its chunk was refused with a 4xx, or never left (connection refused), or was not
 *       sent because an earlier chunk failed</td><td>{@link Status#FAILED}</td></tr>
 *   <tr><td>its chunk failed in a way that may have reached Actigo (timeout, 5xx, unreadable
 *       answer)</td><td>{@link Status#UNKNOWN}</td></tr>
 * </table>
 * The sync is idempotent, so pushing the FAILED and UNKNOWN assignments again is safe.
 */
public final class ActigoBibPushTarget implements BibPushTarget {

  private final ActigoClient client;
  private final String activityId;
  private final int chunkSize;
  private final boolean lookUpPersons;

  private ActigoBibPushTarget(Builder b) {
    this.client = b.client;
    this.activityId = b.activityId;
    this.chunkSize = b.chunkSize;
    this.lookUpPersons = b.personLookup;
  }

  /**
   * A builder for one activity.
   *
   * @param client the client to push with
   * @param activityId the organised activity's id (24 hexadecimal digits, checked by
   *     {@link Builder#build()})
   */
  public static Builder builder(ActigoClient client, String activityId) {
    return new Builder(client, activityId);
  }

  /** Whether pushes first download the registrations to send person ids. */
  public boolean personLookup() {
    return lookUpPersons;
  }

  /** Assignments per request. */
  public int chunkSize() {
    return chunkSize;
  }

  /** {@value ActigoRegistrationMapper#PROVIDER}. */
  @Override
  public String provider() {
    return ActigoRegistrationMapper.PROVIDER;
  }

  /**
   * Sets the start numbers.
   *
   * @return one outcome per assignment, in input order
   * @throws dev.racereg.core.error.ValidationException before anything is sent, if a native id
   *     is not an Actigo registration id (24 hexadecimal digits) or appears twice
   */
  @Override
  public List<BibPushOutcome> pushBibs(List<BibAssignment> assignments) {
    Objects.requireNonNull(assignments, "assignments");
    List<RegistrationSyncItem> items = new ArrayList<>(assignments.size());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < assignments.size(); i++) {
      BibAssignment a = Validation.required(assignments.get(i), "assignments[" + i + "]");
      String field = "assignments[" + i + "].nativeId";
      Ids.check(a.nativeId(), field);
      Integer earlier = seen.putIfAbsent(a.nativeId().toLowerCase(Locale.ROOT), i);
      Validation.check(earlier == null, field, "must not repeat a registration (also at assignments[" + earlier + "])");
    }
    ActigoPersonIndex persons = persons();
    for (BibAssignment a : assignments) {
      RegistrationSyncItem item = RegistrationSyncItem.startNumber(a.nativeId(), a.bib());
      String personId = persons.personId(a.nativeId()).orElse(null);
      items.add(personId == null ? item : item.toBuilder().person(SyncPerson.actigoUser(personId)).build());
    }
    SyncReport<RegistrationSyncItem, ActigoRegistration> report = client.syncRegistrations(
        SyncRegistrationsParams.builder().activityId(activityId).items(items).chunkSize(chunkSize).build());
    List<BibPushOutcome> outcomes = new ArrayList<>(assignments.size());
    for (int i = 0; i < assignments.size(); i++) {
      outcomes.add(outcome(assignments.get(i), report.item(i)));
    }
    return outcomes;
  }

  private ActigoPersonIndex persons() {
    if (!lookUpPersons || !ActigoInferred.START_NUMBER_SENDS_PERSON_ID) {
      return ActigoPersonIndex.empty();
    }
    try {
      return ActigoPersonIndex.download(client, activityId);
    } catch (RaceRegException e) {
      // the person id only accompanies the registration id; the push still names every registration
      return ActigoPersonIndex.empty();
    }
  }

  private static BibPushOutcome outcome(BibAssignment a, SyncReport.Item<RegistrationSyncItem, ActigoRegistration> item) {
    switch (item.status()) {
      case APPLIED:
        return answered(a, item.result().orElseThrow());
      case NO_ANSWER:
        return BibPushOutcome.of(a, Status.UNKNOWN,
            "Actigo accepted the request but its answer has no entry for this registration");
      case NOT_SENT:
        return BibPushOutcome.of(a, Status.FAILED,
            "not sent: an earlier request failed: " + item.error().map(Throwable::getMessage).orElse(""));
      default:
        RaceRegException e = item.error().orElseThrow();
        return BibPushOutcome.of(a, reachedActigo(e) ? Status.UNKNOWN : Status.FAILED, e.getMessage());
    }
  }

  private static BibPushOutcome answered(BibAssignment a, ActigoRegistration answer) {
    SyncResultType type = answer.syncResultType().orElse(null);
    if (type == null) {
      return BibPushOutcome.of(a, Status.UNKNOWN, "Actigo's answer has no syncResultType");
    }
    if (SyncResultType.SKIPPED.equals(type)) {
      return BibPushOutcome.of(a, Status.SKIPPED, "Actigo skipped it: updating this registration is not supported");
    }
    if (SyncResultType.DELETED.equals(type)) {
      return BibPushOutcome.of(a, Status.FAILED, "Actigo reports the registration as deleted");
    }
    if (!type.holdsSentValues()) {
      return BibPushOutcome.of(a, Status.UNKNOWN, "Actigo answered with an unknown syncResultType '" + type + "'");
    }
    String held = answer.startNumber().orElse(null);
    if (!a.bib().equals(held)) {
      return BibPushOutcome.of(a, Status.UNKNOWN, "Actigo answered " + type + " but holds start number "
          + (held == null ? "none" : "'" + held + "'"));
    }
    return BibPushOutcome.of(a, SyncResultType.UNCHANGED.equals(type) ? Status.UNCHANGED : Status.APPLIED, null);
  }

  /** Whether a failed request may still have been applied by Actigo. */
  static boolean reachedActigo(RaceRegException e) {
    if (e instanceof TransportException) {
      return ((TransportException) e).requestMayHaveBeenSent();
    }
    if (e instanceof ApiException) {
      return ((ApiException) e).statusCode() >= 500;
    }
    return true; // a 2xx whose answer could not be read: Actigo most likely applied it
  }

  @Override
  public String toString() {
    return "ActigoBibPushTarget{activity=" + activityId + ", chunkSize=" + chunkSize
        + (lookUpPersons ? ", person lookup" : "") + "}";
  }

  /** Builds an {@link ActigoBibPushTarget}. Not thread-safe. */
  public static final class Builder {
    private final ActigoClient client;
    private final String activityId;
    private int chunkSize = SyncRegistrationsParams.DEFAULT_CHUNK_SIZE;
    private boolean personLookup;

    private Builder(ActigoClient client, String activityId) {
      this.client = Validation.required(client, "client");
      this.activityId = activityId;
    }

    /**
     * Assignments per request, 1 to {@value SyncRegistrationsParams#MAX_CHUNK_SIZE}. Default
     * {@value SyncRegistrationsParams#DEFAULT_CHUNK_SIZE}.
     */
    public Builder chunkSize(int v) {
      chunkSize = v;
      return this;
    }

    /**
     * Whether each push first downloads the activity's registrations to send each registration's
     * person id with its start number (one extra GET per push). Default: false.
     */
    public Builder personLookup(boolean v) {
      personLookup = v;
      return this;
    }

    /**
     * Builds the target.
     *
     * @throws dev.racereg.core.error.ValidationException if the activity id is not 24
     *     hexadecimal digits or the chunk size is out of range
     */
    public ActigoBibPushTarget build() {
      Ids.check(activityId, "activityId");
      Validation.inRange(chunkSize, 1, SyncRegistrationsParams.MAX_CHUNK_SIZE, "chunkSize");
      return new ActigoBibPushTarget(this);
    }
  }
}
