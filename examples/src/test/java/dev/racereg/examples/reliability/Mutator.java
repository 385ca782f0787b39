package dev.racereg.examples.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Seeded mutations of a response body: the same seed always gives the same bytes, so a failing
 * body is reproduced from its seed alone. One to three of: truncation, byte flips, deleting or
 * duplicating a run of bytes, swapping a value's type (string, number, null, object, array, bool),
 * deep nesting, huge numbers, and invalid UTF-8.
 */
final class Mutator {

  private static final String[] VALUES = {"null", "0", "-1", "1.5e308", "\"\"", "\"x\"", "{}", "[]", "true",
      "{\"a\":{\"b\":[1,\"2\",null]}}", "\"2026-13-45T99:99:99Z\"", "\"\\u0000\"", "-0", "NaN"};
  private static final byte[][] BAD_UTF8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}};

  private Mutator() {}

  static byte[] mutate(byte[] body, long seed) {
    Random r = new Random(seed);
    byte[] out = body;
    int times = 1 + r.nextInt(3);
    for (int i = 0; i < times; i++) {
      out = once(out, r);
    }
    return out;
  }

  private static byte[] once(byte[] b, Random r) {
    if (b.length == 0) {
      return insert(b, 0, VALUES[r.nextInt(VALUES.length)].getBytes(StandardCharsets.UTF_8));
    }
    int at = r.nextInt(b.length);
    switch (r.nextInt(8)) {
      case 0: // truncation
        return java.util.Arrays.copyOf(b, at);
      case 1: { // byte flips
        byte[] c = b.clone();
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
          c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return c;
      }
      case 2: { // delete a token-sized run
        int len = Math.min(b.length - at, 1 + r.nextInt(12));
        return concat(slice(b, 0, at), slice(b, at + len, b.length));
      }
      case 3: { // duplicate a run
        int len = Math.min(b.length - at, 1 + r.nextInt(40));
        return insert(b, at, slice(b, at, at + len));
      }
      case 4: // swap the type of the value after a colon (or a cell / element)
        return swapValue(b, at, r);
      case 5: { // deep nesting
        int depth = 200 + r.nextInt(5000);
        String open = r.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nest = open.repeat(depth) + "1" + (r.nextBoolean() ? close.repeat(depth) : "");
        return insert(b, at, nest.getBytes(StandardCharsets.UTF_8));
      }
      case 6: { // huge number
        String digits = "9".repeat(20 + r.nextInt(2000));
        String number = r.nextBoolean() ? digits : "-" + digits + "." + digits + "e" + digits;
        return swapValue(b, at, number);
      }
      default: // invalid UTF-8
        return insert(b, at, BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
    }
  }

  private static byte[] swapValue(byte[] b, int from, Random r) {
    return swapValue(b, from, VALUES[r.nextInt(VALUES.length)]);
  }

  /** Replaces the value that starts after the next ':' ',' or '>' at or after {@code from}. */
  private static byte[] swapValue(byte[] b, int from, String value) {
    int start = from;
    while (start < b.length && b[start] != ':' && b[start] != ',' && b[start] != '>') {
      start++;
    }
    if (start >= b.length) {
      return insert(b, from, value.getBytes(StandardCharsets.UTF_8));
    }
    start++;
    int end = start;
    while (end < b.length && b[end] == ' ') {
      end++;
    }
    if (end < b.length && b[end] == '"') { // a string: up to its closing quote
      end++;
      while (end < b.length && b[end] != '"') {
        end += b[end] == '\\' ? 2 : 1;
      }
      end = Math.min(b.length, end + 1);
    } else {
      while (end < b.length && ",}]\n<\r".indexOf(b[end]) < 0) {
        end++;
      }
    }
    return concat(concat(slice(b, 0, start), value.getBytes(StandardCharsets.UTF_8)), slice(b, end, b.length));
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    return concat(concat(slice(b, 0, at), what), slice(b, at, b.length));
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, Math.min(from, b.length), Math.min(Math.max(from, to), b.length));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
