package dev.racereg.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A realistic participant export body (a JSON array of flat objects keyed by labels, about 480
 * bytes a row), either materialised or generated lazily as it is read, so a decoder can be
 * measured on a body that is never in memory as a whole.
 */
final class ExportBody {

  private ExportBody() {}

  static String row(int i) {
    return "{\"Event name\":\"Helsinki City Run\",\"Distance\":\"" + (i % 3 == 0 ? "Marathon" : "Half Marathon")
        + "\",\"Group\":\"General\",\"Payment\":" + (30 + i % 20) + ".50,\"Currency\":\"EUR\","
        + "\"License validation\":\"Yes\",\"Order date\":\"2026-03-15T12:16:29.617Z\","
        + "\"Order number\":\"KI" + (100000 + i) + "\",\"Status\":\"succeeded\","
        + "\"Updated at\":\"2026-03-16T13:50:46.873Z\",\"First name\":\"Aino" + i
        + "\",\"Last name\":\"Virtanen\",\"Email\":\"aino" + i + "@example.fi\",\"Birthdate\":\"1990-06-10\","
        + "\"Gender\":\"female\",\"Country\":\"FI\",\"Phone\":\"+35841" + (1000000 + i)
        + "\",\"Nationality\":\"FI\",\"Sport ID\":\"" + (1000000 + i) + "\",\"Club\":\"Espoo Tri\"}";
  }

  /** The whole body in memory. */
  static byte[] bytes(int rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(rows * 500);
    out.writeBytes("[".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < rows; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(row(i).getBytes(StandardCharsets.UTF_8));
    }
    out.write(']');
    return out.toByteArray();
  }

  /** The body generated row by row as it is read. */
  static InputStream lazy(int rows) {
    return new InputStream() {
      private int next = -1; // -1: before '['
      private byte[] chunk = new byte[0];
      private int pos;

      @Override
      public int read() {
        if (pos == chunk.length && !refill()) {
          return -1;
        }
        return chunk[pos++] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos == chunk.length && !refill()) {
          return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
      }

      private boolean refill() {
        if (next > rows) {
          return false;
        }
        String text = next == -1 ? "[" : next == rows ? "]" : (next > 0 ? "," : "") + row(next);
        next++;
        chunk = text.getBytes(StandardCharsets.UTF_8);
        pos = 0;
        return true;
      }
    };
  }
}
