package dev.racereg.fftri;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.UnprocessableEntityException;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.unified.BoundedParallel;
import dev.racereg.core.unified.LicenceCheck;
import dev.racereg.core.unified.LicenceCheck.Outcome;
import dev.racereg.core.unified.LicenceQuery;
import dev.racereg.core.unified.LicenceVerifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks FFTri licences through the espacetri ({@link #federation()} is {@value
 * FftriUnifiedMapper#FEDERATION}). Thread-safe; {@link #verifyAll(List)} checks thousands of
 * licences with at most {@link Builder#concurrency(int) N} calls in flight, one result per query
 * in input order.
 *
 * <p><b>Season.</b> {@link LicenceQuery#season()} is the season's name as the espacetri writes it
 * ({@code 2026}; a season id is accepted too); null means the season containing today (Paris
 * time, by the client's clock). The season list is fetched once and refreshed when a name is
 * not found.
 *
 * <p><b>Verdicts.</b> {@code test-licence} for the season: a positive answer is
 * {@link Outcome#VALID}. A refusal (a negative message, {@code success} false, HTTP 400, 404 or
 * 422) is {@link Outcome#WRONG_SEASON} if the message says the licence exists for another
 * season, or if (with {@link Builder#probeAdjacentSeasons(boolean)}, on by default) the licence
 * is valid in the season just before or after; otherwise {@link Outcome#NOT_FOUND}. Anything else
 * (network, authentication, server errors, unknown season) is {@link Outcome#ERROR}; nothing is
 * thrown. The platform's wording of refusals is not documented: how it is read is inferred.
 *
 * <p>With the holder's identity ({@link #verify(LicenceQuery, Holder)}), {@code licence-infos} is
 * asked first and a match gives a licence with its category, club and holder; a licence that is
 * valid for the season but whose holder does not match is {@link Outcome#NOT_FOUND} with an
 * explanation.
 */
public final class FftriLicenceVerifier implements LicenceVerifier {

  /** The default number of checks in flight in {@link #verifyAll(List)}. */
  public static final int DEFAULT_CONCURRENCY = 4;

  /**
   * Who the caller says holds a licence, as the espacetri knows them: exactly the three values
   * {@code licence-infos} matches on, so a closed tuple (a record).
   *
   * @param gender {@code m} or {@code f}
   * @param lastName last name as registered
   * @param birthDate date of birth
   */
  public record Holder(FftriGender gender, String lastName, LocalDate birthDate) {
    /**
     * Requires every part.
     *
     * @throws dev.racereg.core.error.ValidationException naming the part that is missing
     */
    public Holder {
      Validation.required(gender, "gender");
      Validation.required(lastName, "lastName");
      Validation.required(birthDate, "birthDate");
    }

    /** The sex only: the name and birth date are personal data. */
    @Override
    public String toString() {
      return "Holder{gender=" + gender + ", lastName=****, birthDate=****}";
    }
  }

  private final FftriClient client;
  private final int concurrency;
  private final boolean probeAdjacentSeasons;
  private final Object seasonsLock = new Object();
  private volatile List<Season> seasons;

  private FftriLicenceVerifier(Builder b) {
    this.client = b.client;
    this.concurrency = (int) Validation.atLeast(b.concurrency, 1, "concurrency");
    this.probeAdjacentSeasons = b.probeAdjacentSeasons;
  }

  /** A builder for a verifier using {@code client}. */
  public static Builder builder(FftriClient client) {
    return new Builder(client);
  }

  @Override
  public String federation() {
    return FftriUnifiedMapper.FEDERATION;
  }

  /** The number of checks in flight in {@link #verifyAll(List)}. */
  public int concurrency() {
    return concurrency;
  }

  /**
   * Checks one licence with {@code test-licence}. Never throws: a failed check is
   * {@link Outcome#ERROR} with the reason.
   */
  @Override
  public LicenceCheck verify(LicenceQuery query) {
    Objects.requireNonNull(query, "query");
    try {
      Season season = season(query.season().orElse(null));
      return verifyIn(query, season);
    } catch (RaceRegException e) {
      return LicenceCheck.of(query, Outcome.ERROR, null, e.getMessage());
    }
  }

  /**
   * Checks one licence and its holder with {@code licence-infos}, falling back to
   * {@code test-licence} to explain a refusal. Never throws.
   *
   * @param query the licence and season
   * @param holder who should hold it
   * @return the verdict; a VALID one carries the licence with its holder, category and club
   */
  public LicenceCheck verify(LicenceQuery query, Holder holder) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(holder, "holder");
    try {
      Season season = season(query.season().orElse(null));
      LicenceInfosParams params = LicenceInfosParams.builder().seasonId(season.id()).gender(holder.gender())
          .lastName(holder.lastName()).birthDate(holder.birthDate()).licence(query.licenceNumber()).build();
      try {
        LicenceInfo info = client.licenceInfos(params);
        return LicenceCheck.of(query, Outcome.VALID,
            FftriUnifiedMapper.licence(info, season, holder, params.licence()), null);
      } catch (ApiException e) {
        if (!isRefusal(e)) {
          throw e;
        }
        LicenceCheck byNumber = verifyIn(query, season);
        if (byNumber.outcome() == Outcome.VALID) {
          return LicenceCheck.of(query, Outcome.NOT_FOUND, null, "licence " + params.licence()
              + " is valid for season " + seasonName(season) + " but its holder's last name, gender or"
              + " birth date do not match (" + refusalMessage(e) + ")");
        }
        return byNumber;
      }
    } catch (RaceRegException e) {
      return LicenceCheck.of(query, Outcome.ERROR, null, e.getMessage());
    }
  }

  /**
   * Checks every query with at most {@link #concurrency()} calls in flight.
   *
   * @return one result per query, in input order
   */
  public List<LicenceCheck> verifyAll(List<LicenceQuery> queries) {
    return verifyAll(queries, concurrency);
  }

  @Override
  public List<LicenceCheck> verifyAll(List<LicenceQuery> queries, int concurrency) {
    Objects.requireNonNull(queries, "queries");
    Validation.atLeast(concurrency, 1, "concurrency");
    if (!queries.isEmpty()) {
      try {
        seasons(false); // once, before fanning out
      } catch (RaceRegException e) {
        // each check reports it as its ERROR
      }
    }
    return BoundedParallel.map(queries, concurrency, this::verify,
        (query, failure) -> LicenceCheck.of(query, Outcome.ERROR, null, failure instanceof RaceRegException
            ? failure.getMessage() : failure.toString()));
  }

  private LicenceCheck verifyIn(LicenceQuery query, Season season) {
    String number = query.licenceNumber().strip();
    Test first = test(number, season);
    if (first.valid) {
      return LicenceCheck.of(query, Outcome.VALID, FftriUnifiedMapper.licence(number, season), first.message);
    }
    if (FftriInferred.refusalSaysOtherSeason(first.message)) {
      return LicenceCheck.of(query, Outcome.WRONG_SEASON, null, first.message);
    }
    if (probeAdjacentSeasons) {
      for (Season other : adjacent(season)) {
        Test probe;
        try {
          probe = test(number, other);
        } catch (RaceRegException e) {
          return LicenceCheck.of(query, Outcome.NOT_FOUND, null, first.message
              + " (season " + seasonName(other) + " could not be checked: " + e.getMessage() + ")");
        }
        if (probe.valid) {
          return LicenceCheck.of(query, Outcome.WRONG_SEASON, FftriUnifiedMapper.licence(number, other),
              "licence valid for season " + seasonName(other) + ", not for " + seasonName(season));
        }
      }
    }
    return LicenceCheck.of(query, Outcome.NOT_FOUND, null, first.message);
  }

  private static final class Test {
    final boolean valid;
    final String message;

    Test(boolean valid, String message) {
      this.valid = valid;
      this.message = message;
    }
  }

  private Test test(String number, Season season) {
    try {
      LicenceTestResult r = client.testLicence(TestLicenceParams.builder().seasonId(season.id()).licence(number).build());
      return new Test(r.isValidForSeason(), r.message().orElse(r.isValidForSeason() ? "OK" : "refused"));
    } catch (ApiException e) {
      if (isRefusal(e)) {
        return new Test(false, refusalMessage(e));
      }
      throw e;
    }
  }

  /** A verdict on the licence rather than a failure of the check. */
  private static boolean isRefusal(ApiException e) {
    return e instanceof FftriRejectedException || e instanceof NotFoundException
        || e instanceof BadRequestException || e instanceof UnprocessableEntityException;
  }

  private static String refusalMessage(ApiException e) {
    return e.providerMessage().filter(m -> !m.isBlank()).orElse("HTTP " + e.statusCode());
  }

  /** The seasons just before and just after {@code season}, by start date. */
  private List<Season> adjacent(Season season) {
    List<Season> sorted = new ArrayList<>(seasons(false));
    sorted.sort(Comparator.comparing((Season s) -> s.startDate().orElse(LocalDate.MIN)).thenComparingLong(Season::id));
    List<Season> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).id() == season.id()) {
        if (i > 0) {
          out.add(sorted.get(i - 1));
        }
        if (i + 1 < sorted.size()) {
          out.add(sorted.get(i + 1));
        }
      }
    }
    return out;
  }

  private Season season(String wanted) {
    if (wanted == null || wanted.isBlank()) {
      return current(seasons(false));
    }
    Optional<Season> found = find(seasons(false), wanted);
    if (found.isEmpty()) {
      found = find(seasons(true), wanted); // a season added since the list was fetched
    }
    return found.orElseThrow(() -> new RaceRegException("unknown FFTri season \"" + wanted + "\"; known: "
        + seasons.stream().map(FftriLicenceVerifier::seasonName).reduce((a, b) -> a + ", " + b).orElse("none")));
  }

  private static Optional<Season> find(List<Season> all, String wanted) {
    String w = wanted.strip();
    Optional<Season> byName = all.stream()
        .filter(s -> s.name().map(n -> n.strip().toLowerCase(Locale.ROOT).equals(w.toLowerCase(Locale.ROOT))).orElse(false))
        .findFirst();
    if (byName.isPresent() || !w.chars().allMatch(Character::isDigit)) {
      return byName;
    }
    return all.stream().filter(s -> Long.toString(s.id()).equals(w)).findFirst();
  }

  private Season current(List<Season> all) {
    LocalDate today = LocalDate.ofInstant(client.options().clock().instant(), FftriInferred.PLATFORM_ZONE);
    Optional<Season> containing = all.stream().filter(s -> s.contains(today)).findFirst();
    if (containing.isPresent()) {
      return containing.get();
    }
    return all.stream().filter(s -> s.startDate().map(d -> !d.isAfter(today)).orElse(false))
        .max(Comparator.comparing(s -> s.startDate().orElseThrow()))
        .orElseThrow(() -> new RaceRegException("no FFTri season has started by " + today));
  }

  private List<Season> seasons(boolean refresh) {
    List<Season> known = seasons;
    if (known != null && !refresh) {
      return known;
    }
    synchronized (seasonsLock) {
      if (seasons == null || refresh) {
        seasons = client.seasons();
      }
      return seasons;
    }
  }

  private static String seasonName(Season s) {
    return s.name().orElse("#" + s.id());
  }

  @Override
  public String toString() {
    return "FftriLicenceVerifier{concurrency=" + concurrency + ", probeAdjacentSeasons=" + probeAdjacentSeasons
        + ", client=" + client + "}";
  }

  /** Builds an {@link FftriLicenceVerifier}. Not thread-safe. */
  public static final class Builder {
    private final FftriClient client;
    private int concurrency = DEFAULT_CONCURRENCY;
    private boolean probeAdjacentSeasons = true;

    private Builder(FftriClient client) {
      this.client = Validation.required(client, "client");
    }

    /**
     * How many checks {@link FftriLicenceVerifier#verifyAll(List)} runs at once. Default
     * {@value FftriLicenceVerifier#DEFAULT_CONCURRENCY}: modest, as the espacetri publishes no
     * rate limit.
     */
    public Builder concurrency(int concurrency) {
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Whether a refused licence is also tested in the seasons just before and after, to tell
     * {@code WRONG_SEASON} from {@code NOT_FOUND} (up to two more calls per refused licence).
     * Default true.
     */
    public Builder probeAdjacentSeasons(boolean probe) {
      this.probeAdjacentSeasons = probe;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @throws dev.racereg.core.error.ValidationException if concurrency is below 1
     */
    public FftriLicenceVerifier build() {
      return new FftriLicenceVerifier(this);
    }
  }
}
