package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.model.UnknownFieldsModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A booking (discount or access) code used for a booking, one item of {@code bookingCodesUsed}.
 * Immutable.
 */
public final class BookingCode extends UnknownFieldsModel {

  @JsonProperty("code")
  private String code;


  private BookingCode() {}

  /** Reads one item: a {@code {"code": ...}} object, or a bare string taken as the code. */
  static BookingCode from(JsonNode node) {
    if (node.isObject()) {
      try {
        return Json.convert(node, BookingCode.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    BookingCode c = new BookingCode();
    c.code = node.asText();
    return c;
  }


  /** The code as entered, e.g. {@code EARLYBIRD10}. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }


  @Override
  public boolean equals(Object o) {
    return o instanceof BookingCode && Objects.equals(code, ((BookingCode) o).code)
        && unknownFields().equals(((BookingCode) o).unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, unknownFields());
  }

  @Override
  public String toString() {
    return "BookingCode{" + code + "}";
  }
}
