package dev.racereg.core.unified;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.racereg.core.error.DecodingException;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.model.Registration;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes and reads unified registrations as a JSON array of flat objects with the same fields,
 * names and value formats as {@link StartListCsv} (every value a string, absent ones empty).
 */
public final class StartListJson {

  private StartListJson() {}

  /**
   * Writes the registrations as a pretty-printed JSON array. Does not close {@code out}.
   *
   * @return the number of registrations written
   * @throws UncheckedIOException if writing fails
   */
  public static long write(Stream<Registration> registrations, Writer out) {
    Objects.requireNonNull(out, "out");
    long count = 0;
    try (JsonGenerator gen = Codecs.json().getFactory().createGenerator(out)) {
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      gen.useDefaultPrettyPrinter();
      gen.writeStartArray();
      for (Registration r : (Iterable<Registration>) registrations::iterator) {
        Codecs.json().writeValue(gen, StartListCsv.row(r));
        count++;
      }
      gen.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count;
  }

  /**
   * Reads registrations written by {@link #write}. The native records are not restored.
   *
   * @throws DecodingException if the text is not such an array
   */
  public static List<Registration> read(Reader in) {
    try {
      List<Map<String, String>> rows = Codecs.json().readValue(in, new TypeReference<>() {});
      return rows.stream().map(StartListRows::toRegistration).collect(Collectors.toList());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new DecodingException("not a start list in JSON: " + e.getOriginalMessage(), e, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
