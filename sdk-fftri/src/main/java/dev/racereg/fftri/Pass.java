package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A pass compétition: the one-day licence a non-licensed athlete buys to race one trial. Returned
 * by {@link FftriClient#verifyPass(VerifyPassParams)} (with the trial and event fields) and by
 * {@link FftriClient#listPasses(ListPassesParams)} (without them).
 */
public final class Pass extends UnknownFieldsModel {

  @JsonProperty("firstname")
  private String firstName;
  @JsonProperty("lastname")
  private String lastName;
  @JsonProperty("birthDate")
  @JsonDeserialize(using = FftriJson.LenientDate.class)
  private LocalDate birthDate;
  @JsonProperty("email")
  private String email;
  @JsonProperty("passNumber")
  private String passNumber;
  @JsonProperty("created")
  @JsonDeserialize(using = FftriJson.LenientDate.class)
  private LocalDate created;
  @JsonProperty("statusDescription")
  private PassStatus status;
  @JsonProperty("isPaid")
  @JsonDeserialize(using = FftriJson.LenientBoolean.class)
  private Boolean paid;
  @JsonProperty("refund")
  @JsonDeserialize(using = FftriJson.LenientBoolean.class)
  private Boolean refunded;
  @JsonProperty("type")
  private PassType type;
  @JsonProperty("typeDescription")
  private String typeDescription;
  @JsonProperty("trial")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long trialId;
  @JsonProperty("event")
  @JsonDeserialize(using = FftriJson.LenientLong.class)
  private Long eventId;
  @JsonProperty("discipline")
  private String discipline;
  @JsonProperty("distance")
  private String distance;
  @JsonProperty("date")
  @JsonDeserialize(using = FftriJson.LenientDate.class)
  private LocalDate date;
  @JsonProperty("eventName")
  private String eventName;
  @JsonProperty("place")
  private String place;
  @JsonProperty("city")
  private String city;
  @JsonProperty("zip")
  private String zip;

  private Pass() {}

  /** First name ({@code firstname}). */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /** Last name ({@code lastname}). */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /** Date of birth ({@code birthDate}). */
  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /** E-mail address ({@code email}). */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** The pass number ({@code passNumber}). */
  public Optional<String> passNumber() {
    return Optional.ofNullable(passNumber);
  }

  /** When the pass was created ({@code created}). */
  public Optional<LocalDate> created() {
    return Optional.ofNullable(created);
  }

  /** The pass's status ({@code statusDescription}). */
  public Optional<PassStatus> status() {
    return Optional.ofNullable(status);
  }

  /** Whether the pass is paid ({@code isPaid}: 0/1). */
  public Optional<Boolean> paid() {
    return Optional.ofNullable(paid);
  }

  /** Whether the pass was refunded ({@code refund}: 0/1). */
  public Optional<Boolean> refunded() {
    return Optional.ofNullable(refunded);
  }

  /** The pass type ({@code type}: 1 individual, 2 relay, 3 leisure). */
  public Optional<PassType> type() {
    return Optional.ofNullable(type);
  }

  /** The type in words ({@code typeDescription}, e.g. {@code individual}). */
  public Optional<String> typeDescription() {
    return Optional.ofNullable(typeDescription);
  }

  /** The trial's id ({@code trial}); only in {@code verifyPass} answers. */
  public Optional<Long> trialId() {
    return Optional.ofNullable(trialId);
  }

  /** The event's id ({@code event}); only in {@code verifyPass} answers. */
  public Optional<Long> eventId() {
    return Optional.ofNullable(eventId);
  }

  /** The discipline ({@code discipline}, e.g. {@code Triathlon}); only in {@code verifyPass} answers. */
  public Optional<String> discipline() {
    return Optional.ofNullable(discipline);
  }

  /** The trial's distance ({@code distance}, e.g. {@code Jeunes 8-11}); only in {@code verifyPass} answers. */
  public Optional<String> distance() {
    return Optional.ofNullable(distance);
  }

  /** The trial's date ({@code date}); only in {@code verifyPass} answers. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** The event's name ({@code eventName}); only in {@code verifyPass} answers. */
  public Optional<String> eventName() {
    return Optional.ofNullable(eventName);
  }

  /** The event's address ({@code place}); only in {@code verifyPass} answers. */
  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  /** The event's city ({@code city}); only in {@code verifyPass} answers. */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /** The event's postal code ({@code zip}); only in {@code verifyPass} answers. */
  public Optional<String> zip() {
    return Optional.ofNullable(zip);
  }

  /**
   * Whether the pass lets its holder race: paid, not refunded, and {@code valid} or
   * {@code used}.
   */
  public boolean isUsable() {
    return Boolean.TRUE.equals(paid) && !Boolean.TRUE.equals(refunded)
        && (PassStatus.VALID.equals(status) || PassStatus.USED.equals(status));
  }

  @Override
  public String toString() {
    // names and e-mail are personal data: kept out of logs by default
    return "Pass{" + passNumber + ", " + status + ", paid=" + paid + ", refund=" + refunded + ", type=" + type + "}";
  }
}
