package dev.racereg.actigo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.model.UnknownFieldsModel;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person as Actigo sends it with a registration or a synced result: the Actigo user account
 * behind the registration (for external registrations, the account Actigo created, whose login is
 * {@code <random 32 characters>@actigo.app}). From JSON every documented field may be present;
 * from CSV only {@code id}, {@code givenName}, {@code middleName}, {@code surname}, {@code sex}
 * and {@code birthDate}. Fields this SDK does not know are kept in {@link #unknownFields()}.
 * Immutable.
 */
public final class ActigoPerson extends UnknownFieldsModel {

  static final Set<String> FIELDS = Set.of("id", "isProfilePublic", "givenName", "middleName",
      "surname", "sex", "birthDate", "language", "nickname", "country", "name", "ref");

  private final String id;
  private final String givenName;
  private final String middleName;
  private final String surname;
  private final Sex sex;
  private final LocalDate birthDate;
  private final String country;
  private final Boolean profilePublic;
  private final String language;
  private final String nickname;
  private final String name;
  private final String ref;

  private ActigoPerson(Builder b) {
    this.id = b.id;
    this.givenName = b.givenName;
    this.middleName = b.middleName;
    this.surname = b.surname;
    this.sex = b.sex;
    this.birthDate = b.birthDate;
    this.country = b.country;
    this.profilePublic = b.profilePublic;
    this.language = b.language;
    this.nickname = b.nickname;
    this.name = b.name;
    this.ref = b.ref;
    b.unknownFields.forEach(this::putUnknownField);
  }

  /** A new builder (for tests and fixtures; the client builds persons from Actigo's answers). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this person's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Reads {@code node} (a JSON object); {@code path} names it in error messages. */
  static ActigoPerson fromJson(JsonNode node, String path) {
    Wire.object(node, path);
    String sex = Wire.text(node, "sex", path);
    return builder()
        .id(Wire.text(node, "id", path))
        .profilePublic(Wire.bool(node, "isProfilePublic", path))
        .givenName(Wire.text(node, "givenName", path))
        .middleName(Wire.text(node, "middleName", path))
        .surname(Wire.text(node, "surname", path))
        .sex(sex == null || sex.isEmpty() ? null : Sex.of(sex))
        .birthDate(Wire.birthDate(node, "birthDate", path))
        .language(Wire.text(node, "language", path))
        .nickname(Wire.text(node, "nickname", path))
        .country(Wire.text(node, "country", path))
        .name(Wire.text(node, "name", path))
        .ref(Wire.text(node, "ref", path))
        .unknownFields(Wire.unknownMembers(node, FIELDS))
        .build();
  }

  /** The Actigo user account's id, 24 hexadecimal digits, if the person has one. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** Given (first) name. */
  public Optional<String> givenName() {
    return Optional.ofNullable(givenName);
  }

  /** Middle name(s). */
  public Optional<String> middleName() {
    return Optional.ofNullable(middleName);
  }

  /** Surname (family name). */
  public Optional<String> surname() {
    return Optional.ofNullable(surname);
  }

  /** Sex. */
  public Optional<Sex> sex() {
    return Optional.ofNullable(sex);
  }

  /**
   * Date of birth. JSON carries it as an instant at midnight UTC ({@code 1975-11-27T00:00:00Z}),
   * CSV as a date; both are the same date here.
   */
  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /** Country code, e.g. {@code CZ}. */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /** {@code isProfilePublic}: whether the user's Actigo profile is public. */
  public Optional<Boolean> profilePublic() {
    return Optional.ofNullable(profilePublic);
  }

  /** The user's language, e.g. {@code cs}. */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  /** The user's nickname, e.g. {@code martin.dufek}. */
  public Optional<String> nickname() {
    return Optional.ofNullable(nickname);
  }

  /** The display name, e.g. {@code Martin Dufek}. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The profile reference used in Actigo's URLs, e.g. {@code martin.dufek}. */
  public Optional<String> ref() {
    return Optional.ofNullable(ref);
  }

  /**
   * This person as registration sync takes it: the id and the fields of the CSV format (given,
   * middle and surname, sex, birth date), so the JSON and CSV paths send the same information.
   */
  SyncPerson toSyncPerson() {
    return SyncPerson.builder().id(id).givenName(givenName).middleName(middleName)
        .surname(surname).sex(sex).birthDate(birthDate).build();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ActigoPerson)) {
      return false;
    }
    ActigoPerson p = (ActigoPerson) o;
    return Objects.equals(id, p.id) && Objects.equals(givenName, p.givenName)
        && Objects.equals(middleName, p.middleName) && Objects.equals(surname, p.surname)
        && Objects.equals(sex, p.sex) && Objects.equals(birthDate, p.birthDate)
        && Objects.equals(country, p.country)
        && Objects.equals(profilePublic, p.profilePublic)
        && Objects.equals(language, p.language) && Objects.equals(nickname, p.nickname)
        && Objects.equals(name, p.name) && Objects.equals(ref, p.ref)
        && unknownFields().equals(p.unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, givenName, surname, birthDate);
  }

  /** Id and name only. */
  @Override
  public String toString() {
    return "ActigoPerson{id=" + id + ", " + (givenName == null ? "" : givenName + " ")
        + (surname == null ? "" : surname) + "}";
  }

  /** Builds an {@link ActigoPerson}. Empty strings are stored as absent. Not thread-safe. */
  public static final class Builder extends PersonBuilder<Builder> {
    private Boolean profilePublic;
    private String language;
    private String nickname;
    private String name;
    private String ref;
    private Map<String, JsonNode> unknownFields = Map.of();

    private Builder() {}

    private Builder(ActigoPerson p) {
      copy(p.id, p.givenName, p.middleName, p.surname, p.sex, p.birthDate, p.country);
      profilePublic = p.profilePublic;
      language = p.language;
      nickname = p.nickname;
      name = p.name;
      ref = p.ref;
      unknownFields = p.unknownFields();
    }

    /** Whether the profile is public. */
    public Builder profilePublic(Boolean v) {
      profilePublic = v;
      return this;
    }

    /** Language code. */
    public Builder language(String v) {
      language = clean(v);
      return this;
    }

    /** Nickname. */
    public Builder nickname(String v) {
      nickname = clean(v);
      return this;
    }

    /** Display name. */
    public Builder name(String v) {
      name = clean(v);
      return this;
    }

    /** Profile reference. */
    public Builder ref(String v) {
      ref = clean(v);
      return this;
    }

    /** Members this SDK does not know, as {@link #unknownFields()} returns them (copied). */
    public Builder unknownFields(Map<String, JsonNode> v) {
      unknownFields = Wire.copy(Objects.requireNonNull(v, "unknownFields"));
      return this;
    }

    /** Builds the person. */
    public ActigoPerson build() {
      return new ActigoPerson(this);
    }

    /** Empty is absent; other text is kept as sent. */
    @Override
    String clean(String v) {
      return Text.asSent(v);
    }
  }
}
