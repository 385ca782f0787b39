package dev.racereg.testkit.letsdothis;

import java.time.Instant;
import java.util.SplittableRandom;

/** Id formats seen in the doc's samples. */
final class LdtIds {

  private static final String HEX = "0123456789abcdef";
  private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

  private LdtIds() {}

  /**
   * A MongoDB-style id ({@code 6399c20015d60ae3ff28f24c}): eight hex digits of the creation second
   * then sixteen random ones, so ids sort roughly by creation time.
   */
  static String objectId(Instant createdAt, SplittableRandom rnd) {
    return hex(createdAt.getEpochSecond() & 0xffffffffL, 8) + hex(rnd.nextLong(), 16);
  }

  /** The low {@code digits} hex digits of {@code value}, zero-padded. */
  static String hex(long value, int digits) {
    char[] out = new char[digits];
    for (int i = digits - 1; i >= 0; i--) {
      out[i] = HEX.charAt((int) (value & 0xf));
      value >>>= 4;
    }
    return new String(out);
  }

  /** {@code n} random lower-case base-36 characters, as in {@code p_v7k8jsvoj2o}. */
  static String base36(SplittableRandom rnd, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(BASE36.charAt(rnd.nextInt(36)));
    }
    return sb.toString();
  }
}
