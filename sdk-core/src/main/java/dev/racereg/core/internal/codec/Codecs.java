package dev.racereg.core.internal.codec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Not API. The SDK's JSON mapper, configured once: {@code java.time} support with ISO-8601 text
 * (no numeric timestamps), unknown properties never fatal (models keep them in their own maps),
 * and no reliance on the default time zone. The instance is shared and thread-safe, and internal
 * on purpose: no public method hands it to users, who could otherwise reconfigure every client at
 * once. Code in the SDK derives a reader or writer, or {@code copy()}s it, rather than
 * reconfiguring. Modules that read other formats build their mapper with {@link #configure}.
 */
public final class Codecs {

  private static final JsonMapper JSON = configure(JsonMapper.builder()).build();

  private Codecs() {}

  /** The JSON mapper. */
  public static JsonMapper json() {
    return JSON;
  }

  /**
   * Applies the SDK's settings to a mapper builder of any format, so an XML or CSV mapper built
   * in the module that needs it reads dates and unknown members as the JSON one does.
   */
  public static <M extends com.fasterxml.jackson.databind.ObjectMapper,
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
