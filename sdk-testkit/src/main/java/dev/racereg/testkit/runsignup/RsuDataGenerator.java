package dev.racereg.testkit.runsignup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates the simulated race deterministically from a seed.
 *
 * <p>Only compact per-registration columns are held (id, event, time, bib, last change); the
 * full row (person, address, answers, add-ons) is regenerated on demand from the seed and the
 * registration id, so a race of 200,000 participants costs a few megabytes.
 */
final class RsuDataGenerator {

  static final ZoneId ZONE = ZoneId.of("America/New_York");
  static final long FIRST_REGISTRATION_ID = 48_213_000L;
  static final long USER_ID_BASE = 31_500_000L;
  static final long QUESTION_SHIRT = 88_101L;
  static final long QUESTION_HEARD = 88_102L;
  static final long QUESTION_EMERGENCY = 88_103L;
  static final long ADDON_SHIRT = 5_101L;
  static final long ADDON_GLASS = 5_102L;
  static final long TEAM_ID_BASE = 60_100L;

  /** The shape of one event of the race. */
  record EventSpec(String name, String distance, double miles, LocalTime start, LocalTime end,
      int peakAge, int minAge, int maxAge, double weight, long[] feesCents) {}

  static final List<EventSpec> SPECS = List.of(
      new EventSpec("5K", "5K", 3.10686, LocalTime.of(8, 0), LocalTime.of(10, 0), 36, 7, 84, 0.45,
          new long[] {2500, 3000, 3500}),
      new EventSpec("10K", "10K", 6.21371, LocalTime.of(7, 45), LocalTime.of(10, 30), 37, 13, 79, 0.30,
          new long[] {3500, 4000, 4500}),
      new EventSpec("Half Marathon", "13.1 Miles", 13.10940, LocalTime.of(7, 0), LocalTime.of(11, 0), 35, 16,
          77, 0.25, new long[] {7000, 8000, 9000}));

  final long seed;
  final long raceId;
  final Instant anchor;
  final LocalDate raceDay;
  final List<EventSnapshot> events;

  // active registrations, ascending by id
  final long[] regIds;
  final byte[] eventIndex;
  final long[] regEpoch;
  final long[] lastModified;
  final int[] bibs;
  final List<RemovedParticipantSnapshot> removed;
  final long maxRegistrationId;

  RsuDataGenerator(long seed, long raceId, Instant anchor, int eventCount, int participants, int removedCount) {
    this.seed = seed;
    this.raceId = raceId;
    this.anchor = anchor;
    this.raceDay = anchor.atZone(ZONE).toLocalDate().plusDays(30);
    this.events = buildEvents(eventCount);

    SplittableRandom r = new SplittableRandom(seed);
    int total = participants + removedCount;
    long windowStart = anchor.minus(Duration.ofDays(200)).getEpochSecond();
    long windowSeconds = anchor.getEpochSecond() - windowStart;
    long[] times = new long[total];
    for (int k = 0; k < total; k++) {
      // registrations pick up as race day approaches
      times[k] = windowStart + (long) (windowSeconds * Math.pow(r.nextDouble(), 0.7));
    }
    Arrays.sort(times);
    long[] ids = new long[total];
    long id = FIRST_REGISTRATION_ID;
    for (int k = 0; k < total; k++) {
      id += 1 + r.nextInt(6); // other races' registrations interleave
      ids[k] = id;
    }
    boolean[] isRemoved = new boolean[total];
    for (int chosen = 0; chosen < removedCount; ) {
      int k = r.nextInt(total);
      if (!isRemoved[k]) {
        isRemoved[k] = true;
        chosen++;
      }
    }
    byte[] eventOf = new byte[total];
    for (int k = 0; k < total; k++) {
      eventOf[k] = (byte) pickEvent(r, eventCount);
    }

    regIds = new long[participants];
    eventIndex = new byte[participants];
    regEpoch = new long[participants];
    lastModified = new long[participants];
    bibs = new int[participants];
    int[] perEvent = new int[eventCount];
    for (int k = 0; k < total; k++) {
      if (!isRemoved[k]) {
        perEvent[eventOf[k]]++;
      }
    }
    int block = 1000;
    for (int count : perEvent) {
      block = Math.max(block, (int) Math.ceil(count * 1.1 / 1000.0) * 1000);
    }
    int[] nextBib = new int[eventCount];
    for (int e = 0; e < eventCount; e++) {
      nextBib[e] = 1 + e * block;
    }
    long bibCutoff = anchor.minus(Duration.ofDays(10)).getEpochSecond();
    int a = 0;
    for (int k = 0; k < total; k++) {
      if (isRemoved[k]) {
        continue;
      }
      int e = eventOf[k];
      regIds[a] = ids[k];
      eventIndex[a] = (byte) e;
      regEpoch[a] = times[k];
      long modified = times[k];
      if (times[k] < bibCutoff) {
        bibs[a] = nextBib[e]++;
        modified = Math.max(modified, bibCutoff + r.nextInt(8 * 3600)); // the bib batch
      }
      if (r.nextInt(100) < 6) { // a later change of address or shirt size
        modified = modified + (long) ((anchor.getEpochSecond() - modified) * r.nextDouble());
      }
      lastModified[a] = modified;
      a++;
    }
    maxRegistrationId = total == 0 ? FIRST_REGISTRATION_ID : ids[total - 1];

    // removed registrations: transfers point at the next active registration
    long[] nextActive = new long[total];
    long next = -1;
    for (int k = total - 1; k >= 0; k--) {
      nextActive[k] = next;
      if (!isRemoved[k]) {
        next = ids[k];
      }
    }
    List<RemovedParticipantSnapshot> gone = new ArrayList<>(removedCount);
    for (int k = 0; k < total; k++) {
      if (!isRemoved[k]) {
        continue;
      }
      int roll = r.nextInt(100);
      String reason = roll < 35 ? "removed" : roll < 70 ? "transferred" : roll < 85 ? "deferred" : "cleared";
      Long newId = null;
      if (reason.equals("transferred")) {
        if (nextActive[k] < 0) {
          reason = "removed";
        } else {
          newId = nextActive[k];
        }
      }
      long removedAt = times[k] + 3600 + (long) (Math.max(0, anchor.getEpochSecond() - times[k] - 3600) * r.nextDouble());
      SplittableRandom rowRandom = rowRandom(ids[k]);
      ParticipantSnapshot.User user = user(rowRandom, ids[k], eventOf[k]);
      gone.add(new RemovedParticipantSnapshot(ids[k], events.get(eventOf[k]).eventId(), reason, newId,
          Instant.ofEpochSecond(times[k]), Instant.ofEpochSecond(removedAt), user));
    }
    removed = List.copyOf(gone);
  }

  private List<EventSnapshot> buildEvents(int eventCount) {
    List<EventSnapshot> list = new ArrayList<>();
    for (int e = 0; e < eventCount; e++) {
      EventSpec spec = SPECS.get(e);
      LocalDate d = raceDay;
      List<RegistrationPeriodSnapshot> periods = List.of(
          new RegistrationPeriodSnapshot(d.minusDays(240).atStartOfDay(), d.minusDays(121).atTime(23, 59, 59),
              spec.feesCents()[0]),
          new RegistrationPeriodSnapshot(d.minusDays(120).atStartOfDay(), d.minusDays(15).atTime(23, 59, 59),
              spec.feesCents()[1]),
          new RegistrationPeriodSnapshot(d.minusDays(14).atStartOfDay(), d.minusDays(1).atTime(20, 0),
              spec.feesCents()[2]));
      list.add(new EventSnapshot(raceId * 100 + e + 1, spec.name(), spec.distance(), spec.miles(),
          d.atTime(spec.start()), d.atTime(spec.end()), periods));
    }
    return List.copyOf(list);
  }

  private static int pickEvent(SplittableRandom r, int eventCount) {
    double total = 0;
    for (int e = 0; e < eventCount; e++) {
      total += SPECS.get(e).weight();
    }
    double roll = r.nextDouble() * total;
    for (int e = 0; e < eventCount; e++) {
      roll -= SPECS.get(e).weight();
      if (roll < 0) {
        return e;
      }
    }
    return eventCount - 1;
  }

  SplittableRandom rowRandom(long registrationId) {
    long z = seed * 0x9E3779B97F4A7C15L + registrationId;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }

  /** The full row of active registration {@code a} with the given (possibly edited) numbers. */
  ParticipantSnapshot participant(int a, Integer bib, long modifiedEpoch) {
    long registrationId = regIds[a];
    int e = eventIndex[a];
    SplittableRandom r = rowRandom(registrationId);
    ParticipantSnapshot.User user = user(r, registrationId, e);
    Instant registered = Instant.ofEpochSecond(regEpoch[a]);
    EventSnapshot event = events.get(e);
    LocalDateTime localRegistered = LocalDateTime.ofInstant(registered, ZONE);
    long fee = feeAt(event.registrationPeriods(), localRegistered);
    Long teamId = null;
    String teamName = null;
    if (r.nextInt(100) < 12) {
      int t = r.nextInt(RsuNames.TEAMS.size());
      teamId = TEAM_ID_BASE + t;
      teamName = RsuNames.TEAMS.get(t);
    }
    long charged = r.nextInt(100) < 5 ? fee * 80 / 100 : fee; // a 20% coupon
    long paid = charged + processingFee(charged);
    List<ParticipantSnapshot.QuestionResponseSnapshot> answers = List.of(
        new ParticipantSnapshot.QuestionResponseSnapshot(QUESTION_SHIRT, "T-Shirt Size",
            user.dob().isAfter(raceDay.minusYears(13)) ? "Youth M" : RsuNames.pick(r, RsuNames.SHIRT_SIZES)),
        new ParticipantSnapshot.QuestionResponseSnapshot(QUESTION_HEARD, "How did you hear about this race?",
            RsuNames.pick(r, RsuNames.HEARD_ABOUT)),
        new ParticipantSnapshot.QuestionResponseSnapshot(QUESTION_EMERGENCY, "Emergency contact name and phone",
            RsuNames.pick(r, r.nextBoolean() ? RsuNames.FEMALE_FIRST : RsuNames.MALE_FIRST) + " "
                + user.lastName() + " " + user.phone().substring(0, 4) + "555-01"
                + String.format(Locale.US, "%02d", r.nextInt(100))));
    List<ParticipantSnapshot.Addon> addons = new ArrayList<>(2);
    if (r.nextInt(100) < 22) {
      addons.add(new ParticipantSnapshot.Addon(ADDON_SHIRT, "Long Sleeve Tech Shirt",
          RsuNames.pick(r, RsuNames.SHIRT_SIZES), r.nextInt(100) < 5 ? 2 : 1, 2000));
    }
    if (r.nextInt(100) < 8) {
      addons.add(new ParticipantSnapshot.Addon(ADDON_GLASS, "Finisher Pint Glass", null, 1, 1200));
    }
    return new ParticipantSnapshot(registrationId, event.eventId(), bib, null, ageOn(user.dob()),
        registered, Instant.ofEpochSecond(modifiedEpoch), teamId, teamName, fee, paid, user, answers, addons);
  }

  /** Registration processing fee: 6% plus $1.00, rounded to the cent (a typical RunSignup setup). */
  static long processingFee(long feeCents) {
    return feeCents == 0 ? 0 : Math.round(feeCents * 0.06) + 100;
  }

  static long feeAt(List<RegistrationPeriodSnapshot> periods, LocalDateTime time) {
    for (RegistrationPeriodSnapshot p : periods) {
      if (p.contains(time)) {
        return p.raceFeeCents();
      }
    }
    if (periods.isEmpty()) {
      return 0;
    }
    return time.isBefore(periods.get(0).opens()) ? periods.get(0).raceFeeCents()
        : periods.get(periods.size() - 1).raceFeeCents();
  }

  int ageOn(LocalDate dob) {
    return Period.between(dob, raceDay).getYears();
  }

  ParticipantSnapshot.User user(SplittableRandom r, long registrationId, int e) {
    EventSpec spec = SPECS.get(e);
    boolean female = r.nextInt(100) < 56;
    String first = RsuNames.pick(r, female ? RsuNames.FEMALE_FIRST : RsuNames.MALE_FIRST);
    String last = RsuNames.pick(r, RsuNames.LAST);
    String middle = r.nextInt(100) < 25 ? String.valueOf((char) ('A' + r.nextInt(26))) : null;
    int age = (int) Math.round(spec.peakAge() + r.nextGaussian() * 11);
    age = Math.max(spec.minAge(), Math.min(spec.maxAge(), age));
    LocalDate dob = raceDay.minusYears(age).minusDays(1 + r.nextInt(364));
    String local = (first + (r.nextBoolean() ? "." : "") + last).toLowerCase(Locale.ROOT).replace("'", "");
    if (r.nextInt(100) < 45) {
      local += r.nextInt(100) < 50 ? String.valueOf(dob.getYear() % 100 + 100).substring(1)
          : String.valueOf(1 + r.nextInt(99));
    }
    String email = local + "@" + RsuNames.pick(r, RsuNames.EMAIL_DOMAINS);
    RsuNames.Place place = r.nextInt(100) < 86 ? RsuNames.pick(r, RsuNames.LOCAL_PLACES)
        : RsuNames.pick(r, RsuNames.FAR_PLACES);
    String phone = place.areaCode() + "-555-01" + String.format(Locale.US, "%02d", r.nextInt(100));
    String street = (10 + r.nextInt(9990)) + " " + RsuNames.pick(r, RsuNames.STREETS) + " "
        + RsuNames.pick(r, RsuNames.STREET_SUFFIXES);
    String zip = place.zip3() + String.format(Locale.US, "%02d", r.nextInt(100));
    long userId = USER_ID_BASE + (registrationId - FIRST_REGISTRATION_ID) * 3 + r.nextInt(3);
    return new ParticipantSnapshot.User(userId, first, middle, last, email, dob, female ? "F" : "M", phone,
        new ParticipantSnapshot.Address(street, place.city(), place.state(), zip, "US"));
  }
}
