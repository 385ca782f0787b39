package dev.racereg.testkit.actigo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Czech first names and surnames (with their feminine forms) for generated registrants. */
final class ActigoNames {

  private ActigoNames() {}

  static final List<String> MALE_GIVEN = List.of(
      "Jan", "Jakub", "Tomáš", "Martin", "Petr", "Lukáš", "Ondřej", "Pavel", "Jiří", "Josef",
      "Filip", "David", "Michal", "Vojtěch", "Adam", "Matěj", "Daniel", "Marek", "Štěpán", "Radek",
      "Zdeněk", "Miroslav", "Karel", "Václav", "Roman", "Aleš", "Libor", "Vít", "Dominik", "Šimon",
      "Jaroslav", "Milan", "František", "Antonín", "Vladimír", "Kryštof", "Přemysl", "Bořivoj");

  static final List<String> FEMALE_GIVEN = List.of(
      "Jana", "Eva", "Tereza", "Lucie", "Kateřina", "Petra", "Veronika", "Markéta", "Barbora",
      "Michaela", "Lenka", "Hana", "Alena", "Zuzana", "Klára", "Anna", "Eliška", "Kristýna",
      "Monika", "Šárka", "Martina", "Ivana", "Jitka", "Natálie", "Adéla", "Simona", "Radka",
      "Dagmar", "Žaneta", "Lada", "Běla", "Vendula", "Magdaléna", "Pavlína");

  /** Pairs of masculine and feminine surname forms. */
  static final List<String[]> SURNAMES = List.of(
      pair("Novák", "Nováková"), pair("Svoboda", "Svobodová"), pair("Novotný", "Novotná"),
      pair("Dvořák", "Dvořáková"), pair("Černý", "Černá"), pair("Procházka", "Procházková"),
      pair("Kučera", "Kučerová"), pair("Veselý", "Veselá"), pair("Horák", "Horáková"),
      pair("Němec", "Němcová"), pair("Marek", "Marková"), pair("Pospíšil", "Pospíšilová"),
      pair("Pokorný", "Pokorná"), pair("Hájek", "Hájková"), pair("Král", "Králová"),
      pair("Jelínek", "Jelínková"), pair("Růžička", "Růžičková"), pair("Beneš", "Benešová"),
      pair("Fiala", "Fialová"), pair("Sedláček", "Sedláčková"), pair("Doležal", "Doležalová"),
      pair("Zeman", "Zemanová"), pair("Kolář", "Kolářová"), pair("Navrátil", "Navrátilová"),
      pair("Čermák", "Čermáková"), pair("Vaněk", "Vaňková"), pair("Urban", "Urbanová"),
      pair("Blažek", "Blažková"), pair("Kříž", "Křížová"), pair("Kovář", "Kovářová"),
      pair("Šťastný", "Šťastná"), pair("Dufek", "Dufková"), pair("Bartoš", "Bartošová"),
      pair("Vlček", "Vlčková"), pair("Polák", "Poláková"), pair("Musil", "Musilová"),
      pair("Krejčí", "Krejčí"), pair("Šimek", "Šimková"), pair("Konečný", "Konečná"),
      pair("Malý", "Malá"), pair("Holub", "Holubová"), pair("Štěpánek", "Štěpánková"),
      pair("Kadlec", "Kadlecová"), pair("Říha", "Říhová"), pair("Matoušek", "Matoušková"),
      pair("Žák", "Žáková"), pair("Bureš", "Burešová"), pair("Tůma", "Tůmová"),
      pair("Mach", "Machová"), pair("Ježek", "Ježková"), pair("Šebesta", "Šebestová"),
      pair("Hrubý", "Hrubá"), pair("Nedvěd", "Nedvědová"), pair("Staněk", "Staňková"));

  private static String[] pair(String masculine, String feminine) {
    return new String[] {masculine, feminine};
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Map<String, String> ASCII = new ConcurrentHashMap<>();

  /** {@code Šťastný} to {@code stastny}: the ASCII, lower-case form used in nicknames. */
  static String ascii(String name) {
    return ASCII.computeIfAbsent(name, n -> MARKS.matcher(Normalizer.normalize(n, Normalizer.Form.NFD))
        .replaceAll("").toLowerCase(Locale.ROOT));
  }
}
