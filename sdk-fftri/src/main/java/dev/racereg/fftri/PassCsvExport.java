package dev.racereg.fftri;

import java.util.List;
import java.util.Objects;

/**
 * The CSV variant of a trial's pass list ({@link FftriClient#listPassesCsv(ListPassesParams)}):
 * the text exactly as received, its header, and the rows decoded as {@link Pass}es. Columns that
 * do not match a pass field are kept in each pass's {@link Pass#unknownFields()}. The CSV layout
 * is not documented; how it is read is inferred (see the operation's Javadoc).
 */
public final class PassCsvExport {

  private final String text;
  private final List<String> header;
  private final List<Pass> passes;

  PassCsvExport(String text, List<String> header, List<Pass> passes) {
    this.text = Objects.requireNonNull(text, "text");
    this.header = List.copyOf(header);
    this.passes = List.copyOf(passes);
  }

  /** The CSV text as received (unwrapped if it came as a JSON string). */
  public String text() {
    return text;
  }

  /** The column names of the header row, as sent. */
  public List<String> header() {
    return header;
  }

  /** One pass per data row, in order. */
  public List<Pass> passes() {
    return passes;
  }

  @Override
  public String toString() {
    return "PassCsvExport{" + passes.size() + " rows, columns " + header + "}";
  }
}
