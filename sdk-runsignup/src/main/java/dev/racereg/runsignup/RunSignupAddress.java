package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A postal address (a race's or a participant's): {@code street}, {@code city}, {@code state},
 * {@code zipcode}, {@code country_code}. Immutable; unknown fields are kept in {@link #unknownFields()}.
 */
public final class RunSignupAddress extends UnknownFieldsModel {

  private final String street;
  private final String city;
  private final String state;
  private final String zipcode;
  private final String countryCode;

  private static final String[] MEMBERS = {"street", "city", "state", "zipcode", "country_code"};

  private RunSignupAddress(String street, String city, String state, String zipcode, String countryCode,
      Map<String, JsonNode> unknown) {
    this.street = street;
    this.city = city;
    this.state = state;
    this.zipcode = zipcode;
    this.countryCode = countryCode;
    unknown.forEach(this::putUnknownField);
  }

  static RunSignupAddress from(JsonNode node) {
    if (node == null) {
      return null;
    }
    RsuFields f = RsuFields.of(node, "an address");
    return new RunSignupAddress(f.text("street"), f.text("city"), f.text("state"), f.text("zipcode"),
        f.text("country_code"), f.rest());
  }

  /** Reads the object at the parser's {@code START_OBJECT} exactly as {@link #from} reads its tree. */
  static RunSignupAddress read(JsonParser p) throws IOException {
    RsuMembers m = new RsuMembers(p, MEMBERS);
    String street = null;
    String city = null;
    String state = null;
    String zipcode = null;
    String countryCode = null;
    for (String name = m.next(); name != null; name = m.next()) {
      switch (name) {
        case "street" -> street = m.text();
        case "city" -> city = m.text();
        case "state" -> state = m.text();
        case "zipcode" -> zipcode = m.text();
        case "country_code" -> countryCode = m.text();
        default -> m.keep();
      }
    }
    return new RunSignupAddress(street, city, state, zipcode, countryCode, m.rest());
  }

  /** Street. */
  public Optional<String> street() {
    return Optional.ofNullable(street);
  }

  /** City. */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /** State or province code, e.g. {@code OH}. */
  public Optional<String> state() {
    return Optional.ofNullable(state);
  }

  /** ZIP or postal code, as text (leading zeros kept). */
  public Optional<String> zipcode() {
    return Optional.ofNullable(zipcode);
  }

  /** Country code as RunSignup gives it, e.g. {@code US}. */
  public Optional<String> countryCode() {
    return Optional.ofNullable(countryCode);
  }


  @Override
  public String toString() {
    return "RunSignupAddress{" + city + ", " + state + ", " + countryCode + "}";
  }
}
