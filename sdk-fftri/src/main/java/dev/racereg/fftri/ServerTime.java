package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * A PHP {@code DateTime} as the espacetri serialises it:
 * {@code {"date":"2017-09-13 08:11:25.000000","timezone_type":3,"timezone":"UTC"}}. The raw
 * parts are kept; {@link #toZonedDateTime()} combines them when the zone is understood.
 */
public final class ServerTime extends UnknownFieldsModel {

  private static final DateTimeFormatter PHP_DATE = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .toFormatter();

  @JsonProperty("date")
  private String date;
  @JsonProperty("timezone_type")
  @JsonDeserialize(using = FftriJson.LenientInt.class)
  private Integer timezoneType;
  @JsonProperty("timezone")
  private String timezone;

  private ServerTime() {}

  /** The local date and time text, e.g. {@code 2017-09-13 08:11:25.000000}. */
  public Optional<String> dateText() {
    return Optional.ofNullable(date);
  }

  /** The local date and time, if the text is in PHP's {@code Y-m-d H:i:s.u} form. */
  public Optional<LocalDateTime> localDateTime() {
    if (date == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(date.trim(), PHP_DATE));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** PHP's zone kind: 1 an offset ({@code +02:00}), 2 an abbreviation ({@code CEST}), 3 a zone id ({@code UTC}). */
  public Optional<Integer> timezoneType() {
    return Optional.ofNullable(timezoneType);
  }

  /** The zone as PHP names it, e.g. {@code UTC} or {@code Europe/Paris}. */
  public Optional<String> timezone() {
    return Optional.ofNullable(timezone);
  }

  /**
   * The instant in its zone, when both the date and the zone are understood (zone ids and
   * offsets always are; abbreviations only when Java knows them).
   */
  public Optional<ZonedDateTime> toZonedDateTime() {
    Optional<LocalDateTime> local = localDateTime();
    if (local.isEmpty() || timezone == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(local.get().atZone(ZoneId.of(timezone.trim(), ZoneId.SHORT_IDS)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return date + " " + timezone;
  }
}
