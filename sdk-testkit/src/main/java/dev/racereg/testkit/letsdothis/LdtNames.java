package dev.racereg.testkit.letsdothis;

import java.util.List;
import java.util.SplittableRandom;

/** UK reference data for generated people: names, towns with their postcode areas, streets. */
final class LdtNames {

  private LdtNames() {}

  static final List<String> FEMALE = List.of(
      "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Lily", "Freya", "Ella",
      "Charlotte", "Poppy", "Evie", "Jessica", "Lucy", "Hannah", "Chloe", "Rebecca", "Sarah",
      "Laura", "Emma", "Katie", "Rachel", "Gemma", "Claire", "Helen", "Joanne", "Nicola",
      "Victoria", "Eleanor", "Harriet", "Imogen", "Megan", "Niamh", "Siobhan", "Rhiannon",
      "Catriona", "Fiona", "Priya", "Aisha");
  static final List<String> MALE = List.of(
      "Oliver", "George", "Harry", "Jack", "Jacob", "Charlie", "Thomas", "James", "William",
      "Alfie", "Joshua", "Daniel", "Matthew", "Samuel", "Benjamin", "Luke", "Ryan", "Adam",
      "Christopher", "Andrew", "David", "Mark", "Paul", "Richard", "Stephen", "Gareth", "Rhys",
      "Callum", "Euan", "Hamish", "Ciaran", "Liam", "Connor", "Tom", "Owen", "Dylan", "Arjun",
      "Mohammed", "Ravi", "Kwame");
  static final List<String> SURNAMES = List.of(
      "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
      "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
      "Jackson", "Clarke", "Patel", "Khan", "Lewis", "Harris", "Martin", "Cooper", "King", "Lee",
      "Baker", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Clark", "Ward", "Morris",
      "Campbell", "Stewart", "MacDonald", "Murray", "Reid", "O'Brien", "Kelly", "Price",
      "Bennett", "Griffiths", "Shaw", "Fletcher", "Ashworth", "Pemberton", "Singh", "Okafor",
      "Nowak", "Fitzgerald", "Howells");

  /** A town, its postcode outward-code prefixes and its phone area code. */
  record Town(String name, List<String> outward) {}

  static final List<Town> TOWNS = List.of(
      new Town("London", List.of("SW11", "SE15", "E17", "N16", "NW5", "W12", "SE22", "E8")),
      new Town("Manchester", List.of("M14", "M20", "M21", "M4")),
      new Town("Birmingham", List.of("B13", "B17", "B30")),
      new Town("Leeds", List.of("LS6", "LS8", "LS17")),
      new Town("Bristol", List.of("BS7", "BS6", "BS3")),
      new Town("Brighton", List.of("BN1", "BN2", "BN3")),
      new Town("Sheffield", List.of("S11", "S7", "S10")),
      new Town("Edinburgh", List.of("EH10", "EH6", "EH4")),
      new Town("Glasgow", List.of("G12", "G41", "G3")),
      new Town("Cardiff", List.of("CF24", "CF14", "CF5")),
      new Town("Newcastle upon Tyne", List.of("NE6", "NE2", "NE3")),
      new Town("Nottingham", List.of("NG7", "NG5", "NG2")),
      new Town("Norwich", List.of("NR2", "NR4")),
      new Town("York", List.of("YO10", "YO31")),
      new Town("Oxford", List.of("OX4", "OX2")),
      new Town("Cambridge", List.of("CB1", "CB4")),
      new Town("Exeter", List.of("EX4", "EX2")),
      new Town("Bath", List.of("BA2", "BA1")),
      new Town("Belfast", List.of("BT9", "BT7")),
      new Town("Reading", List.of("RG1", "RG30")),
      new Town("Southampton", List.of("SO15", "SO17")),
      new Town("Leicester", List.of("LE2", "LE3")));

  static final List<String> STREETS = List.of(
      "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Green Lane",
      "Manor Road", "Mill Lane", "Queens Road", "Kings Road", "The Crescent", "Grange Road",
      "Albert Street", "Chapel Street", "Springfield Road", "Windsor Close", "Orchard Way",
      "Meadow View", "Beech Grove", "Elm Terrace", "St John's Road", "Westfield Avenue");

  static final List<String> CLUBS = List.of(
      "Brighton & Hove AC", "Serpentine RC", "Leeds City AC", "Bristol & West AC",
      "Edinburgh AC", "Clapham Chasers", "Sheffield Running Club", "Cardiff AAC",
      "Heaton Harriers", "Fetch Everyone", "parkrun UK", "Kent AC");

  static final List<String> EMAIL_DOMAINS = List.of(
      "gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk",
      "btinternet.com", "icloud.com", "sky.com");

  /** Letters allowed in the inward code of a UK postcode. */
  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  static <T> T pick(SplittableRandom rnd, List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  /** A full UK postcode in {@code outward}, e.g. {@code BN1 4GH}. */
  static String postcode(SplittableRandom rnd, String outward) {
    return outward + " " + (1 + rnd.nextInt(9))
        + INWARD_LETTERS.charAt(rnd.nextInt(INWARD_LETTERS.length()))
        + INWARD_LETTERS.charAt(rnd.nextInt(INWARD_LETTERS.length()));
  }

  /** A UK mobile number in E.164 form, e.g. {@code +447700900123}. */
  static String mobile(SplittableRandom rnd) {
    return "+447" + (700 + rnd.nextInt(300))
        + Integer.toString(1_000_000 + rnd.nextInt(1_000_000)).substring(1);
  }

  /** Lower-case letters and dots only: {@code O'Brien} becomes {@code obrien}. */
  static String emailLocalPart(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || c == '.') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
