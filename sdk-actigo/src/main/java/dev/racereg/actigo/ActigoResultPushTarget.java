package dev.racereg.actigo;

import dev.racereg.core.internal.ResultRows;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.unified.Result;
import dev.racereg.core.unified.ResultPushOutcome;
import dev.racereg.core.unified.ResultPushOutcome.Status;
import dev.racereg.core.unified.ResultPushTarget;
import dev.racereg.core.unified.Split;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishes unified results to one Actigo activity through the results sync
 * ({@link ActigoClient#syncResults}). Immutable and thread-safe.
 *
 * <p>Actigo names a result's owner by person id, so each push first downloads the activity's
 * registrations once (a read) and finds each row's registration by registration id, or by start
 * number when the row has no registration id. Each row then becomes one {@link ActigoResult}:
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>unified</th><th>Actigo</th></tr>
 *   <tr><td>the registration's person</td><td>{@code person: {"id": ...}}</td></tr>
 *   <tr><td>bib (else the registration's start number)</td><td>{@code startNumber}</td></tr>
 *   <tr><td>chip time, else gun time</td><td>{@code time} (milliseconds; Actigo takes one time,
 *       see {@link ActigoInferred#RESULT_TIME_IS_CHIP_TIME})</td></tr>
 *   <tr><td>overall, gender, category place</td><td>{@code position}, {@code positionBySex},
 *       {@code positionByCategory}</td></tr>
 *   <tr><td>category</td><td>{@code category}</td></tr>
 *   <tr><td>splits with a distance, when a race start is set</td><td>{@code splitTimes}
 *       ({@code distance} in km, {@code time} = race start + split time)</td></tr>
 * </table>
 *
 * <p>Outcomes, one per row in input order: Actigo's {@code Created}, {@code Updated} or
 * {@code Unchanged} is {@link Status#APPLIED} (with a note when splits had to be left out);
 * {@code Skipped} and {@code Deleted} are {@link Status#REJECTED}; an unknown or missing
 * {@code syncResultType}, or no answer entry, is {@link Status#UNKNOWN}. A row is
 * {@link Status#NOT_SENT} when the activity has no such registration, the registration has no
 * person id, the status is not {@code FINISHED} (Actigo's results have no field for DNF, DNS or
 * DSQ), or an earlier chunk failed. A chunk Actigo refuses (4xx) is {@link Status#REJECTED} with
 * its reason; one that may have reached it (timeout, 5xx) is {@link Status#UNKNOWN}. The sync is
 * idempotent, so pushing the same rows again is safe.
 */
public final class ActigoResultPushTarget implements ResultPushTarget {

  private final ActigoClient client;
  private final String activityId;
  private final Instant raceStart;
  private final int chunkSize;

  private ActigoResultPushTarget(Builder b) {
    this.client = b.client;
    this.activityId = b.activityId;
    this.raceStart = b.raceStart;
    this.chunkSize = b.chunkSize;
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

  /** {@value ActigoRegistrationMapper#PROVIDER}. */
  @Override
  public String provider() {
    return ActigoRegistrationMapper.PROVIDER;
  }

  /** Results per request. */
  public int chunkSize() {
    return chunkSize;
  }

  /** The race's start, from which split times are counted; empty if splits are not sent. */
  public Optional<Instant> raceStart() {
    return Optional.ofNullable(raceStart);
  }

  /**
   * Publishes the results; see the class description for the mapping and the outcomes.
   *
   * @throws ValidationException before anything is sent, if two rows name the same registration
   *     id or the same bib
   * @throws RaceRegException if the registrations cannot be downloaded (nothing is sent then)
   */
  @Override
  public List<ResultPushOutcome> pushResults(List<Result> results) {
    Objects.requireNonNull(results, "results");
    checkDistinct(results);
    ActigoPersonIndex index = ActigoPersonIndex.download(client, activityId);
    ResultPushOutcome[] outcomes = new ResultPushOutcome[results.size()];
    List<ActigoResult> sent = new ArrayList<>();
    List<Integer> sentRows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, Integer> persons = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      String why = unsendable(r, index);
      if (why != null) {
        outcomes[i] = ResultPushOutcome.of(r, Status.NOT_SENT, why);
        continue;
      }
      ActigoRegistration registration = registration(r, index).orElseThrow();
      String personId = registration.person().id().orElseThrow();
      Integer other = persons.putIfAbsent(personId, i);
      if (other != null) {
        outcomes[i] = ResultPushOutcome.of(r, Status.NOT_SENT, "the same person as row " + (other + 1)
            + ": Actigo keeps one result per person");
        continue;
      }
      List<SplitTime> splits = new ArrayList<>();
      int dropped = 0;
      for (Split s : r.splits()) {
        if (raceStart != null && s.distanceKm().isPresent()) {
          splits.add(new SplitTime(s.distanceKm().get(), raceStart.plus(s.time())));
        } else {
          dropped++;
        }
      }
      sent.add(ActigoResult.builder()
          .person(SyncPerson.actigoUser(personId))
          .category(r.category().orElse(null))
          .position(r.overallPlace().orElse(null))
          .positionBySex(r.genderPlace().orElse(null))
          .positionByCategory(r.categoryPlace().orElse(null))
          .startNumber(r.bib().orElse(registration.startNumber().orElse(null)))
          .time(ActigoInferred.RESULT_TIME_IS_CHIP_TIME ? r.chipTime().or(r::gunTime).orElse(null)
              : r.gunTime().or(r::chipTime).orElse(null))
          .splitTimes(splits)
          .build());
      sentRows.add(i);
      notes.add(dropped == 0 ? null : dropped + " split(s) left out: Actigo takes splits at a distance, "
          + (raceStart == null ? "timed from a race start this target was not given" : "and these had none"));
    }
    if (!sent.isEmpty()) {
      SyncReport<ActigoResult, SyncedResult> report = client.syncResults(SyncResultsParams.builder()
          .activityId(activityId).results(sent).chunkSize(chunkSize).build());
      for (int k = 0; k < sent.size(); k++) {
        int row = sentRows.get(k);
        outcomes[row] = outcome(results.get(row), report.item(k), notes.get(k));
      }
    }
    return List.of(outcomes);
  }

  /** Actigo's ids are hexadecimal: two rows differing only in case name the same registration. */
  private static void checkDistinct(List<Result> results) {
    ResultRows.requireDistinct(results, (id, field) -> id.toLowerCase(Locale.ROOT));
  }

  private static Optional<ActigoRegistration> registration(Result r, ActigoPersonIndex index) {
    return r.registrationId().isPresent() ? index.registration(r.registrationId().get())
        : index.byStartNumber(r.bib().orElseThrow());
  }

  /** Why a row cannot go to Actigo, or null. */
  private static String unsendable(Result r, ActigoPersonIndex index) {
    if (!r.status().finished()) {
      return "Actigo's results take finishers only: it has no field for " + r.status();
    }
    Optional<ActigoRegistration> registration = registration(r, index);
    if (registration.isEmpty()) {
      return r.registrationId().isPresent() ? "the activity has no registration " + r.registrationId().get()
          : "no registration of the activity has start number " + r.bib().orElseThrow();
    }
    if (registration.get().person().id().isEmpty()) {
      return "Actigo's download gives registration " + registration.get().id() + " no person id";
    }
    return null;
  }

  private static ResultPushOutcome outcome(Result r, SyncReport.Item<ActigoResult, SyncedResult> item, String note) {
    switch (item.status()) {
      case APPLIED:
        SyncResultType type = item.result().orElseThrow().syncResultType().orElse(null);
        if (type == null) {
          return ResultPushOutcome.of(r, Status.UNKNOWN, "Actigo's answer has no syncResultType");
        }
        if (type.holdsSentValues()) {
          return ResultPushOutcome.applied(r, note);
        }
        if (SyncResultType.SKIPPED.equals(type) || SyncResultType.DELETED.equals(type)) {
          return ResultPushOutcome.of(r, Status.REJECTED, "Actigo answered " + type);
        }
        return ResultPushOutcome.of(r, Status.UNKNOWN, "Actigo answered with an unknown syncResultType '" + type + "'");
      case NO_ANSWER:
        return ResultPushOutcome.of(r, Status.UNKNOWN,
            "Actigo accepted the request but its answer has no entry for this result");
      case NOT_SENT:
        return ResultPushOutcome.of(r, Status.NOT_SENT,
            "an earlier request failed: " + item.error().map(Throwable::getMessage).orElse(""));
      default:
        RaceRegException e = item.error().orElseThrow();
        boolean refused = e instanceof ApiException && !ActigoBibPushTarget.reachedActigo(e);
        return ResultPushOutcome.of(r, refused ? Status.REJECTED
            : ActigoBibPushTarget.reachedActigo(e) ? Status.UNKNOWN : Status.NOT_SENT, e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "ActigoResultPushTarget{activity=" + activityId + ", chunkSize=" + chunkSize
        + (raceStart == null ? "" : ", raceStart=" + raceStart) + "}";
  }

  /** Builds an {@link ActigoResultPushTarget}. Not thread-safe. */
  public static final class Builder {
    private final ActigoClient client;
    private final String activityId;
    private Instant raceStart;
    private int chunkSize = SyncResultsParams.DEFAULT_CHUNK_SIZE;

    private Builder(ActigoClient client, String activityId) {
      this.client = Validation.required(client, "client");
      this.activityId = activityId;
    }

    /**
     * When the race started (the gun). Actigo takes a split as the instant it was passed, so
     * splits are sent only when this is set: at {@code raceStart + split time}. Default: unset.
     */
    public Builder raceStart(Instant v) {
      raceStart = v;
      return this;
    }

    /** Results per request, 1 to {@value SyncResultsParams#MAX_CHUNK_SIZE}. Default {@value SyncResultsParams#DEFAULT_CHUNK_SIZE}. */
    public Builder chunkSize(int v) {
      chunkSize = v;
      return this;
    }

    /**
     * Builds the target.
     *
     * @throws ValidationException if the activity id is not 24 hexadecimal digits or the chunk
     *     size is out of range
     */
    public ActigoResultPushTarget build() {
      Ids.check(activityId, "activityId");
      Validation.inRange(chunkSize, 1, SyncResultsParams.MAX_CHUNK_SIZE, "chunkSize");
      return new ActigoResultPushTarget(this);
    }
  }
}
