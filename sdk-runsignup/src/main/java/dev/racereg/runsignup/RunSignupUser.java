package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The person behind a registration ({@code user}): {@code user_id}, names, {@code email},
 * {@code dob} ({@code yyyy-MM-dd}), {@code gender} ({@code M}/{@code F}), {@code phone} and
 * {@code address}. Removed participants carry no phone or address. Immutable; unknown fields, and
 * values that did not parse, are kept in {@link #unknownFields()}.
 */
public final class RunSignupUser extends UnknownFieldsModel {

  private final Long userId;
  private final String firstName;
  private final String middleName;
  private final String lastName;
  private final String email;
  private final LocalDate dob;
  private final RunSignupGender gender;
  private final String phone;
  private final RunSignupAddress address;

  private RunSignupUser(RsuFields f) {
    this.userId = f.longValue("user_id");
    this.firstName = f.text("first_name");
    this.middleName = f.text("middle_name");
    this.lastName = f.text("last_name");
    this.email = f.text("email");
    this.dob = f.date("dob");
    String g = f.text("gender");
    this.gender = g == null ? null : RunSignupGender.of(g.trim());
    this.phone = f.text("phone");
    this.address = RunSignupAddress.from(f.object("address"));
    f.rest().forEach(this::putUnknownField);
  }

  static RunSignupUser from(JsonNode node) {
    return node == null ? null : new RunSignupUser(RsuFields.of(node, "a user"));
  }

  /** RunSignup's user id. */
  public OptionalLong userId() {
    return userId == null ? OptionalLong.empty() : OptionalLong.of(userId);
  }

  /** Given name. */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /** Middle name. */
  public Optional<String> middleName() {
    return Optional.ofNullable(middleName);
  }

  /** Family name. */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /** E-mail address. */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** Date of birth. */
  public Optional<LocalDate> dob() {
    return Optional.ofNullable(dob);
  }

  /** Gender as RunSignup spells it. */
  public Optional<RunSignupGender> gender() {
    return Optional.ofNullable(gender);
  }

  /** Phone number as entered. */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** Postal address. */
  public Optional<RunSignupAddress> address() {
    return Optional.ofNullable(address);
  }


  @Override
  public String toString() {
    return "RunSignupUser{" + userId + ", " + firstName + " " + lastName + "}";
  }
}
