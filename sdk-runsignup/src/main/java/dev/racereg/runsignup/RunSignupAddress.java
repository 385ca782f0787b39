package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
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

  private RunSignupAddress(RsuFields f) {
    this.street = f.text("street");
    this.city = f.text("city");
    this.state = f.text("state");
    this.zipcode = f.text("zipcode");
    this.countryCode = f.text("country_code");
    f.rest().forEach(this::putUnknownField);
  }

  static RunSignupAddress from(JsonNode node) {
    return node == null ? null : new RunSignupAddress(RsuFields.of(node, "an address"));
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
