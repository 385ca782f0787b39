package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.racereg.core.model.UnknownFieldsModel;
import java.util.Optional;

/**
 * The person who made the booking ({@code booker}), who may differ from the participant (a parent
 * booking for a child, a partner allocating an entry). Immutable. Personal data: the fields are
 * empty when the record is GDPR-redacted.
 */
public final class Booker extends UnknownFieldsModel {

  @JsonProperty("firstName")
  private String firstName;
  @JsonProperty("lastName")
  private String lastName;
  @JsonProperty("email")
  @JsonAlias("emailAddress")
  private String email;

  private Booker() {}

  /** Given name. */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /** Family name. */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /** E-mail address ({@code email}; {@code emailAddress} is read too). */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** Names no personal data. */
  @Override
  public String toString() {
    return "Booker{" + (email == null ? "no e-mail" : "with e-mail") + "}";
  }
}
