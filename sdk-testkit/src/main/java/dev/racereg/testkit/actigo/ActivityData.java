package dev.racereg.testkit.actigo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * The registrations an organised activity starts with, generated one row at a time from the seed:
 * row {@code i} is a pure function of (seed, activity, i), so an activity of 200,000 rows costs
 * no memory until a row is changed, and an id can be mapped back to its row without an index.
 *
 * <p>Ids follow MongoDB's ObjectId layout: 4 bytes of epoch seconds (the registration's
 * {@code created}), 5 bytes per process (here per activity), 3 bytes of counter (here a random
 * start plus the row number).
 */
final class ActivityData {

  /** Registration windows open this long before the anchor. */
  private static final Duration WINDOW = Duration.ofDays(180);
  private static final long[] PRICES = {35000, 45000, 55000, 65000, 85000, 95000};
  private static final int CODE_SPACE = 36 * 36 * 36 * 36;

  final String organiserId;
  final String activityId;
  final int size;
  private final long activitySeed;
  private final long registrationProcess;
  private final long personProcess;
  private final int registrationCounterStart;
  private final int personCounterStart;
  private final long price;
  private final long windowStartMillis;
  private final long slotMillis;
  private final LocalDate anchorDate;
  private final int codeOffset;

  ActivityData(String organiserId, String activityId, int size, long seed, Instant anchor) {
    this.organiserId = organiserId;
    this.activityId = activityId;
    this.size = size;
    long idBits = Long.parseUnsignedLong(activityId.substring(0, 8), 16) * 0x9E3779B97F4A7C15L
        ^ Long.parseUnsignedLong(activityId.substring(8), 16);
    SplittableRandom r = new SplittableRandom(seed ^ idBits);
    this.activitySeed = r.nextLong();
    this.registrationProcess = r.nextLong() & 0xFF_FFFF_FFFFL;
    this.personProcess = r.nextLong() & 0xFF_FFFF_FFFFL;
    this.registrationCounterStart = r.nextInt(1 << 24);
    this.personCounterStart = r.nextInt(1 << 24);
    this.price = PRICES[r.nextInt(PRICES.length)];
    this.codeOffset = r.nextInt(CODE_SPACE);
    this.windowStartMillis = anchor.minus(WINDOW).toEpochMilli();
    this.slotMillis = Math.max(1, WINDOW.toMillis() / Math.max(1, size));
    this.anchorDate = LocalDate.ofInstant(anchor, ZoneOffset.UTC);
  }

  /** The ObjectId text of (epoch seconds, 40-bit process, 24-bit counter). */
  static String objectId(long epochSeconds, long process, int counter) {
    char[] out = new char[24];
    hex(out, 0, 8, epochSeconds);
    hex(out, 8, 10, process);
    hex(out, 18, 6, counter);
    return new String(out);
  }

  private static void hex(char[] out, int from, int digits, long value) {
    for (int i = from + digits - 1; i >= from; i--) {
      out[i] = Character.forDigit((int) (value & 0xF), 16);
      value >>>= 4;
    }
  }

  /** {@code 7} to {@code 0007}: start numbers are four digits or more. */
  static String startNumber(int n) {
    String digits = Integer.toString(n);
    return digits.length() >= 4 ? digits : "0000".substring(digits.length()) + digits;
  }

  /**
   * The registration code of the {@code n}th registration of this activity (generated rows first,
   * then inserted ones): {@code RG} and four base-36 characters, unique for the first 1,679,616.
   */
  String code(int n) {
    // an odd multiplier coprime with 36 permutes the code space, so codes look random
    long v = (Math.floorMod((long) n * 1_000_003L + codeOffset, CODE_SPACE));
    StringBuilder s = new StringBuilder(4);
    for (int k = 0; k < 4; k++) {
      s.append(Character.toUpperCase(Character.forDigit((int) (v % 36), 36)));
      v /= 36;
    }
    return "RG" + s.reverse();
  }

  /** Row {@code i} as generated, before any change. */
  ActigoRegistrationRow generate(int i) {
    SplittableRandom r = new SplittableRandom(activitySeed + i * 0x9E3779B97F4A7C15L);
    Instant created = Instant.ofEpochMilli(windowStartMillis + i * slotMillis + r.nextLong(slotMillis));
    String id = objectId(created.getEpochSecond(), registrationProcess, registrationCounterStart + i);

    int roll = r.nextInt(100);
    String state = roll < 78 ? ActigoContract.CONFIRMED
        : roll < 90 ? ActigoContract.NEW
        : roll < 97 ? ActigoContract.CANCELLED
        : ActigoContract.WAITLISTED;
    String startNumber = state.equals(ActigoContract.CONFIRMED) && r.nextInt(100) < 70
        ? startNumber(i + 1) : null;
    int amountRoll = r.nextInt(100);
    long amount = amountRoll < 25 ? price - 10000 : amountRoll < 28 ? 0 : price;

    boolean male = r.nextInt(100) < 62;
    String given = male
        ? ActigoNames.MALE_GIVEN.get(r.nextInt(ActigoNames.MALE_GIVEN.size()))
        : ActigoNames.FEMALE_GIVEN.get(r.nextInt(ActigoNames.FEMALE_GIVEN.size()));
    String surname = ActigoNames.SURNAMES.get(r.nextInt(ActigoNames.SURNAMES.size()))[male ? 0 : 1];
    LocalDate birthDate = anchorDate.minusYears(18).minusDays(r.nextInt(52 * 365));
    int langRoll = r.nextInt(100);
    String language = langRoll < 88 ? "cs" : langRoll < 95 ? "en" : "sk";
    int countryRoll = r.nextInt(100);
    String country = countryRoll < 88 ? "CZ" : countryRoll < 95 ? "SK" : countryRoll < 97 ? "DE"
        : countryRoll < 99 ? "PL" : "AT";
    String nickname = ActigoNames.ascii(given) + "." + ActigoNames.ascii(surname)
        + (r.nextInt(100) < 40 ? "" : Integer.toString(1 + r.nextInt(999)));
    boolean isPublic = r.nextInt(100) < 75;
    long personSeconds = Math.max(0, created.getEpochSecond() - r.nextLong(3L * 365 * 86400));
    String personId = objectId(personSeconds, personProcess, personCounterStart + i);

    ActigoPersonRow person = new ActigoPersonRow(personId, isPublic, given, null, surname,
        male ? "Male" : "Female", birthDate, language, nickname, country, nickname, null);
    return new ActigoRegistrationRow(id, created, code(i), state, startNumber, amount,
        ActigoContract.CURRENCY, person, false);
  }

  /** The row whose registration id is {@code id}, if this activity generated it. */
  OptionalInt indexOfRegistration(String id) {
    OptionalInt index = indexFrom(id, registrationProcess, registrationCounterStart);
    if (index.isPresent() && !generate(index.getAsInt()).id().equals(id.toLowerCase(Locale.ROOT))) {
      return OptionalInt.empty();
    }
    return index;
  }

  /** The generated person whose id is {@code id}, or {@code null}. */
  ActigoPersonRow person(String id) {
    OptionalInt index = indexFrom(id, personProcess, personCounterStart);
    if (index.isEmpty()) {
      return null;
    }
    ActigoPersonRow person = generate(index.getAsInt()).person();
    return person.id().equals(id.toLowerCase(Locale.ROOT)) ? person : null;
  }

  private OptionalInt indexFrom(String id, long process, int counterStart) {
    if (id == null || !ActigoContract.OBJECT_ID.matcher(id).matches()) {
      return OptionalInt.empty();
    }
    long idProcess = Long.parseLong(id.substring(8, 18), 16);
    if (idProcess != process) {
      return OptionalInt.empty();
    }
    int counter = Integer.parseInt(id.substring(18), 16);
    int index = (counter - counterStart) & 0xFF_FFFF;
    return index < size ? OptionalInt.of(index) : OptionalInt.empty();
  }
}
