package dev.racereg.core.internal.codec;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;

/**
 * Not API. The SDK's CSV mapper (jackson-dataformat-csv), configured like {@link Codecs#json()}.
 * A class of its own because jackson-dataformat-csv is an optional dependency of sdk-core: only
 * code that reads or writes CSV loads this class, and only modules that do so declare the
 * dependency.
 */
public final class CsvCodecs {

  private static final CsvMapper CSV = Codecs.configure(CsvMapper.builder()).build();

  private CsvCodecs() {}

  /** The shared CSV mapper. Treat it as read-only: derive a reader or writer from it. */
  public static CsvMapper csv() {
    return CSV;
  }
}
