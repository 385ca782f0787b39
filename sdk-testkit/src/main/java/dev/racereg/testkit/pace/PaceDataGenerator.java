package dev.racereg.testkit.pace;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Derives participant number {@code i} of one event from the seed alone, so a large event never
 * has to be held in memory: row {@code i} is always the same row, and its "Updated at" grows with
 * {@code i}, which makes sorting and {@code updatedAfter} filtering cheap (binary search).
 *
 * <p>Registrations span {@link #WINDOW} before the anchor, denser towards its end (the rush
 * before the event). Immutable and thread-safe.
 */
final class PaceDataGenerator {

  /** How long registration stays open before the anchor instant. */
  static final Duration WINDOW = Duration.ofDays(180);
  /** Share of the window (from its start) during which the early-bird price applies. */
  private static final double EARLY_BIRD_SHARE = 0.4;
  private static final BigDecimal EARLY_BIRD_FACTOR = new BigDecimal("0.85");
  /** Density exponent: below 1 puts more registrations near the end of the window. */
  private static final double RUSH = 0.7;

  /** Order numbers: two letters and six digits, a bijection of the row index. */
  private static final long ORDER_SPACE = 26L * 26L * 1_000_000L;
  private static final long ORDER_MULTIPLIER = 387_420_489L; // 3^18, coprime with 2^8 * 5^6 * 13^2
  private static final long ORDER_INVERSE = BigInteger.valueOf(ORDER_MULTIPLIER)
      .modInverse(BigInteger.valueOf(ORDER_SPACE)).longValueExact();

  private final PaceEventSpec spec;
  private final int count;
  private final long key;
  private final long orderOffset;
  private final long startMillis;
  private final long windowMillis;
  private final LocalDate anchorDate;
  private final List<String> distanceNames;
  private final List<String> customLabels;
  private final FieldKind[] customKinds;

  /** What kind of value a custom field gets, guessed from its label. */
  private enum FieldKind { CLUB, SIZE, PHONE, YES_NO }

  PaceDataGenerator(long seed, PaceEventSpec spec, int count, Instant anchor) {
    this.spec = spec;
    this.count = count;
    this.key = mix(seed ^ mix(0x5041434500000000L + spec.slug().hashCode()));
    this.orderOffset = Math.floorMod(mix(key ^ 0x0DE5L), ORDER_SPACE);
    this.windowMillis = WINDOW.toMillis();
    this.startMillis = anchor.toEpochMilli() - windowMillis;
    this.anchorDate = anchor.atZone(ZoneOffset.UTC).toLocalDate();
    this.distanceNames = List.copyOf(spec.distances().keySet());
    this.customLabels = spec.customFields();
    this.customKinds = new FieldKind[customLabels.size()];
    for (int f = 0; f < customKinds.length; f++) {
      String lower = customLabels.get(f).toLowerCase(Locale.ROOT);
      customKinds[f] = lower.contains("club") || lower.contains("team") ? FieldKind.CLUB
          : lower.contains("size") ? FieldKind.SIZE
          : lower.contains("phone") ? FieldKind.PHONE
          : FieldKind.YES_NO;
    }
  }

  int count() {
    return count;
  }

  /** A seed-derived access code for an event that did not set one. */
  static String accessCode(long seed, String slug) {
    SplittableRandom r = new SplittableRandom(mix(seed ^ mix(0xACC0DEL + slug.hashCode())));
    return randomCode(r, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
  }

  /** A fresh API secret: 32 random bytes in base64, 44 characters as PACE shows. */
  static String apiSecret(long seed, int generation) {
    SplittableRandom r = new SplittableRandom(mix(seed ^ mix(0x5EC4E7L + generation)));
    byte[] bytes = new byte[32];
    r.nextBytes(bytes);
    return java.util.Base64.getEncoder().encodeToString(bytes);
  }

  // ---------------------------------------------------------------- timestamps

  private long base(long i) {
    if (i >= count) {
      return startMillis + windowMillis;
    }
    double x = (double) i / count;
    return startMillis + (long) (windowMillis * Math.pow(x, RUSH));
  }

  /**
   * "Updated at" of generated row {@code i} (0 &lt;= i &lt; count), in epoch milliseconds.
   * Non-decreasing in {@code i}: the jitter stays below the gap to the next row's base.
   */
  long updatedAtMillis(int i) {
    long b = base(i);
    long gap = base(i + 1L) - b;
    return gap <= 1 ? b : b + Math.floorMod(mix(key ^ (0x7157L + i)), gap);
  }

  /** The first generated index whose "Updated at" is strictly after {@code after}; count if none. */
  int firstIndexAfter(Instant after) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (PaceWire.isAfter(updatedAtMillis(mid), after)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  // ---------------------------------------------------------------- order numbers

  String orderNumber(int index) {
    long v = Math.floorMod(index * ORDER_MULTIPLIER + orderOffset, ORDER_SPACE);
    long letters = v / 1_000_000L;
    char first = (char) ('A' + letters / 26);
    char second = (char) ('A' + letters % 26);
    return "" + first + second + padded((int) (v % 1_000_000L), 6);
  }

  /** The row index an order number belongs to, if it has the shape PACE uses. */
  OptionalInt indexOf(String orderNumber) {
    if (orderNumber == null || !orderNumber.matches("[A-Z]{2}\\d{6}")) {
      return OptionalInt.empty();
    }
    long letters = (orderNumber.charAt(0) - 'A') * 26L + (orderNumber.charAt(1) - 'A');
    long v = letters * 1_000_000L + Long.parseLong(orderNumber.substring(2));
    long index = Math.floorMod(Math.floorMod(v - orderOffset, ORDER_SPACE) * ORDER_INVERSE, ORDER_SPACE);
    return index <= Integer.MAX_VALUE ? OptionalInt.of((int) index) : OptionalInt.empty();
  }

  // ---------------------------------------------------------------- rows

  /** Generated row {@code i} (0 &lt;= i &lt; count) as it was at the anchor instant. */
  PaceParticipantRow generated(int i) {
    long updated = updatedAtMillis(i);
    double progress = count == 0 ? 1 : (double) (updated - startMillis) / windowMillis;
    return row(i, updated, progress < EARLY_BIRD_SHARE, false);
  }

  /** A new registration with index {@code i} (beyond the generated rows) made at {@code now}. */
  PaceParticipantRow registeredNow(int i, Instant now) {
    return row(i, now.toEpochMilli(), false, true);
  }

  private PaceParticipantRow row(int i, long updatedMillis, boolean earlyBird, boolean fresh) {
    SplittableRandom r = new SplittableRandom(mix(key + (i + 1L) * 0x9E3779B97F4A7C15L));

    Person person = person(r);
    String distance = distanceNames.get(weightedDecreasing(r, distanceNames.size()));
    List<String> groups = spec.groups();
    String group = groups.size() == 1 || r.nextDouble() < 0.88
        ? groups.get(0) : groups.get(1 + r.nextInt(groups.size() - 1));
    boolean elite = "Elite".equalsIgnoreCase(group);
    boolean licensed = elite || r.nextDouble() < (person.abroad ? 0.35 : 0.68);
    String sportId = licensed || r.nextDouble() < 0.5 ? padded(r.nextInt(10_000_000), 7) : "";

    BigDecimal price = spec.distances().get(distance);
    if (earlyBird) {
      price = price.multiply(EARLY_BIRD_FACTOR).setScale(2, RoundingMode.HALF_UP);
    }

    String status;
    double s = r.nextDouble();
    if (fresh || s < 0.90) {
      status = PaceParticipantRow.SUCCEEDED;
    } else if (s < 0.94) {
      status = PaceParticipantRow.PENDING;
    } else if (s < 0.97) {
      status = PaceParticipantRow.REFUNDED;
    } else {
      status = PaceParticipantRow.CANCELED;
    }
    long orderMillis;
    if (fresh) {
      orderMillis = updatedMillis;
    } else if (status.equals(PaceParticipantRow.REFUNDED) || status.equals(PaceParticipantRow.CANCELED)) {
      orderMillis = updatedMillis - Duration.ofDays(1).toMillis() - r.nextLong(Duration.ofDays(40).toMillis());
    } else {
      orderMillis = updatedMillis - 1_500 - r.nextLong(180_000);
    }

    Map<String, String> custom = new LinkedHashMap<>();
    for (int f = 0; f < customLabels.size(); f++) {
      String label = customLabels.get(f);
      switch (customKinds[f]) {
        case CLUB:
          custom.put(label, person.abroad || r.nextDouble() < 0.38 ? "" : pick(r, Names.CLUBS));
          break;
        case SIZE:
          custom.put(label, Names.SHIRT_SIZES.get(weighted(r, Names.SHIRT_WEIGHTS)));
          break;
        case PHONE:
          if (r.nextDouble() >= 0.08) { // registrations made before the organiser added the field
            custom.put(label, person.abroad ? person.nation.phone(r) : Names.FINLAND.phone(r));
          }
          break;
        default:
          custom.put(label, r.nextDouble() < 0.5 ? "Yes" : "No");
      }
    }

    return new PaceParticipantRow(spec.name(), distance, group, price, spec.currency(), licensed,
        Instant.ofEpochMilli(orderMillis), orderNumber(i), status, Instant.ofEpochMilli(updatedMillis),
        person.first, person.last, person.email, person.birthdate, person.gender,
        person.country, person.phone, person.nation.code, sportId, custom);
  }

  private Person person(SplittableRandom r) {
    Person p = new Person();
    double origin = r.nextDouble();
    Names.Nation nation;
    if (origin < 0.86) {
      nation = Names.FINLAND;
    } else if (origin < 0.93) {
      nation = Names.FINLAND_SWEDISH;
    } else {
      nation = Names.FOREIGN.get(r.nextInt(Names.FOREIGN.size()));
    }
    p.gender = r.nextDouble() < 0.42 ? PaceParticipantRow.FEMALE : PaceParticipantRow.MALE;
    p.first = pick(r, p.gender.equals(PaceParticipantRow.FEMALE) ? nation.female : nation.male);
    p.last = pick(r, nation.surnames);
    p.nation = nation;
    p.abroad = !nation.code.equals("FI") && r.nextDouble() < 0.45;
    p.country = p.abroad ? nation.code : "FI";
    p.phone = p.abroad ? nation.phone(r) : Names.FINLAND.phone(r);
    p.email = email(r, p.first, p.last, p.abroad ? nation.mailDomains : Names.FINLAND.mailDomains);
    int age = (int) Math.round(Math.max(16, Math.min(78, 40 + r.nextGaussian() * 11)));
    p.birthdate = anchorDate.minusYears(age).minusDays(1 + r.nextInt(364));
    return p;
  }

  private static String email(SplittableRandom r, String first, String last, List<String> domains) {
    String f = ascii(first);
    String l = ascii(last);
    String local;
    double shape = r.nextDouble();
    if (shape < 0.55) {
      local = f + "." + l;
    } else if (shape < 0.75) {
      local = f + "." + l + (1 + r.nextInt(99));
    } else if (shape < 0.9) {
      local = f.charAt(0) + l;
    } else {
      local = f + (1950 + r.nextInt(60));
    }
    return local + "@" + pick(r, domains);
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_ASCII_WORD = Pattern.compile("[^a-z0-9]");

  /** Transliterations of the pool names (a fixed, small set), computed once each. */
  private static final Map<String, String> ASCII = new ConcurrentHashMap<>();

  /** The name as it would appear in an e-mail address: {@code Väisänen} becomes {@code vaisanen}. */
  static String ascii(String name) {
    return ASCII.computeIfAbsent(name, PaceDataGenerator::transliterate);
  }

  private static String transliterate(String name) {
    String decomposed = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_ASCII_WORD.matcher(bare).replaceAll("");
  }

  /** Index 0..n-1 with weights n, n-1, ..., 1: the first option is the most popular. */
  private static int weightedDecreasing(SplittableRandom r, int n) {
    int total = n * (n + 1) / 2;
    int x = r.nextInt(total);
    for (int k = 0; k < n; k++) {
      x -= n - k;
      if (x < 0) {
        return k;
      }
    }
    return n - 1;
  }

  private static int weighted(SplittableRandom r, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int k = 0; k < weights.length; k++) {
      x -= weights[k];
      if (x < 0) {
        return k;
      }
    }
    return weights.length - 1;
  }

  static <T> T pick(SplittableRandom r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  /** {@code value} in decimal, left-padded with zeros to {@code width} digits. */
  static String padded(int value, int width) {
    char[] out = new char[width];
    for (int k = width - 1; k >= 0; k--) {
      out[k] = (char) ('0' + value % 10);
      value /= 10;
    }
    return new String(out);
  }

  static String digits(SplittableRandom r, int n) {
    return randomCode(r, n, "0123456789");
  }

  private static String randomCode(SplittableRandom r, int n, String alphabet) {
    StringBuilder sb = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** SplitMix64's finaliser: a good 64-bit mix for deriving independent streams. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static final class Person {
    String first;
    String last;
    String gender;
    String email;
    String phone;
    String country;
    Names.Nation nation;
    boolean abroad;
    LocalDate birthdate;
  }

  /** Name pools: Finnish, Swedish-speaking Finnish and a few neighbouring nationalities. */
  static final class Names {
    private Names() {}

    /** A nationality: code, name pools, mobile number shape and common mail domains. */
    static final class Nation {
      final String code;
      final List<String> female;
      final List<String> male;
      final List<String> surnames;
      final List<String> mobilePrefixes;
      final int subscriberDigits;
      final List<String> mailDomains;

      Nation(String code, List<String> female, List<String> male, List<String> surnames,
          List<String> mobilePrefixes, int subscriberDigits, List<String> mailDomains) {
        this.code = code;
        this.female = female;
        this.male = male;
        this.surnames = surnames;
        this.mobilePrefixes = mobilePrefixes;
        this.subscriberDigits = subscriberDigits;
        this.mailDomains = mailDomains;
      }

      String phone(SplittableRandom r) {
        return pick(r, mobilePrefixes) + digits(r, subscriberDigits);
      }
    }

    static final List<String> FI_DOMAINS = List.of("gmail.com", "gmail.com", "gmail.com", "hotmail.com",
        "outlook.com", "icloud.com", "yahoo.com", "kolumbus.fi", "luukku.com", "elisanet.fi", "saunalahti.fi");

    static final Nation FINLAND = new Nation("FI",
        List.of("Aino", "Anna", "Emilia", "Sofia", "Laura", "Sanna", "Johanna", "Maria", "Tiina", "Katja",
            "Elina", "Heidi", "Jenni", "Riikka", "Satu", "Minna", "Päivi", "Helmi", "Venla", "Iida",
            "Noora", "Essi", "Kaisa", "Hanna", "Outi", "Suvi", "Milla", "Pauliina", "Anu", "Eveliina"),
        List.of("Mikko", "Juha", "Jukka", "Antti", "Timo", "Matti", "Janne", "Ville", "Jari", "Petri",
            "Markus", "Tuomas", "Lauri", "Joonas", "Eetu", "Olli", "Sami", "Teemu", "Ari", "Kari",
            "Pekka", "Heikki", "Aleksi", "Juho", "Onni", "Eino", "Väinö", "Ilkka", "Risto", "Toni"),
        List.of("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
            "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen",
            "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen",
            "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen",
            "Ahonen", "Hiltunen", "Kallio", "Leppänen", "Rautio", "Väisänen", "Peltonen", "Kärkkäinen",
            "Pitkänen"),
        List.of("+35840", "+35841", "+35844", "+35845", "+35846", "+35850"), 7, FI_DOMAINS);

    static final Nation FINLAND_SWEDISH = new Nation("FI",
        List.of("Ebba", "Linnea", "Emma", "Matilda", "Ida", "Stina", "Frida", "Sara", "Elin", "Louise"),
        List.of("Johan", "Henrik", "Mikael", "Fredrik", "Anders", "Erik", "Max", "Oskar", "Rasmus", "Niklas"),
        List.of("Lindholm", "Nyström", "Sjöberg", "Holmström", "Lindqvist", "Forsman", "Ekholm",
            "Grönroos", "Sundström", "Björklund", "Wikström", "Eriksson", "Lindroos", "Åberg"),
        FINLAND.mobilePrefixes, 7, FI_DOMAINS);

    static final List<Nation> FOREIGN = List.of(
        new Nation("EE", List.of("Mari", "Liis", "Kadri", "Triin", "Kristiina"),
            List.of("Kristjan", "Andres", "Martin", "Rasmus", "Siim"),
            List.of("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane", "Ilves", "Kukk"),
            List.of("+3725"), 7, List.of("gmail.com", "hot.ee", "mail.ee")),
        new Nation("SE", List.of("Karin", "Maja", "Elsa", "Astrid", "Ingrid"),
            List.of("Lars", "Erik", "Gustav", "Olof", "Viktor"),
            List.of("Johansson", "Andersson", "Nilsson", "Larsson", "Karlsson", "Persson"),
            List.of("+4670", "+4672", "+4673", "+4676"), 7, List.of("gmail.com", "hotmail.se", "telia.com")),
        new Nation("DE", List.of("Anna", "Lena", "Julia", "Katharina", "Sophie"),
            List.of("Lukas", "Jonas", "Felix", "Tobias", "Stefan"),
            List.of("Müller", "Schmidt", "Weber", "Fischer", "Wagner", "Becker"),
            List.of("+49151", "+49160", "+49170", "+49176"), 8, List.of("gmail.com", "gmx.de", "web.de")),
        new Nation("GB", List.of("Emily", "Charlotte", "Olivia", "Sophie", "Hannah"),
            List.of("James", "Thomas", "Oliver", "Daniel", "Matthew"),
            List.of("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans"),
            List.of("+447"), 9, List.of("gmail.com", "hotmail.co.uk", "outlook.com")));

    static final List<String> CLUBS = List.of("Espoon Tapiot", "TriEspoo", "Helsingin Triathlon",
        "Tampereen Triathlon", "Turun Urheiluliitto", "Oulun Pyrintö", "Lahden Ahkera", "Kuopion Reipas",
        "Vantaan Salamat", "Porin Triathlon", "IFK Helsingfors", "Vasa IFK", "Jyväskylän Kenttäurheilijat",
        "Team Nordic Tri");

    static final List<String> SHIRT_SIZES = List.of("XS", "S", "M", "L", "XL", "XXL");
    static final int[] SHIRT_WEIGHTS = {5, 18, 32, 27, 13, 5};
  }
}
