package dev.racereg.testkit.fftri;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/** Fixed tables the generator draws from: French names, towns and regional leagues. */
final class FftriNames {

  private FftriNames() {}

  static final List<String> LAST_NAMES = List.of(
      "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
      "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
      "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
      "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
      "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément",
      "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval",
      "Denis", "Dumont", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard",
      "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez",
      "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard",
      "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
      "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq",
      "Guillaume", "Lecomte", "Lopez", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier",
      "Sanchez", "Dupuis", "Moulin", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury",
      "Royer", "Klein", "Jacquet", "Adam", "Poirier", "Marty", "Aubry", "Guyot", "Carré",
      "Charpentier", "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider",
      "Fernandez", "Le Gall", "Collet", "Léger", "Bouvier", "Julien", "Prévost", "Millet",
      "Perrot", "Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy", "Le Goff",
      "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré", "Lebrun", "Marchal", "Weber",
      "Mallet", "Hamon", "Boulanger", "Monnier", "Michaud", "Guichard", "Gillet", "Étienne",
      "Grondin", "Poulain", "Tessier", "Chauvin", "Da Silva", "Bouchet", "Lemaître", "Maréchal",
      "Humbert", "Reynaud", "Hoarau", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Delaunay",
      "Pasquier", "Carlier", "Laporte", "Kerbrat", "Le Bihan", "Etcheverry", "Ollivier");

  static final List<String> MALE_FIRST_NAMES = List.of(
      "Thomas", "Nicolas", "Julien", "Maxime", "Alexandre", "Antoine", "Guillaume", "Romain",
      "Pierre", "Mathieu", "Sébastien", "Kévin", "Florian", "Clément", "Jérôme", "Laurent",
      "Olivier", "Christophe", "Stéphane", "Frédéric", "David", "Philippe", "Éric", "Patrick",
      "Benoît", "Vincent", "Lucas", "Hugo", "Louis", "Théo", "Léo", "Nathan", "Enzo", "Jules",
      "Gabriel", "Arthur", "Raphaël", "Paul", "Tom", "Baptiste", "Quentin", "Adrien", "Damien",
      "Cédric", "Fabien", "Yannick", "Jean-Baptiste", "Jean-Marc", "François", "Thierry", "Loïc",
      "Gaëtan", "Mickaël", "Xavier", "Bruno");

  static final List<String> FEMALE_FIRST_NAMES = List.of(
      "Marie", "Julie", "Camille", "Laura", "Pauline", "Sarah", "Manon", "Léa", "Chloé", "Emma",
      "Inès", "Lucie", "Mathilde", "Clara", "Anaïs", "Élodie", "Aurélie", "Sandrine", "Nathalie",
      "Isabelle", "Céline", "Stéphanie", "Caroline", "Émilie", "Audrey", "Charlotte", "Marion",
      "Justine", "Océane", "Juliette", "Louise", "Alice", "Jade", "Zoé", "Lola", "Margaux",
      "Hélène", "Valérie", "Sophie", "Claire", "Agathe", "Solène", "Morgane", "Amandine",
      "Virginie", "Christelle", "Delphine", "Karine", "Anne-Sophie", "Marie-Laure", "Gwenaëlle",
      "Maëlle", "Cécile");

  static final List<String> MAIL_DOMAINS = List.of(
      "gmail.com", "gmail.com", "gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr",
      "sfr.fr", "outlook.fr", "yahoo.fr", "wanadoo.fr");

  static final List<String> STREETS = List.of(
      "RUE DE LA REPUBLIQUE", "AVENUE JEAN JAURES", "RUE VICTOR HUGO", "RUE DU GENERAL DE GAULLE",
      "RUE PASTEUR", "BOULEVARD GAMBETTA", "RUE DES ECOLES", "ALLEE DES SPORTS", "RUE DU STADE",
      "CHEMIN DE LA PISCINE", "PLACE DE LA MAIRIE", "RUE DE LA GARE", "AVENUE DE LA LIBERATION",
      "RUE JULES FERRY", "RUE DU 8 MAI 1945");

  /** Foreign nationalities, as espacetri labels them; the rest are French. */
  static final List<String> FOREIGN_NATIONALITIES = List.of(
      "Belge", "Suisse", "Espagnol", "Italien", "Britannique", "Allemand", "Portugais",
      "Néerlandais", "Luxembourgeois", "Marocain");

  /** Regional leagues: id and name as espacetri spells them (upper case). */
  static final List<String> LEAGUES = List.of(
      "ILE DE FRANCE", "HAUTS DE FRANCE", "GRAND EST", "NORMANDIE", "BRETAGNE",
      "PAYS DE LA LOIRE", "CENTRE-VAL DE LOIRE", "BOURGOGNE-FRANCHE-COMTE", "NOUVELLE-AQUITAINE",
      "OCCITANIE", "AUVERGNE-RHONE-ALPES", "PROVENCE-ALPES-COTE D'AZUR", "CORSE", "REUNION");

  /** The league id of a league name: its 1-based position in {@link #LEAGUES}. */
  static int leagueId(String league) {
    int i = LEAGUES.indexOf(league);
    if (i < 0) {
      throw new IllegalArgumentException("unknown league " + league);
    }
    return i + 1;
  }

  /** A town: name as espacetri writes it (upper case, no accents), postcode, position, league. */
  record Town(String name, String zip, double lat, double lng, String league, String phonePrefix) {}

  static final List<Town> TOWNS = List.of(
      new Town("PARIS", "75012", 48.8412, 2.3876, "ILE DE FRANCE", "01"),
      new Town("VERSAILLES", "78000", 48.8049, 2.1204, "ILE DE FRANCE", "01"),
      new Town("MEAUX", "77100", 48.9601, 2.8788, "ILE DE FRANCE", "01"),
      new Town("CERGY", "95000", 49.0364, 2.0761, "ILE DE FRANCE", "01"),
      new Town("BOULOGNE-BILLANCOURT", "92100", 48.8397, 2.2399, "ILE DE FRANCE", "01"),
      new Town("LILLE", "59000", 50.6292, 3.0573, "HAUTS DE FRANCE", "03"),
      new Town("DUNKERQUE", "59140", 51.0343, 2.3768, "HAUTS DE FRANCE", "03"),
      new Town("AMIENS", "80000", 49.8941, 2.2958, "HAUTS DE FRANCE", "03"),
      new Town("BEAUVAIS", "60000", 49.4295, 2.0807, "HAUTS DE FRANCE", "03"),
      new Town("REIMS", "51100", 49.2583, 4.0317, "GRAND EST", "03"),
      new Town("METZ", "57000", 49.1193, 6.1757, "GRAND EST", "03"),
      new Town("STRASBOURG", "67000", 48.5734, 7.7521, "GRAND EST", "03"),
      new Town("GERARDMER", "88400", 48.0727, 6.8779, "GRAND EST", "03"),
      new Town("CAEN", "14000", 49.1829, -0.3707, "NORMANDIE", "02"),
      new Town("ROUEN", "76000", 49.4432, 1.0999, "NORMANDIE", "02"),
      new Town("CHERBOURG-EN-COTENTIN", "50100", 49.6337, -1.6221, "NORMANDIE", "02"),
      new Town("RENNES", "35000", 48.1173, -1.6778, "BRETAGNE", "02"),
      new Town("BREST", "29200", 48.3904, -4.4861, "BRETAGNE", "02"),
      new Town("VANNES", "56000", 47.6582, -2.7608, "BRETAGNE", "02"),
      new Town("SAINT-MALO", "35400", 48.6493, -2.0257, "BRETAGNE", "02"),
      new Town("NANTES", "44000", 47.2184, -1.5536, "PAYS DE LA LOIRE", "02"),
      new Town("ANGERS", "49000", 47.4784, -0.5632, "PAYS DE LA LOIRE", "02"),
      new Town("LES SABLES-D'OLONNE", "85100", 46.4967, -1.7831, "PAYS DE LA LOIRE", "02"),
      new Town("TOURS", "37000", 47.3941, 0.6848, "CENTRE-VAL DE LOIRE", "02"),
      new Town("ORLEANS", "45000", 47.9030, 1.9093, "CENTRE-VAL DE LOIRE", "02"),
      new Town("DIJON", "21000", 47.3220, 5.0415, "BOURGOGNE-FRANCHE-COMTE", "03"),
      new Town("BESANCON", "25000", 47.2378, 6.0241, "BOURGOGNE-FRANCHE-COMTE", "03"),
      new Town("BORDEAUX", "33000", 44.8378, -0.5792, "NOUVELLE-AQUITAINE", "05"),
      new Town("BIARRITZ", "64200", 43.4832, -1.5586, "NOUVELLE-AQUITAINE", "05"),
      new Town("LA ROCHELLE", "17000", 46.1603, -1.1511, "NOUVELLE-AQUITAINE", "05"),
      new Town("LIMOGES", "87000", 45.8336, 1.2611, "NOUVELLE-AQUITAINE", "05"),
      new Town("TOULOUSE", "31000", 43.6047, 1.4442, "OCCITANIE", "05"),
      new Town("MONTPELLIER", "34000", 43.6108, 3.8767, "OCCITANIE", "04"),
      new Town("NIMES", "30000", 43.8367, 4.3601, "OCCITANIE", "04"),
      new Town("PERPIGNAN", "66000", 42.6887, 2.8948, "OCCITANIE", "04"),
      new Town("LYON", "69007", 45.7485, 4.8467, "AUVERGNE-RHONE-ALPES", "04"),
      new Town("GRENOBLE", "38000", 45.1885, 5.7245, "AUVERGNE-RHONE-ALPES", "04"),
      new Town("ANNECY", "74000", 45.8992, 6.1294, "AUVERGNE-RHONE-ALPES", "04"),
      new Town("VICHY", "03200", 46.1277, 3.4259, "AUVERGNE-RHONE-ALPES", "04"),
      new Town("CLERMONT-FERRAND", "63000", 45.7772, 3.0870, "AUVERGNE-RHONE-ALPES", "04"),
      new Town("MARSEILLE", "13008", 43.2596, 5.3750, "PROVENCE-ALPES-COTE D'AZUR", "04"),
      new Town("NICE", "06000", 43.7102, 7.2620, "PROVENCE-ALPES-COTE D'AZUR", "04"),
      new Town("TOULON", "83000", 43.1242, 5.9280, "PROVENCE-ALPES-COTE D'AZUR", "04"),
      new Town("EMBRUN", "05200", 44.5636, 6.4958, "PROVENCE-ALPES-COTE D'AZUR", "04"),
      new Town("AJACCIO", "20000", 41.9192, 8.7386, "CORSE", "04"),
      new Town("SAINT-DENIS", "97400", -20.8821, 55.4507, "REUNION", "02"));

  static final List<String> CLUB_PATTERNS = List.of(
      "TRIATHLON CLUB %s", "%s TRIATHLON", "A.S. %s TRIATHLON", "TRI CLUB %s",
      "U.S. %s TRIATHLON", "%s TRIATHLON CLUB", "STADE %s TRIATHLON", "E.C. %s TRIATHLON",
      "%s OLYMPIQUE TRIATHLON", "C.N. %s TRIATHLON", "%s TRI NATURE", "%s MULTISPORTS");

  static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]");

  /** Upper case, accents and separators removed: how names are compared and mailed. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String upper = MARKS.matcher(decomposed).replaceAll("").toUpperCase(Locale.ROOT);
    return NOT_ALNUM.matcher(upper).replaceAll("");
  }

  /** The lower-case folded form of every name in the tables, computed once. */
  private static final Map<String, String> MAIL_FORMS = mailForms();

  private static Map<String, String> mailForms() {
    Map<String, String> forms = new HashMap<>();
    for (List<String> names : List.of(LAST_NAMES, MALE_FIRST_NAMES, FEMALE_FIRST_NAMES)) {
      names.forEach(n -> forms.put(n, fold(n).toLowerCase(Locale.ROOT)));
    }
    return Map.copyOf(forms);
  }

  private static String mailForm(String name) {
    String form = MAIL_FORMS.get(name);
    return form != null ? form : fold(name).toLowerCase(Locale.ROOT);
  }

  /** A plausible personal e-mail for a person. */
  static String email(SplittableRandom random, String firstName, String lastName) {
    String first = mailForm(firstName);
    String last = mailForm(lastName);
    String local;
    switch (random.nextInt(4)) {
      case 0:
        local = first + "." + last;
        break;
      case 1:
        local = first.charAt(0) + last;
        break;
      case 2:
        local = first + "." + last + (random.nextInt(90) + 10);
        break;
      default:
        local = last + "." + first;
        break;
    }
    return local + "@" + pick(random, MAIL_DOMAINS);
  }

  /** A French phone number in the usual grouped form, for example {@code 06 12 34 56 78}. */
  static String phone(SplittableRandom random, String prefix) {
    StringBuilder sb = new StringBuilder(prefix);
    for (int i = 0; i < 4; i++) {
      int pair = random.nextInt(100);
      sb.append(' ').append((char) ('0' + pair / 10)).append((char) ('0' + pair % 10));
    }
    return sb.toString();
  }

  /** {@code value} in decimal, left-padded with zeros to {@code width} digits. */
  static String pad(int value, int width) {
    String digits = Integer.toString(value);
    if (digits.length() >= width) {
      return digits;
    }
    StringBuilder sb = new StringBuilder(width);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }
}
