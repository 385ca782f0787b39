package dev.racereg.core.internal.codec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A JSON array of {@code count} registration-like objects, generated while it is read: the whole
 * text never exists in memory. Counts the bytes handed out and whether it was closed.
 */
public final class GeneratedArray extends InputStream {

  private final int count;
  private final long failAfterBytes;
  private int nextItem;
  private byte[] chunk = "[".getBytes(StandardCharsets.UTF_8);
  private int pos;
  private boolean ended;
  private long served;
  private volatile boolean closed;

  /** An array of {@code count} items. */
  public GeneratedArray(int count) {
    this(count, Long.MAX_VALUE);
  }

  /** An array whose connection "drops" (IOException) after {@code failAfterBytes} bytes. */
  public GeneratedArray(int count, long failAfterBytes) {
    this.count = count;
    this.failAfterBytes = failAfterBytes;
  }

  /** The JSON of item {@code i}; every 1000th carries a non-ASCII name. */
  public static String item(int i) {
    StringBuilder sb = new StringBuilder(64);
    appendItem(sb, i);
    return sb.toString();
  }

  private static void appendItem(StringBuilder sb, int i) {
    sb.append("{\"id\":").append(i).append(",\"bib\":\"");
    for (int pad = 10_000; pad > 1 && i < pad; pad /= 10) {
      sb.append('0');
    }
    sb.append(i).append("\",\"paid\":").append(i % 3 == 0);
    if (i % 1000 == 0) {
      sb.append(",\"name\":\"Zoë ").append(i).append('"');
    }
    sb.append('}');
  }

  /** The length in bytes of the whole array, computed without building it. */
  public static long length(int count) {
    long n = 2 + Math.max(0, count - 1);
    for (int i = 0; i < count; i++) {
      n += item(i).getBytes(StandardCharsets.UTF_8).length;
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
    if (served >= failAfterBytes) {
      throw new IOException("connection reset (simulated)");
    }
    if (len == 0) {
      return 0;
    }
    while (pos == chunk.length) {
      if (ended) {
        return -1;
      }
      refill();
    }
    int n = (int) Math.min(Math.min(len, chunk.length - pos), failAfterBytes - served);
    System.arraycopy(chunk, pos, b, off, n);
    pos += n;
    served += n;
    return n;
  }

  private void refill() {
    pos = 0;
    if (nextItem < count) {
      // a batch of items per chunk keeps generation cheap; still only a few KiB at a time
      StringBuilder sb = new StringBuilder(4096);
      for (int end = Math.min(count, nextItem + 64); nextItem < end; nextItem++) {
        if (nextItem > 0) {
          sb.append(',');
        }
        appendItem(sb, nextItem);
      }
      chunk = sb.toString().getBytes(StandardCharsets.UTF_8);
    } else {
      chunk = "]".getBytes(StandardCharsets.UTF_8);
      ended = true;
    }
  }

  /** Bytes handed out so far. */
  public long served() {
    return served;
  }

  /** Whether it was closed. */
  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }
}
