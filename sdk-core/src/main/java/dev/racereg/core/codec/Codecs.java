package dev.racereg.core.codec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The SDK's Jackson mappers, configured once: {@code java.time} support with ISO-8601 text (no
 * numeric timestamps), unknown properties never fatal (models keep them in their own maps), and
 * no reliance on the default time zone. The instances are shared and thread-safe; treat them as
 * read-only (derive a reader or writer, or {@code copy()} one, rather than reconfiguring).
 */
public final class Codecs {

  private static final JsonMapper JSON = configure(JsonMapper.builder()).build();
  private static final XmlMapper XML = configure(XmlMapper.builder()).build();
  private static final CsvMapper CSV = configure(CsvMapper.builder()).build();

  private Codecs() {}

  /** The JSON mapper. */
  public static JsonMapper json() {
    return JSON;
  }

  /** The XML mapper (jackson-dataformat-xml). */
  public static XmlMapper xml() {
    return XML;
  }

  /** The CSV mapper (jackson-dataformat-csv). */
  public static CsvMapper csv() {
    return CSV;
  }

  private static <M extends com.fasterxml.jackson.databind.ObjectMapper,
      B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(MapperFeature.DEFAULT_VIEW_INCLUSION);
  }
}
