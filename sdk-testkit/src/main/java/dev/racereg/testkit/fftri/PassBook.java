package dev.racereg.testkit.fftri;

import dev.racereg.testkit.fftri.PassCompetition.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passes compétition of every trial. Each trial starts with {@code seedPerTrial} passes that
 * are generated on demand from the seed (so a trial can hold hundreds of thousands without
 * keeping them in memory); passes created or changed through the API are kept in a map and take
 * precedence. Thread-safe: reads go to concurrent maps, writes are serialised.
 */
final class PassBook {

  private static final Pattern NUMBER = Pattern.compile("PC(\\d{6})(\\d{6})");
  /** Highest sequence number a pass number can carry. */
  static final int MAX_SEQUENCE = 999_999;

  private static final List<String> OTHER_PROVIDERS = List.of(
      "chrono-ouest", "inscriptions-sud", "tri-events", "espacetri-public");
  private static final List<String> REFUND_REASONS = List.of(
      "Blessure", "Annulation du participant", "Remboursement", "Certificat médical");
  private static final List<String> CANCEL_REASONS = List.of(
      "Doublon", "Erreur de saisie", "Paiement non abouti");

  private final long seed;
  private final int seedPerTrial;
  private final LocalDate anchorDate;
  private final String ownProvider;
  private final FftriWorld world;
  private final List<ItuFederationRow> freeFederations;
  /** Passes created or changed through the API, by pass number. */
  private final Map<String, PassCompetition> changed = new ConcurrentHashMap<>();
  /** Numbers of the passes created through the API, per trial, in creation order. */
  private final Map<Integer, List<String>> createdByTrial = new ConcurrentHashMap<>();
  private final List<String> createdOrder = new ArrayList<>();

  PassBook(long seed, int seedPerTrial, LocalDate anchorDate, String ownProvider, FftriWorld world) {
    this.seed = seed;
    this.seedPerTrial = seedPerTrial;
    this.anchorDate = anchorDate;
    this.ownProvider = ownProvider;
    this.world = world;
    this.freeFederations = world.federations().stream().filter(ItuFederationRow::ituFree).toList();
  }

  static String number(int trialId, int sequence) {
    return "PC" + FftriNames.pad(trialId, 6) + FftriNames.pad(sequence, 6);
  }

  /** The pass with this number, as it is now. */
  Optional<PassCompetition> find(String passNumber) {
    if (passNumber == null) {
      return Optional.empty();
    }
    String key = passNumber.trim().toUpperCase(Locale.ROOT);
    PassCompetition pass = changed.get(key);
    if (pass != null) {
      return Optional.of(pass);
    }
    Matcher m = NUMBER.matcher(key);
    if (!m.matches()) {
      return Optional.empty();
    }
    int sequence = Integer.parseInt(m.group(2));
    return world.trial(Integer.parseInt(m.group(1)))
        .filter(t -> sequence < seedPerTrial)
        .map(t -> generated(t, sequence));
  }

  /** Every pass of the trial as it is now: the generated ones, then the created ones. */
  Iterator<PassCompetition> iterate(TrialRow trial) {
    List<String> created = List.copyOf(createdByTrial.getOrDefault(trial.id(), List.of()));
    return new Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        return next < seedPerTrial + created.size();
      }

      @Override
      public PassCompetition next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int i = next++;
        if (i < seedPerTrial) {
          PassCompetition override = changed.isEmpty() ? null : changed.get(number(trial.id(), i));
          return override != null ? override : generated(trial, i);
        }
        return changed.get(created.get(i - seedPerTrial));
      }
    };
  }

  /** Every pass of the trial as a list (for snapshots; use {@link #iterate} for large trials). */
  List<PassCompetition> list(TrialRow trial) {
    List<PassCompetition> list = new ArrayList<>();
    iterate(trial).forEachRemaining(list::add);
    return list;
  }

  /** The passes created through the API, in creation order. */
  synchronized List<PassCompetition> created() {
    return createdOrder.stream().map(changed::get).toList();
  }

  /** Stores a new pass for the trial; {@code build} receives the pass number to use. */
  synchronized PassCompetition create(TrialRow trial, Function<String, PassCompetition> build) {
    List<String> numbers = createdByTrial.computeIfAbsent(trial.id(),
        id -> java.util.Collections.synchronizedList(new ArrayList<>()));
    int sequence = seedPerTrial + numbers.size();
    if (sequence > MAX_SEQUENCE) {
      throw new IllegalStateException("trial " + trial.id() + " has no pass number left");
    }
    String passNumber = number(trial.id(), sequence);
    PassCompetition pass = build.apply(passNumber);
    changed.put(passNumber, pass);
    numbers.add(passNumber);
    createdOrder.add(passNumber);
    return pass;
  }

  /**
   * Replaces a pass with {@code change}'s result, atomically with respect to other writes.
   *
   * @throws NoSuchElementException if there is no such pass
   */
  synchronized PassCompetition update(String passNumber,
      Function<PassCompetition, PassCompetition> change) {
    PassCompetition current = find(passNumber).orElseThrow(
        () -> new NoSuchElementException("no pass " + passNumber));
    PassCompetition updated = change.apply(current);
    changed.put(current.passNumber(), updated);
    return updated;
  }

  /** The generated pass {@code sequence} of the trial, from the seed alone. */
  private PassCompetition generated(TrialRow trial, int sequence) {
    SplittableRandom random = new SplittableRandom(
        seed * 0x9E3779B97F4A7C15L + trial.id() * 1_000_003L + sequence);
    boolean female = random.nextInt(100) < 38;
    String firstName = FftriNames.pick(random,
        female ? FftriNames.FEMALE_FIRST_NAMES : FftriNames.MALE_FIRST_NAMES);
    String lastName = FftriNames.pick(random, FftriNames.LAST_NAMES);
    int minAge = 18;
    int maxAge = 62;
    if (trial.distance().startsWith("Jeunes ")) {
      String[] band = trial.distance().substring(7).split("-");
      minAge = Integer.parseInt(band[0]);
      maxAge = Integer.parseInt(band[1]);
    }
    int age = minAge + random.nextInt(maxAge - minAge + 1);
    LocalDate birthDate = LocalDate.of(trial.date().getYear() - age, 1, 1)
        .plusDays(random.nextInt(365));
    // creation dates grow with the sequence number, over the 120 days before the sale closed
    LocalDate windowEnd = trial.date().minusDays(1);
    if (windowEnd.isAfter(anchorDate)) {
      windowEnd = anchorDate;
    }
    LocalDate created = windowEnd.minusDays(120)
        .plusDays((long) sequence * 120 / Math.max(1, seedPerTrial));
    boolean past = trial.date().isBefore(anchorDate);
    int roll = random.nextInt(100);
    Status status;
    if (past) {
      status = roll < 82 ? Status.USED : roll < 88 ? Status.VALID : roll < 93 ? Status.REFUND
          : roll < 96 ? Status.CANCEL : Status.CREATED;
    } else {
      status = roll < 87 ? Status.VALID : roll < 93 ? Status.CREATED : roll < 98 ? Status.REFUND
          : Status.CANCEL;
    }
    boolean paid = status != Status.CREATED && (status != Status.CANCEL || random.nextBoolean());
    String reason = status == Status.REFUND ? FftriNames.pick(random, REFUND_REASONS)
        : status == Status.CANCEL ? FftriNames.pick(random, CANCEL_REASONS) : null;
    int type = "Ind.".equals(trial.format()) || "CLM".equals(trial.format())
        ? (random.nextInt(100) < 5 ? 3 : 1) : 2;
    String provider = random.nextInt(100) < 65 ? ownProvider
        : FftriNames.pick(random, OTHER_PROVIDERS);
    Integer ituFedeId = null;
    String ituLicence = null;
    BigDecimal price = BigDecimal.valueOf(trial.passPrice());
    if (random.nextInt(100) < 3) {
      ItuFederationRow federation = FftriNames.pick(random, freeFederations);
      ituFedeId = federation.id();
      ituLicence = federation.alpha2() + (100_000 + random.nextInt(900_000));
      price = BigDecimal.ZERO;
    }
    return new PassCompetition(number(trial.id(), sequence), trial.id(), firstName, lastName,
        birthDate, FftriNames.email(random, firstName, lastName), created, status, paid,
        status == Status.REFUND, type, provider, reason, price, ituFedeId, ituLicence,
        random.nextInt(100) < 80, random.nextInt(100) < 96 ? "FR" : "EN");
  }
}
