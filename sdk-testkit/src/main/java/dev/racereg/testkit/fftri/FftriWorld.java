package dev.racereg.testkit.fftri;

import dev.racereg.testkit.fftri.FftriNames.Town;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The generated reference data of one simulator: seasons, age categories, clubs, licence holders,
 * the organiser's events and trials, ITU federations. Immutable once built; every value comes
 * from the seed and the anchor date, never from the wall clock.
 */
final class FftriWorld {

  /** An age category of a season, as {@code age-categories/{season}} serves it. */
  record AgeCategory(
      int id, int seasonId, String name, int ageMin, int ageMax, int yearOfBirthMin,
      int yearOfBirthMax, String shortName, String mainGroupName) {}

  private record CategoryTemplate(String name, String shortName, String group, int ageMin, int ageMax) {}

  private static final List<CategoryTemplate> CATEGORIES = categoryTemplates();

  /** The id of the first category of season 10 in the doc's example ("Mini-poussin 1"). */
  private static final int DOC_FIRST_CATEGORY_ID = 166;

  private final LocalDate anchorDate;
  final List<SeasonRow> seasons;
  private final Map<Integer, SeasonRow> seasonsById = new HashMap<>();
  final SeasonRow currentSeason;
  private final Map<Integer, List<AgeCategory>> categoriesBySeason = new HashMap<>();
  final List<ClubRow> clubs;
  private final Map<Integer, ClubRow> clubsById = new HashMap<>();
  final List<LicenceHolder> holders;
  private final Map<String, LicenceHolder> holdersByNumber = new HashMap<>();
  final List<FftriEvent> events;
  private final Map<Integer, TrialRow> trialsById = new LinkedHashMap<>();
  private final Map<Integer, FftriEvent> eventsById = new HashMap<>();
  private final Map<Integer, ItuFederationRow> federationsById = new LinkedHashMap<>();

  FftriWorld(long seed, LocalDate anchorDate, int clubCount, int holderCount, int eventCount) {
    this.anchorDate = anchorDate;
    this.seasons = buildSeasons(anchorDate.getYear());
    seasons.forEach(s -> seasonsById.put(s.id(), s));
    this.currentSeason = seasons.stream().filter(s -> s.contains(anchorDate)).findFirst()
        .orElse(seasons.get(seasons.size() - 1));
    for (int i = 0; i < seasons.size(); i++) {
      categoriesBySeason.put(seasons.get(i).id(), buildCategories(seasons.get(i), i));
    }
    this.clubs = buildClubs(new SplittableRandom(seed ^ 0x436C756273L), clubCount);
    clubs.forEach(c -> clubsById.put(c.id(), c));
    this.holders = buildHolders(new SplittableRandom(seed ^ 0x4C6963656E6365L), holderCount);
    this.events = buildEvents(new SplittableRandom(seed ^ 0x4576656E7473L), eventCount);
    for (FftriEvent event : events) {
      eventsById.put(event.id(), event);
      event.trials().forEach(t -> trialsById.put(t.id(), t));
    }
    ItuFederations.ALL.forEach(f -> federationsById.put(f.id(), f));
  }

  // ---- lookups ---------------------------------------------------------------------------

  Optional<SeasonRow> season(int id) {
    return Optional.ofNullable(seasonsById.get(id));
  }

  List<AgeCategory> categories(int seasonId) {
    return categoriesBySeason.getOrDefault(seasonId, List.of());
  }

  Optional<ClubRow> club(int id) {
    return Optional.ofNullable(clubsById.get(id));
  }

  Optional<LicenceHolder> holder(String licenceNumber) {
    return Optional.ofNullable(holdersByNumber.get(licenceNumber.trim().toUpperCase(Locale.ROOT)));
  }

  Optional<TrialRow> trial(int id) {
    return Optional.ofNullable(trialsById.get(id));
  }

  List<TrialRow> trials() {
    return List.copyOf(trialsById.values());
  }

  FftriEvent eventOf(TrialRow trial) {
    return eventsById.get(trial.eventId());
  }

  Optional<ItuFederationRow> federation(int id) {
    return Optional.ofNullable(federationsById.get(id));
  }

  List<ItuFederationRow> federations() {
    return ItuFederations.ALL;
  }

  /** The age category of someone born in {@code birthYear} during {@code season}, if any. */
  Optional<AgeCategory> categoryOf(int birthYear, SeasonRow season) {
    int age = season.sportYear() - birthYear;
    return categories(season.id()).stream()
        .filter(c -> age >= c.ageMin() && age <= c.ageMax()).findFirst();
  }

  /**
   * Well-formed licence numbers that no member holds, deterministic for the world.
   */
  List<String> unknownLicenceNumbers(int count) {
    List<String> result = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(0x556E6B6E6F776EL);
    while (result.size() < count) {
      ClubRow club = clubs.get(random.nextInt(clubs.size()));
      String candidate = licenceNumber("A", random.nextInt(100_000), club.id(),
          random.nextBoolean() ? "M" : "F", "SE");
      if (!holdersByNumber.containsKey(candidate) && !result.contains(candidate)) {
        result.add(candidate);
      }
    }
    return result;
  }

  // ---- seasons and categories -----------------------------------------------------------

  private static List<SeasonRow> buildSeasons(int lastYear) {
    List<SeasonRow> list = new ArrayList<>();
    list.add(new SeasonRow(2, "2012-2013", LocalDate.of(2012, 11, 1), LocalDate.of(2013, 10, 30)));
    list.add(new SeasonRow(6, "2013-2014", LocalDate.of(2013, 10, 31), LocalDate.of(2014, 10, 31)));
    list.add(new SeasonRow(7, "2014-2015", LocalDate.of(2014, 11, 1), LocalDate.of(2015, 12, 31)));
    for (int year = 2016; year <= Math.max(2018, lastYear); year++) {
      int id = year == 2016 ? 8 : year == 2017 ? 9 : 10 + (year - 2018);
      list.add(new SeasonRow(id, Integer.toString(year), LocalDate.of(year, 1, 1),
          LocalDate.of(year, 12, 31)));
    }
    return Collections.unmodifiableList(list);
  }

  private static List<CategoryTemplate> categoryTemplates() {
    List<CategoryTemplate> list = new ArrayList<>();
    String[][] young = {
        {"Mini-poussin", "MP"}, {"Poussin", "PO"}, {"Pupille", "PU"}, {"Benjamin", "BE"},
        {"Minime", "MI"}, {"Cadet", "CA"}, {"Junior", "JU"}};
    int age = 6;
    for (String[] group : young) {
      for (int n = 1; n <= 2; n++, age++) {
        list.add(new CategoryTemplate(group[0] + " " + n, group[1], group[0], age, age));
      }
    }
    for (int n = 1; n <= 4; n++, age += 5) {
      list.add(new CategoryTemplate("Senior " + n, "S" + n, "Senior", age, age + 4));
    }
    for (int n = 1; n <= 10; n++, age += 5) {
      list.add(new CategoryTemplate("Vétéran " + n, "V" + n, "Vétéran", age, age + 4));
    }
    return List.copyOf(list);
  }

  private List<AgeCategory> buildCategories(SeasonRow season, int seasonIndex) {
    int tenIndex = indexOfSeason(10);
    int firstId = DOC_FIRST_CATEGORY_ID + (seasonIndex - tenIndex) * CATEGORIES.size();
    List<AgeCategory> list = new ArrayList<>();
    int year = season.sportYear();
    for (int i = 0; i < CATEGORIES.size(); i++) {
      CategoryTemplate t = CATEGORIES.get(i);
      list.add(new AgeCategory(firstId + i, season.id(), t.name(), t.ageMin(), t.ageMax(),
          year - t.ageMax(), year - t.ageMin(), t.shortName(), t.group()));
    }
    return List.copyOf(list);
  }

  private int indexOfSeason(int id) {
    for (int i = 0; i < seasons.size(); i++) {
      if (seasons.get(i).id() == id) {
        return i;
      }
    }
    throw new IllegalStateException("no season " + id);
  }

  private static String groupCode(String group) {
    switch (group) {
      case "Mini-poussin":
        return "MP";
      case "Poussin":
        return "PO";
      case "Pupille":
        return "PU";
      case "Benjamin":
        return "BE";
      case "Minime":
        return "MI";
      case "Cadet":
        return "CA";
      case "Junior":
        return "JU";
      case "Senior":
        return "SE";
      default:
        return "VE";
    }
  }

  // ---- clubs -------------------------------------------------------------------------------

  private List<ClubRow> buildClubs(SplittableRandom random, int count) {
    List<Integer> allSeasons = seasons.stream().map(SeasonRow::id).toList();
    String labelSeason = Integer.toString(currentSeason.sportYear());
    List<ClubRow> list = new ArrayList<>();
    // the clubs the doc shows, with their ids and names; contact details are made up
    Town mureaux = new Town("LES MUREAUX", "78130", 48.98595, 1.9242345, "ILE DE FRANCE", "01");
    list.add(new ClubRow(1001, "TRINOSAURE", "2 RUE HUBERT MOUCHEL ", mureaux.zip(), mureaux.name(),
        FftriNames.phone(random, "01"), FftriNames.phone(random, "06"), "contact@trinosaure.fr",
        "http://trinosaurelesmureaux.fr/", "48.98595", "1.9242345", mureaux.league(), true, false,
        3, 1, labelSeason, "M_Duathlon_D1,F_Triathlon_D1", allSeasons));
    Object[][] docClubs = {
        {1063, "A.A.S. FRESNES TRIATHLON", new Town("FRESNES", "94260", 48.7557, 2.3222, "ILE DE FRANCE", "01")},
        {30088, "A.C.ORANGE", new Town("ORANGE", "84100", 44.1381, 4.8075, "PROVENCE-ALPES-COTE D'AZUR", "04")},
        {1123, "A.S. CORBEIL-ESSONNES TRIATHLON", new Town("CORBEIL-ESSONNES", "91100", 48.6139, 2.4825, "ILE DE FRANCE", "01")},
        {13036, "A.S. LIBOURNE TRIATHLON", new Town("LIBOURNE", "33500", 44.9153, -0.2439, "NOUVELLE-AQUITAINE", "05")},
        {10023, "A.S. MONACO TRIATHLON", new Town("MONACO", "98000", 43.7384, 7.4246, "PROVENCE-ALPES-COTE D'AZUR", "04")}};
    for (Object[] doc : docClubs) {
      if (list.size() >= count) {
        break;
      }
      list.add(randomClub(random, (Integer) doc[0], (String) doc[1], (Town) doc[2], allSeasons,
          labelSeason));
    }
    Set<String> names = new HashSet<>();
    list.forEach(c -> names.add(c.name()));
    Map<String, Integer> nextPerLeague = new HashMap<>();
    while (list.size() < count) {
      Town town = FftriNames.pick(random, FftriNames.TOWNS);
      String name = String.format(Locale.ROOT, FftriNames.pick(random, FftriNames.CLUB_PATTERNS),
          town.name());
      if (!names.add(name)) {
        name = name + " " + (names.size() % 9 + 2);
        if (!names.add(name)) {
          continue;
        }
      }
      int league = FftriNames.leagueId(town.league());
      int seq = nextPerLeague.merge(town.league(), 1, Integer::sum) + 199;
      List<Integer> active = activeRange(random, allSeasons);
      list.add(randomClub(random, league * 1000 + seq, name, town, active, labelSeason));
    }
    return List.copyOf(list);
  }

  /** Most clubs renew every season; some were founded later, some stopped. */
  private static List<Integer> activeRange(SplittableRandom random, List<Integer> all) {
    int roll = random.nextInt(100);
    int from = 0;
    int to = all.size() - 1;
    if (roll < 15) {
      from = 1 + random.nextInt(all.size() - 1);
    } else if (roll < 25) {
      to = random.nextInt(all.size() - 1);
    }
    return all.subList(from, to + 1);
  }

  private static ClubRow randomClub(SplittableRandom random, int id, String name, Town town,
      List<Integer> seasonIds, String labelSeason) {
    double lat = town.lat() + (random.nextDouble() - 0.5) * 0.04;
    double lng = town.lng() + (random.nextDouble() - 0.5) * 0.04;
    String slug = FftriNames.fold(name).toLowerCase(Locale.ROOT);
    String website = random.nextInt(100) < 70 ? "http://" + slug + ".fr/" : "";
    String email = random.nextBoolean() ? "contact@" + slug + ".fr" : slug + "@gmail.com";
    int stars = random.nextInt(100) < 45 ? 0 : 1 + random.nextInt(3);
    int raidStars = random.nextInt(100) < 75 ? 0 : 1 + random.nextInt(2);
    String championship = null;
    if (random.nextInt(100) < 12) {
      List<String> entries = List.of("M_Triathlon_D1", "F_Triathlon_D1", "M_Triathlon_D2",
          "F_Triathlon_D2", "M_Triathlon_D3", "F_Triathlon_D3", "M_Duathlon_D1", "F_Duathlon_D1",
          "M_Duathlon_D2");
      String first = FftriNames.pick(random, entries);
      String second = FftriNames.pick(random, entries);
      championship = first.equals(second) ? first : first + "," + second;
    }
    return new ClubRow(id, name,
        (1 + random.nextInt(120)) + " " + FftriNames.pick(random, FftriNames.STREETS),
        town.zip(), town.name(), FftriNames.phone(random, town.phonePrefix()),
        FftriNames.phone(random, random.nextBoolean() ? "06" : "07"), email, website,
        String.format(Locale.ROOT, "%.5f", lat), String.format(Locale.ROOT, "%.6f", lng),
        town.league(), random.nextInt(100) < 10, random.nextInt(100) < 20, stars, raidStars,
        stars > 0 ? labelSeason : null, championship, seasonIds);
  }

  // ---- licence holders ---------------------------------------------------------------------

  private List<LicenceHolder> buildHolders(SplittableRandom random, int count) {
    List<LicenceHolder> list = new ArrayList<>(count);
    int current = seasons.indexOf(currentSeason);
    for (int i = 0; i < count; i++) {
      boolean female = random.nextInt(100) < 32;
      int ageRoll = random.nextInt(100);
      int age = ageRoll < 20 ? 6 + random.nextInt(12)
          : ageRoll < 55 ? 18 + random.nextInt(22)
          : ageRoll < 95 ? 40 + random.nextInt(25) : 65 + random.nextInt(16);
      LocalDate birth = LocalDate.of(anchorDate.getYear() - age, 1, 1)
          .plusDays(random.nextInt(365));
      int minIndex = 0;
      while (minIndex < current && seasons.get(minIndex).sportYear() - birth.getYear() < 6) {
        minIndex++;
      }
      int roll = random.nextInt(100);
      int last = current;
      if (roll >= 70 && roll < 88 && current - 1 >= minIndex) {
        last = current - 1;
      } else if (roll >= 88 && current - 2 >= minIndex) {
        last = minIndex + random.nextInt(current - 1 - minIndex);
      }
      int length = random.nextInt(5) + (random.nextInt(3) == 0 ? random.nextInt(6) : 0);
      int first = Math.max(minIndex, last - length);
      ClubRow club = clubCovering(random, first, last);
      String letter = pickLetter(random);
      boolean certif = !"B".equals(letter) && random.nextInt(100) < 96;
      String firstName = FftriNames.pick(random,
          female ? FftriNames.FEMALE_FIRST_NAMES : FftriNames.MALE_FIRST_NAMES);
      String lastName = FftriNames.pick(random, FftriNames.LAST_NAMES);
      String group = categoryOf(birth.getYear(), seasons.get(first))
          .map(AgeCategory::mainGroupName).orElse("Senior");
      String number;
      do {
        number = licenceNumber(letter, random.nextInt(100_000), club.id(), female ? "F" : "M",
            groupCode(group));
      } while (holdersByNumber.containsKey(number));
      Map<Integer, LocalDate> validations = new HashMap<>();
      for (int s = first; s <= last; s++) {
        SeasonRow season = seasons.get(s);
        long days = Math.min(150, ChronoUnit.DAYS.between(season.startDate(), season.endDate()));
        LocalDate validated = season.startDate().plusDays(random.nextLong(days + 1));
        if (season.equals(currentSeason) && validated.isAfter(anchorDate)) {
          validated = anchorDate.minusDays(random.nextInt(20));
          if (validated.isBefore(season.startDate())) {
            validated = season.startDate();
          }
        }
        validations.put(season.id(), validated);
      }
      String nationality = random.nextInt(100) < 95 ? "Français"
          : FftriNames.pick(random, FftriNames.FOREIGN_NATIONALITIES);
      LicenceHolder holder = new LicenceHolder(number, firstName, lastName, female ? "f" : "m",
          birth, FftriNames.email(random, firstName, lastName), club.id(), club.name(),
          nationality, random.nextInt(100) < 4, certif, letter, validations);
      holdersByNumber.put(number, holder);
      list.add(holder);
    }
    return Collections.unmodifiableList(list);
  }

  private ClubRow clubCovering(SplittableRandom random, int firstIndex, int lastIndex) {
    int firstId = seasons.get(firstIndex).id();
    int lastId = seasons.get(lastIndex).id();
    for (int attempt = 0; attempt < 30; attempt++) {
      ClubRow club = clubs.get(random.nextInt(clubs.size()));
      if (club.seasonIds().contains(firstId) && club.seasonIds().contains(lastId)) {
        return club;
      }
    }
    return clubs.get(0);
  }

  private static String pickLetter(SplittableRandom random) {
    int roll = random.nextInt(100);
    return roll < 62 ? "A" : roll < 80 ? "B" : roll < 92 ? "C" : "D";
  }

  static String licenceNumber(String letter, int member, int clubId, String sex, String group) {
    return letter + FftriNames.pad(member, 5) + "C" + FftriNames.pad(clubId, 7) + sex + group;
  }

  // ---- events and trials -------------------------------------------------------------------

  private record TrialTemplate(String name, String discipline, String distance, String format) {}

  private static final Map<String, List<TrialTemplate>> EVENT_KINDS = eventKinds();

  private static Map<String, List<TrialTemplate>> eventKinds() {
    Map<String, List<TrialTemplate>> kinds = new LinkedHashMap<>();
    kinds.put("TRIATHLON", List.of(
        new TrialTemplate("TRIATHLON XS", "Triathlon", "XS", "Ind."),
        new TrialTemplate("TRIATHLON S", "Triathlon", "S", "Ind."),
        new TrialTemplate("TRIATHLON M", "Triathlon", "M", "Ind."),
        new TrialTemplate("TRIATHLON L", "Triathlon", "L", "Ind."),
        new TrialTemplate("JEUNES 6/9", "Triathlon", "Jeunes 6-9", "Ind."),
        new TrialTemplate("JEUNES 10/13", "Triathlon", "Jeunes 10-13", "Ind."),
        new TrialTemplate("RELAIS S", "Triathlon", "S", "Relai")));
    kinds.put("DUATHLON", List.of(
        new TrialTemplate("DUATHLON XS", "Duathlon", "XS", "Ind."),
        new TrialTemplate("DUATHLON S", "Duathlon", "S", "Ind."),
        new TrialTemplate("DUATHLON M", "Duathlon", "M", "Ind."),
        new TrialTemplate("JEUNES 8/11", "Duathlon", "Jeunes 8-11", "Ind."),
        new TrialTemplate("DUATHLON CLM", "Duathlon", "S", "CLM")));
    kinds.put("AQUATHLON", List.of(
        new TrialTemplate("AQUATHLON XS", "Aquathlon", "XS", "Ind."),
        new TrialTemplate("AQUATHLON S", "Aquathlon", "S", "Ind."),
        new TrialTemplate("JEUNES 8/11", "Aquathlon", "Jeunes 8-11", "Ind.")));
    kinds.put("BIKE AND RUN", List.of(
        new TrialTemplate("BIKE AND RUN XS", "Bike & Run", "XS", "EQ"),
        new TrialTemplate("BIKE AND RUN S", "Bike & Run", "S", "EQ"),
        new TrialTemplate("BIKE AND RUN JEUNES", "Bike & Run", "Jeunes 10-13", "EQ")));
    kinds.put("CROSS TRIATHLON", List.of(
        new TrialTemplate("CROSS TRIATHLON S", "Cross Triathlon", "S", "Ind."),
        new TrialTemplate("CROSS TRIATHLON M", "Cross Triathlon", "M", "Ind."),
        new TrialTemplate("CROSS JEUNES 10/13", "Cross Triathlon", "Jeunes 10-13", "Ind.")));
    kinds.put("SWIMRUN", List.of(
        new TrialTemplate("SWIMRUN S", "Swimrun", "S", "EQ"),
        new TrialTemplate("SWIMRUN M", "Swimrun", "M", "EQ"),
        new TrialTemplate("SWIMRUN L", "Swimrun", "L", "EQ")));
    return Collections.unmodifiableMap(kinds);
  }

  static int priceOf(String distance) {
    if (distance.startsWith("Jeunes")) {
      return 2;
    }
    switch (distance) {
      case "M":
        return 20;
      case "L":
      case "XL":
        return 40;
      default:
        return 5;
    }
  }

  private static final List<String> LABELS = List.of(
      "Mixité", "Triathlon Durable", "Mixité;Triathlon Durable", "", "");

  private static final List<String> PLACES = List.of(
      "Base nautique", "Plage centrale", "Parc des sports", "Port de plaisance", "Rue de la poste",
      "Lac municipal", "Complexe sportif");

  private List<FftriEvent> buildEvents(SplittableRandom random, int count) {
    List<FftriEvent> list = new ArrayList<>();
    if (count == 0) {
      return list;
    }
    // the doc's event and trial ids, dated on the first weekend of July of the anchor year
    LocalDate friday = LocalDate.of(anchorDate.getYear(), 7, 1)
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    LocalDate sunday = friday.plusDays(2);
    list.add(new FftriEvent(10286, "CHTRIMAN GRAVELINES", friday, sunday, 2, "HAUTS DE FRANCE", 7,
        "Plage de Petit-Fort-Philippe", "GRAVELINES", "59820", List.of(
            new TrialRow(31725, 10286, "CHTRIMAN 226", friday.plusDays(1), "Triathlon", "XL", "Ind.",
                "Triathlon Durable", 40, null),
            new TrialRow(31726, 10286, "CHTRIMAN 113", friday.plusDays(1), "Triathlon", "L", "Ind.",
                "Mixité;Triathlon Durable", 40, null),
            new TrialRow(31728, 10286, "CHTRI JEUNES 10/13", sunday, "Triathlon", "Jeunes 10-13",
                "Ind.", "Mixité;Triathlon Durable", 2, null),
            new TrialRow(31732, 10286, "DUATHLON 111", sunday, "Duathlon", "S", "Ind.", "Mixité", 5,
                null))));
    List<String> kinds = new ArrayList<>(EVENT_KINDS.keySet());
    int span = 540;
    for (int k = 1; k < count; k++) {
      int offset = -75 + (int) ((long) (k - 1) * span / Math.max(1, count - 1)) + random.nextInt(7);
      LocalDate start = anchorDate.plusDays(offset).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
      LocalDate end = random.nextInt(3) == 0 ? start.plusDays(1) : start;
      Town town = FftriNames.pick(random, FftriNames.TOWNS);
      String kind = k % 3 == 1 ? "TRIATHLON" : FftriNames.pick(random, kinds);
      String name = random.nextBoolean() ? kind + " DE " + town.name() : town.name() + " " + kind;
      int eventId = 10286 + 173 * k;
      List<TrialTemplate> templates = new ArrayList<>(EVENT_KINDS.get(kind));
      Collections.shuffle(templates, new java.util.Random(random.nextLong()));
      int trialCount = Math.min(templates.size(), 2 + random.nextInt(3));
      List<TrialRow> trials = new ArrayList<>();
      for (int j = 0; j < trialCount; j++) {
        TrialTemplate t = templates.get(j);
        LocalDate date = j % 2 == 0 ? start : end;
        trials.add(new TrialRow(31800 + (k - 1) * 10 + j, eventId, t.name(), date, t.discipline(),
            t.distance(), t.format(), FftriNames.pick(random, LABELS), priceOf(t.distance()),
            null));
      }
      int status = random.nextInt(100) < 85 ? 7 : 2;
      list.add(new FftriEvent(eventId, name, start, end, FftriNames.leagueId(town.league()),
          town.league(), status, FftriNames.pick(random, PLACES), town.name(), town.zip(), trials));
    }
    return List.copyOf(list);
  }
}
