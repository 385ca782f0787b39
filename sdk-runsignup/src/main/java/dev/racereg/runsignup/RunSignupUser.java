package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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

  private static final String[] MEMBERS = {"user_id", "first_name", "middle_name", "last_name", "email", "dob",
      "gender", "phone", "address"};

  private RunSignupUser(Long userId, String firstName, String middleName, String lastName, String email,
      LocalDate dob, String gender, String phone, RunSignupAddress address, Map<String, JsonNode> unknown) {
    this.userId = userId;
    this.firstName = firstName;
    this.middleName = middleName;
    this.lastName = lastName;
    this.email = email;
    this.dob = dob;
    this.gender = gender == null ? null : RunSignupGender.of(gender.trim());
    this.phone = phone;
    this.address = address;
    unknown.forEach(this::putUnknownField);
  }

  static RunSignupUser from(JsonNode node) {
    if (node == null) {
      return null;
    }
    RsuFields f = RsuFields.of(node, "a user");
    return new RunSignupUser(f.longValue("user_id"), f.text("first_name"), f.text("middle_name"),
        f.text("last_name"), f.text("email"), f.date("dob"), f.text("gender"), f.text("phone"),
        RunSignupAddress.from(f.object("address")), f.rest());
  }

  /** Reads the object at the parser's {@code START_OBJECT} exactly as {@link #from} reads its tree. */
  static RunSignupUser read(JsonParser p) throws IOException {
    RsuMembers m = new RsuMembers(p, MEMBERS);
    Long userId = null;
    String firstName = null;
    String middleName = null;
    String lastName = null;
    String email = null;
    LocalDate dob = null;
    String gender = null;
    String phone = null;
    RunSignupAddress address = null;
    for (String name = m.next(); name != null; name = m.next()) {
      switch (name) {
        case "user_id" -> userId = m.longValue();
        case "first_name" -> firstName = m.text();
        case "middle_name" -> middleName = m.text();
        case "last_name" -> lastName = m.text();
        case "email" -> email = m.text();
        case "dob" -> dob = m.date();
        case "gender" -> gender = m.text();
        case "phone" -> phone = m.text();
        case "address" -> address = m.isObject() ? RunSignupAddress.read(p) : null;
        default -> m.keep();
      }
    }
    return new RunSignupUser(userId, firstName, middleName, lastName, email, dob, gender, phone, address, m.rest());
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
