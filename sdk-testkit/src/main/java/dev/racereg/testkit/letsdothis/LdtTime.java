package dev.racereg.testkit.letsdothis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The API's timestamp format: UTC with milliseconds, {@code 2023-05-08T11:30:00.000Z}. */
final class LdtTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private LdtTime() {}

  static String format(long epochMillis) {
    long days = Math.floorDiv(epochMillis, 86_400_000L);
    int ms = (int) Math.floorMod(epochMillis, 86_400_000L);
    LocalDate date = LocalDate.ofEpochDay(days);
    if (date.getYear() < 0 || date.getYear() > 9999) {
      return FORMAT.format(Instant.ofEpochMilli(epochMillis));
    }
    char[] c = "0000-00-00T00:00:00.000Z".toCharArray();
    digits(c, 0, date.getYear(), 4);
    digits(c, 5, date.getMonthValue(), 2);
    digits(c, 8, date.getDayOfMonth(), 2);
    digits(c, 11, ms / 3_600_000, 2);
    digits(c, 14, ms / 60_000 % 60, 2);
    digits(c, 17, ms / 1000 % 60, 2);
    digits(c, 20, ms % 1000, 3);
    return new String(c);
  }

  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  static String format(Instant instant) {
    return format(instant.toEpochMilli());
  }
}
