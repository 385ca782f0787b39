package dev.racereg.testkit.letsdothis;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** A generated UK person, fully determined by a seed. */
record LdtPerson(String firstName, String lastName, String gender, LocalDate dateOfBirth,
    String email, String phone, String addressLine1, String addressLine2, String city,
    String postcode, String country, String emergencyContactName, String emergencyContactPhone,
    String club, String tShirtSize) {

  private static final String[] SIZES = {"XS", "S", "M", "M", "L", "L", "XL", "XXL"};

  /** The person for {@code seed}, aged 18 to 75 on {@code referenceDay}. */
  static LdtPerson of(long seed, LocalDate referenceDay) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int g = rnd.nextInt(1000);
    String gender = g < 520 ? "MALE" : g < 992 ? "FEMALE" : "NON_BINARY";
    String first = gender.equals("MALE") ? LdtNames.pick(rnd, LdtNames.MALE)
        : gender.equals("FEMALE") ? LdtNames.pick(rnd, LdtNames.FEMALE)
        : rnd.nextBoolean() ? LdtNames.pick(rnd, LdtNames.MALE) : LdtNames.pick(rnd, LdtNames.FEMALE);
    String last = LdtNames.pick(rnd, LdtNames.SURNAMES);
    // ages cluster in the 30s and 40s, as in mass-participation events
    int age = 18 + rnd.nextInt(20) + rnd.nextInt(20) + (rnd.nextInt(10) == 0 ? rnd.nextInt(19) : 0);
    LocalDate dob = referenceDay.minusYears(age).minusDays(1 + rnd.nextInt(364));
    String local = LdtNames.emailLocalPart(first + "." + last);
    if (rnd.nextInt(3) == 0) {
      local = local + (rnd.nextBoolean() ? Integer.toString(dob.getYear() % 100)
          : Integer.toString(1 + rnd.nextInt(99)));
    }
    String email = local + "@" + LdtNames.pick(rnd, LdtNames.EMAIL_DOMAINS);
    String phone = rnd.nextInt(100) < 3 ? null : LdtNames.mobile(rnd);
    LdtNames.Town town = LdtNames.pick(rnd, LdtNames.TOWNS);
    String line1 = (1 + rnd.nextInt(180)) + " " + LdtNames.pick(rnd, LdtNames.STREETS);
    String line2 = rnd.nextInt(4) == 0 ? "Flat " + (1 + rnd.nextInt(24)) : "";
    String postcode = LdtNames.postcode(rnd, LdtNames.pick(rnd, town.outward()));
    boolean sameSurname = rnd.nextBoolean();
    String emergencyFirst = rnd.nextBoolean() ? LdtNames.pick(rnd, LdtNames.FEMALE)
        : LdtNames.pick(rnd, LdtNames.MALE);
    String emergencyLast = sameSurname ? last : LdtNames.pick(rnd, LdtNames.SURNAMES);
    String club = rnd.nextInt(100) < 30 ? LdtNames.pick(rnd, LdtNames.CLUBS)
        : rnd.nextBoolean() ? "" : null;
    String size = SIZES[rnd.nextInt(SIZES.length)];
    return new LdtPerson(first, last, gender, dob, email, phone, line1, line2, town.name(),
        postcode, "GB", emergencyFirst + " " + emergencyLast, LdtNames.mobile(rnd), club, size);
  }
}
