package dev.racereg.testkit.runsignup;

import java.util.List;
import java.util.SplittableRandom;

/** US name, street and place lists the RunSignup data generator draws from. */
final class RsuNames {

  private RsuNames() {}

  static final List<String> MALE_FIRST = List.of(
      "James", "Michael", "Robert", "John", "David", "William", "Richard", "Joseph", "Thomas",
      "Christopher", "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Andrew", "Joshua",
      "Kevin", "Brian", "Ryan", "Jacob", "Nicholas", "Eric", "Jonathan", "Justin", "Brandon", "Tyler",
      "Aaron", "Adam", "Nathan", "Zachary", "Kyle", "Ethan", "Noah", "Logan", "Carlos", "Luis", "Jose",
      "Marcus", "Derek", "Sean", "Patrick", "Greg", "Scott");

  static final List<String> FEMALE_FIRST = List.of(
      "Mary", "Jennifer", "Linda", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy",
      "Ashley", "Emily", "Michelle", "Amanda", "Melissa", "Stephanie", "Rebecca", "Laura", "Amy",
      "Megan", "Rachel", "Katie", "Lauren", "Hannah", "Olivia", "Emma", "Madison", "Abigail", "Chloe",
      "Samantha", "Nicole", "Heather", "Kelly", "Erin", "Allison", "Brittany", "Maria", "Ana",
      "Jasmine", "Kayla", "Morgan", "Courtney", "Julie", "Kristen", "Danielle");

  static final List<String> LAST = List.of(
      "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
      "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
      "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young",
      "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter",
      "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins",
      "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey",
      "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray",
      "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "O'Brien", "McCarthy",
      "Schmidt", "Nguyen", "Patel", "Kowalski");

  static final List<String> STREETS = List.of(
      "Main", "Oak", "Maple", "Cedar", "Elm", "Pine", "Walnut", "Washington", "Lake", "Hill",
      "Park", "Sunset", "Highland", "Riverside", "Lincoln", "Jefferson", "Franklin", "Church",
      "Chestnut", "Spruce", "Willow", "Meadow", "Forest", "Cherry", "High", "Broad", "Summit");

  static final List<String> STREET_SUFFIXES = List.of(
      "St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Cir");

  static final List<String> EMAIL_DOMAINS = List.of(
      "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.com", "hotmail.com",
      "outlook.com", "icloud.com", "aol.com", "comcast.net", "att.net");

  /** A US place: city, state, first three zip digits, telephone area code. */
  record Place(String city, String state, String zip3, String areaCode) {}

  /** Mostly central Ohio (the race is in Columbus), some travellers from elsewhere. */
  static final List<Place> LOCAL_PLACES = List.of(
      new Place("Columbus", "OH", "432", "614"), new Place("Columbus", "OH", "432", "614"),
      new Place("Columbus", "OH", "432", "614"), new Place("Dublin", "OH", "430", "614"),
      new Place("Westerville", "OH", "430", "614"), new Place("Worthington", "OH", "430", "614"),
      new Place("Hilliard", "OH", "430", "614"), new Place("Grove City", "OH", "431", "614"),
      new Place("Gahanna", "OH", "432", "614"), new Place("Upper Arlington", "OH", "432", "614"),
      new Place("Delaware", "OH", "430", "740"), new Place("Newark", "OH", "430", "740"),
      new Place("Lancaster", "OH", "431", "740"), new Place("Marysville", "OH", "430", "937"),
      new Place("Dayton", "OH", "454", "937"), new Place("Cincinnati", "OH", "452", "513"),
      new Place("Cleveland", "OH", "441", "216"), new Place("Akron", "OH", "443", "330"),
      new Place("Toledo", "OH", "436", "419"));

  static final List<Place> FAR_PLACES = List.of(
      new Place("Pittsburgh", "PA", "152", "412"), new Place("Indianapolis", "IN", "462", "317"),
      new Place("Chicago", "IL", "606", "312"), new Place("Louisville", "KY", "402", "502"),
      new Place("Detroit", "MI", "482", "313"), new Place("Charlotte", "NC", "282", "704"),
      new Place("Atlanta", "GA", "303", "404"), new Place("Nashville", "TN", "372", "615"),
      new Place("Philadelphia", "PA", "191", "215"), new Place("Denver", "CO", "802", "303"));

  static final List<String> TEAMS = List.of(
      "Columbus Running Company", "Fleet Feet Columbus", "Team RWB", "Black Girls RUN! Columbus",
      "Dublin Striders", "Westerville Running Club", "Ohio State Running Club", "Nationwide Wellness",
      "Mount Carmel Health", "Huntington Hustlers");

  static final List<String> SHIRT_SIZES = List.of(
      "Youth M", "XS", "S", "S", "M", "M", "M", "L", "L", "L", "XL", "XL", "XXL");

  static final List<String> HEARD_ABOUT = List.of(
      "Friend or family", "Friend or family", "Facebook", "Instagram", "Ran it before",
      "Ran it before", "Running club", "RunSignup email", "Local running store");

  static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
