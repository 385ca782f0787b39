package dev.racereg.core.unified;

import com.fasterxml.jackson.databind.SequenceWriter;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.Participant;
import dev.racereg.core.model.Registration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes unified registrations as CSV (RFC 4180, UTF-8 text, header row) with stable columns, in
 * this order: {@value #COLUMN_LIST}. Dates are ISO-8601 ({@code 1990-05-17}), instants ISO-8601
 * UTC ({@code 2026-04-30T08:15:00Z}), {@code amount} in major units with the currency's decimals
 * ({@code 30.00}), and absent values are empty cells. Columns are only ever added at the end.
 *
 * <p>{@link #write} and {@link #read} need jackson-dataformat-csv on the class path: it is an
 * optional dependency of sdk-core, so that users who never write CSV do not download it. Without
 * it they throw an {@link IllegalStateException} naming the artifact to add.
 */
public final class StartListCsv {

  /** The columns, comma-separated, in order. */
  public static final String COLUMN_LIST = "id,provider,native_id,event_id,event_name,race_id,"
      + "race_name,category,status,bib,chip,first_name,middle_name,last_name,gender,birth_date,"
      + "email,phone,nationality,country,club,licence_number,amount,currency,registered_at,updated_at";

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of(COLUMN_LIST.split(","));

  private StartListCsv() {}

  /**
   * Writes the header and one row per registration. Does not close {@code out}.
   *
   * @return the number of rows written
   * @throws UncheckedIOException if writing fails
   * @throws IllegalStateException if jackson-dataformat-csv is not on the class path
   */
  public static long write(Stream<Registration> registrations, Writer out) {
    Objects.requireNonNull(registrations, "registrations");
    Objects.requireNonNull(out, "out");
    requireCsvSupport();
    return Csv.write(registrations, out);
  }

  /**
   * Reads registrations written by {@link #write}. The native records are not restored.
   *
   * @throws dev.racereg.core.error.DecodingException if a row cannot be read
   * @throws IllegalStateException if jackson-dataformat-csv is not on the class path
   */
  public static java.util.List<Registration> read(java.io.Reader in) {
    requireCsvSupport();
    return Csv.read(in);
  }

  /** One registration as a row keyed by column name (absent values are empty strings). */
  public static Map<String, String> row(Registration r) {
    Participant p = r.participant();
    Map<String, String> row = new LinkedHashMap<>();
    row.put("id", r.id());
    row.put("provider", r.provider());
    row.put("native_id", r.nativeId());
    row.put("event_id", r.eventId().orElse(""));
    row.put("event_name", r.eventName().orElse(""));
    row.put("race_id", r.raceId().orElse(""));
    row.put("race_name", r.raceName().orElse(""));
    row.put("category", r.category().orElse(""));
    row.put("status", r.status().value());
    row.put("bib", r.bib().orElse(""));
    row.put("chip", r.chip().orElse(""));
    row.put("first_name", p.firstName().orElse(""));
    row.put("middle_name", p.middleName().orElse(""));
    row.put("last_name", p.lastName().orElse(""));
    row.put("gender", p.gender().name());
    row.put("birth_date", p.birthDate().map(LocalDate::toString).orElse(""));
    row.put("email", p.email().orElse(""));
    row.put("phone", p.phone().orElse(""));
    row.put("nationality", p.nationality().orElse(""));
    row.put("country", p.country().orElse(""));
    row.put("club", p.club().orElse(""));
    row.put("licence_number", p.licenceNumber().orElse(""));
    row.put("amount", r.amount().map(m -> m.toMajor().toPlainString()).orElse(""));
    row.put("currency", r.amount().map(Money::currency).map(c -> c.getCurrencyCode()).orElse(""));
    row.put("registered_at", r.registeredAt().map(Object::toString).orElse(""));
    row.put("updated_at", r.updatedAt().map(Object::toString).orElse(""));
    return row;
  }

  /**
   * Everything that touches jackson-dataformat-csv, an optional dependency of sdk-core: kept in
   * its own class so that loading {@link StartListCsv} (whose {@link #row} serves
   * {@link StartListJson}) never loads it, and so a missing library is reported with what to add
   * rather than a bare {@code NoClassDefFoundError}.
   */
  private static final class Csv {

    static final com.fasterxml.jackson.dataformat.csv.CsvSchema SCHEMA = schema();
    static final com.fasterxml.jackson.dataformat.csv.CsvSchema HEADED =
        com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader();

    static long write(Stream<Registration> registrations, Writer out) {
      long[] count = {0};
      try (SequenceWriter writer = mapper().writer(SCHEMA)
          .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValues(out)) {
        registrations.forEach(r -> {
          try {
            writer.write(row(r));
            count[0]++;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return count[0];
    }

    static java.util.List<Registration> read(java.io.Reader in) {
      try (com.fasterxml.jackson.databind.MappingIterator<Map<String, String>> rows = mapper()
          .readerFor(new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {})
          .with(HEADED).readValues(in)) {
        java.util.List<Registration> out = new java.util.ArrayList<>();
        while (rows.hasNextValue()) {
          out.add(StartListRows.toRegistration(rows.nextValue()));
        }
        return out;
      } catch (com.fasterxml.jackson.core.JacksonException e) {
        throw new dev.racereg.core.error.DecodingException("not a start list in CSV: " + e.getOriginalMessage(), e, "");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static com.fasterxml.jackson.dataformat.csv.CsvMapper mapper() {
      return dev.racereg.core.internal.codec.CsvCodecs.csv();
    }

    private static com.fasterxml.jackson.dataformat.csv.CsvSchema schema() {
      com.fasterxml.jackson.dataformat.csv.CsvSchema.Builder b =
          com.fasterxml.jackson.dataformat.csv.CsvSchema.builder();
      COLUMNS.forEach(b::addColumn);
      return b.setUseHeader(true).build();
    }
  }

  /** Fails with what to add when jackson-dataformat-csv is not on the class path. */
  private static void requireCsvSupport() {
    try {
      Class.forName("com.fasterxml.jackson.dataformat.csv.CsvMapper", false,
          StartListCsv.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("StartListCsv needs jackson-dataformat-csv, an optional "
          + "dependency of sdk-core: add com.fasterxml.jackson.dataformat:jackson-dataformat-csv "
          + "(the Jackson version sdk-core uses) to your build", e);
    }
  }
}
