package dev.racereg.runsignup;

import dev.racereg.core.internal.ResultRows;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.model.Registration;
import dev.racereg.core.unified.Result;
import dev.racereg.core.unified.ResultPushOutcome;
import dev.racereg.core.unified.ResultPushOutcome.Status;
import dev.racereg.core.unified.ResultPushTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Publishes unified results to a RunSignup race: into a result set of the given name in each
 * event, found by name ({@link RunSignupClient#getResultSets}) or created once
 * ({@link RunSignupClient#createResultSet}), then posted ({@link RunSignupClient#postFullResults})
 * in batches of {@value #BATCH_SIZE} rows (RunSignup's own examples post 25). Thread-safe.
 *
 * <p>Each push first reads the race's participants once, to learn each row's event and
 * registration: a row with a bib but no registration id is then posted by the registration id
 * that bib belongs to, so that a resend replaces the same row. Only a bib no participant holds is
 * posted by bib, and such a batch is never resent automatically (see
 * {@link RunSignupClient#postFullResults}). With a single event, rows the read does not find are
 * still posted there (RunSignup decides); with several, they are {@link Status#NOT_SENT}, since
 * the event is unknown.
 *
 * <p>RunSignup takes a registration, an overall place and the chip and clock times; gender and
 * category places and splits are left out (the outcome notes it), and a row whose status is not
 * {@code FINISHED} is {@link Status#NOT_SENT}: a result row has no status field.
 *
 * <p>Outcomes, one per row in input order: a batch RunSignup accepts is {@link Status#APPLIED}; a
 * batch it refuses for its rows (400) is posted again one row at a time, so each refused row is
 * {@link Status#REJECTED} with RunSignup's reason; a refusal not about rows (credentials,
 * permission) rejects that batch and leaves the later ones {@link Status#NOT_SENT}; a lost answer
 * is {@link Status#UNKNOWN} (read the set with {@link RunSignupClient#getResults}).
 */
public final class RunSignupResultPushTarget implements ResultPushTarget {

  /** Rows per {@code full-results} request, as in RunSignup's own examples. */
  public static final int BATCH_SIZE = 25;

  private final RunSignupClient client;
  private final long raceId;
  private final List<Long> eventIds;
  private final String resultSetName;
  private final Map<Long, Long> resultSets = new ConcurrentHashMap<>();

  private RunSignupResultPushTarget(Builder b) {
    this.client = b.client;
    this.raceId = b.raceId;
    this.eventIds = List.copyOf(b.eventIds);
    this.resultSetName = b.resultSetName;
  }

  /** A builder publishing with this client. */
  public static Builder builder(RunSignupClient client) {
    return new Builder(client);
  }

  /** Always {@code runsignup}. */
  @Override
  public String provider() {
    return RunSignupUnifiedMapper.PROVIDER;
  }

  /** The race. */
  public long raceId() {
    return raceId;
  }

  /** The events results go to. */
  public List<Long> eventIds() {
    return eventIds;
  }

  /** The result set's name. */
  public String resultSetName() {
    return resultSetName;
  }

  /**
   * Publishes the results; see the class description.
   *
   * @throws ValidationException before anything is sent, if two rows name the same registration
   *     or bib, or a registration id is not a positive whole number
   * @throws RaceRegException if the participants cannot be read (nothing is sent then)
   */
  @Override
  public List<ResultPushOutcome> pushResults(List<Result> results) {
    Objects.requireNonNull(results, "results");
    checkRows(results);
    Map<String, Registration> byId = new HashMap<>();
    Map<String, Registration> byBib = new HashMap<>();
    try (Stream<Registration> all = client.registrationSource(raceId, eventIds.stream().mapToLong(Long::longValue)
        .toArray()).registrations()) {
      all.forEach(r -> {
        byId.put(r.nativeId(), r);
        r.bib().ifPresent(bib -> byBib.putIfAbsent(bib, r));
      });
    }
    ResultPushOutcome[] outcomes = new ResultPushOutcome[results.size()];
    Map<Long, List<Integer>> rowsByEvent = new LinkedHashMap<>();
    Map<Integer, ResultEntry> entries = new HashMap<>();
    Map<Long, Integer> registrations = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      if (!r.status().finished()) {
        outcomes[i] = ResultPushOutcome.of(r, Status.NOT_SENT, "RunSignup's result rows have no field for " + r.status());
        continue;
      }
      Registration known = r.registrationId().isPresent() ? byId.get(r.registrationId().get())
          : byBib.get(r.bib().orElseThrow());
      Long event = known != null ? Long.valueOf(known.raceId().orElseThrow()) : eventIds.size() == 1 ? eventIds.get(0) : null;
      if (event == null) {
        outcomes[i] = ResultPushOutcome.of(r, Status.NOT_SENT, "no participant of the race has "
            + (r.registrationId().isPresent() ? "registration " + r.registrationId().get() : "bib " + r.bib().get())
            + ", so its event is unknown");
        continue;
      }
      String registrationId = known != null ? known.nativeId() : r.registrationId().orElse(null);
      ResultEntry entry;
      try {
        entry = entry(r, registrationId);
      } catch (ValidationException e) {
        outcomes[i] = ResultPushOutcome.of(r, Status.NOT_SENT, "RunSignup cannot take it: " + e.getMessage());
        continue;
      }
      if (entry.match() == ResultEntry.Match.REGISTRATION_ID) {
        Integer other = registrations.putIfAbsent(Long.parseLong(entry.key()), i);
        if (other != null) {
          outcomes[i] = ResultPushOutcome.of(r, Status.NOT_SENT, "the same registration as row " + (other + 1));
          continue;
        }
      }
      entries.put(i, entry);
      rowsByEvent.computeIfAbsent(event, k -> new ArrayList<>()).add(i);
    }
    RaceRegException stop = null;
    for (Map.Entry<Long, List<Integer>> e : rowsByEvent.entrySet()) {
      stop = pushEvent(e.getKey(), e.getValue(), results, entries, outcomes, stop);
    }
    return List.of(outcomes);
  }

  /** Pushes one event's rows; returns the failure that stops every later request, if any. */
  private RaceRegException pushEvent(long eventId, List<Integer> rows, List<Result> results,
      Map<Integer, ResultEntry> entries, ResultPushOutcome[] outcomes, RaceRegException stop) {
    Long setId = null;
    if (stop == null) {
      try {
        setId = resultSet(eventId);
      } catch (RaceRegException e) {
        // no row was posted: at worst an empty set was created, which the next push finds by name
        for (int row : rows) {
          outcomes[row] = ResultPushOutcome.of(results.get(row), Status.NOT_SENT,
              "no result set '" + resultSetName + "' in event " + eventId + ": " + e.getMessage());
        }
        return e instanceof ApiException && !(e instanceof BadRequestException) ? e : null;
      }
    }
    for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
      List<Integer> batch = rows.subList(from, Math.min(from + BATCH_SIZE, rows.size()));
      if (stop != null) {
        for (int row : batch) {
          outcomes[row] = ResultPushOutcome.of(results.get(row), Status.NOT_SENT, "not sent: " + stop.getMessage());
        }
        continue;
      }
      stop = post(eventId, setId, batch, results, entries, outcomes);
    }
    return stop;
  }

  private RaceRegException post(long eventId, long setId, List<Integer> batch, List<Result> results,
      Map<Integer, ResultEntry> entries, ResultPushOutcome[] outcomes) {
    try {
      client.postFullResults(PostResultsParams.builder().raceId(raceId).eventId(eventId).resultSetId(setId)
          .results(batch.stream().map(entries::get).toList()).build());
      for (int row : batch) {
        outcomes[row] = ResultPushOutcome.applied(results.get(row), note(results.get(row)));
      }
      return null;
    } catch (BadRequestException e) {
      if (batch.size() == 1) {
        outcomes[batch.get(0)] = ResultPushOutcome.of(results.get(batch.get(0)), Status.REJECTED, e.getMessage());
        return null;
      }
      // refused for its rows: nothing was stored, so each row can go alone to find the culprit
      RaceRegException stop = null;
      for (int row : batch) {
        if (stop != null) {
          outcomes[row] = ResultPushOutcome.of(results.get(row), Status.NOT_SENT, "not sent: " + stop.getMessage());
        } else {
          stop = post(eventId, setId, List.of(row), results, entries, outcomes);
        }
      }
      return stop;
    } catch (ApiException e) {
      for (int row : batch) {
        outcomes[row] = ResultPushOutcome.of(results.get(row), e.statusCode() >= 500 ? Status.UNKNOWN : Status.REJECTED,
            e.getMessage());
      }
      return e.statusCode() >= 500 ? null : e;
    } catch (TransportException e) {
      Status status = e.requestMayHaveBeenSent() ? Status.UNKNOWN : Status.NOT_SENT;
      batch.forEach(row -> outcomes[row] = ResultPushOutcome.of(results.get(row), status, e.getMessage()));
      return null;
    } catch (RaceRegException e) {
      // the answer could not be read: RunSignup may well have stored the rows
      batch.forEach(row -> outcomes[row] = ResultPushOutcome.of(results.get(row), Status.UNKNOWN, e.getMessage()));
      return null;
    }
  }

  /** The set's id in the event: remembered, else found by name, else created (once). */
  private long resultSet(long eventId) {
    Long known = resultSets.get(eventId);
    if (known != null) {
      return known;
    }
    Optional<Long> found = find(eventId);
    long id;
    if (found.isPresent()) {
      id = found.get();
    } else {
      try {
        id = client.createResultSet(CreateResultSetParams.builder().raceId(raceId).eventId(eventId)
            .name(resultSetName).build());
      } catch (TransportException e) {
        // the set may exist now: creating again could make a second one, so look before failing
        id = find(eventId).orElseThrow(() -> e);
      }
    }
    resultSets.put(eventId, id);
    return id;
  }

  private Optional<Long> find(long eventId) {
    return client.getResultSets(ResultSetsParams.of(raceId, eventId)).stream()
        .filter(s -> s.name().map(n -> n.trim().equalsIgnoreCase(resultSetName)).orElse(false))
        .map(RunSignupResultSet::resultSetId).findFirst();
  }

  private static ResultEntry entry(Result r, String registrationId) {
    ResultEntry.Builder b = registrationId != null
        ? ResultEntry.byRegistrationId(parseId(registrationId, "registrationId"))
        : ResultEntry.byBib(r.bib().orElseThrow());
    r.overallPlace().ifPresent(b::place);
    r.chipTime().ifPresent(t -> b.chipTime(t.minusNanos(t.getNano() % 1_000_000)));
    r.gunTime().ifPresent(t -> b.clockTime(t.minusNanos(t.getNano() % 1_000_000)));
    return b.build();
  }

  private static String note(Result r) {
    List<String> left = new ArrayList<>();
    if (r.genderPlace().isPresent() || r.categoryPlace().isPresent()) {
      left.add("gender and category places");
    }
    if (!r.splits().isEmpty()) {
      left.add("splits");
    }
    return left.isEmpty() ? null : String.join(" and ", left) + " left out: RunSignup's result rows have no field for them";
  }

  /** RunSignup's registration ids are positive whole numbers, refused before the duplicate check. */
  private static void checkRows(List<Result> results) {
    ResultRows.requireDistinct(results, (id, field) -> {
      parseId(id, field);
      return id;
    });
  }

  private static long parseId(String id, String field) {
    try {
      long v = Long.parseLong(id.trim());
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ValidationException(field, "must be a RunSignup registration id (a positive whole number), was '" + id + "'");
  }

  @Override
  public String toString() {
    return "RunSignupResultPushTarget{raceId=" + raceId + ", events=" + eventIds + ", set=" + resultSetName + "}";
  }

  /** Builds a {@link RunSignupResultPushTarget}. Not thread-safe. */
  public static final class Builder {
    private final RunSignupClient client;
    private long raceId;
    private final List<Long> eventIds = new ArrayList<>();
    private String resultSetName;

    private Builder(RunSignupClient client) {
      this.client = Validation.required(client, "client");
    }

    /** The race (required). */
    public Builder raceId(long v) {
      raceId = v;
      return this;
    }

    /** Adds an event results may go to (at least one). */
    public Builder eventId(long v) {
      eventIds.add(v);
      return this;
    }

    /** The result set's name in each event, e.g. {@code Overall} (required). */
    public Builder resultSetName(String v) {
      resultSetName = v;
      return this;
    }

    /**
     * Builds the target.
     *
     * @throws ValidationException if the race or an event id is not positive, no event is given,
     *     or the name is blank
     */
    public RunSignupResultPushTarget build() {
      Validation.atLeast(raceId, 1, "raceId");
      Validation.check(!eventIds.isEmpty(), "eventIds", "must name at least one event");
      eventIds.forEach(id -> Validation.atLeast(id, 1, "eventId"));
      resultSetName = Validation.notBlank(resultSetName, "resultSetName").trim();
      return new RunSignupResultPushTarget(this);
    }
  }
}
