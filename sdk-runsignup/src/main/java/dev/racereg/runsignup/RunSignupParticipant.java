package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import dev.racereg.core.model.Money;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One registration in one event, as {@code GET /race/{race_id}/participants} lists it (seen):
 * {@code registration_id}, {@code event_id}, {@code bib_num}, {@code chip_num}, {@code age},
 * {@code registration_date} ({@code M/d/yyyy HH:mm}, no zone), {@code last_modified} (unix
 * seconds), {@code team_id}, {@code team_name}, {@code race_fee} and {@code amount_paid} (money
 * strings such as {@code "$22.00"}), the {@link RunSignupUser user}, and with the matching flags
 * {@code question_responses} and {@code participant_addons}.
 *
 * <p>RunSignup groups rows by event; the client flattens the groups, and every row carries its
 * event id (from the row, or from its group when the row omits it). Immutable. Fields this SDK
 * version does not know, and values that did not parse as documented, are kept raw in
 * {@link #unknownFields()}.
 */
public final class RunSignupParticipant extends UnknownFieldsModel {

  private final long registrationId;
  private final long eventId;
  private final String bibNum;
  private final String chipNum;
  private final Integer age;
  private final LocalDateTime registrationDate;
  private final Instant lastModified;
  private final Long teamId;
  private final String teamName;
  private final Money raceFee;
  private final Money amountPaid;
  private final RunSignupUser user;
  private final List<QuestionResponse> questionResponses;
  private final List<RegistrationAddon> registrationAddons;

  private static final String[] MEMBERS = {"registration_id", "event_id", "bib_num", "chip_num", "age",
      "registration_date", "last_modified", "team_id", "team_name", "race_fee", "amount_paid", "user",
      "question_responses", "participant_addons"};

  /** The values of one row, gathered by either reader before the row is built. */
  private static final class Wire {
    long registrationId;
    Long eventId;
    String bibNum;
    String chipNum;
    Integer age;
    LocalDateTime registrationDate;
    Instant lastModified;
    Long teamId;
    String teamName;
    Money raceFee;
    Money amountPaid;
    RunSignupUser user;
    List<QuestionResponse> questionResponses;
    List<RegistrationAddon> registrationAddons;
    Map<String, JsonNode> unknown;
  }

  private RunSignupParticipant(Wire w) {
    this.registrationId = w.registrationId;
    this.eventId = w.eventId;
    this.bibNum = w.bibNum;
    this.chipNum = w.chipNum;
    this.age = w.age;
    this.registrationDate = w.registrationDate;
    this.lastModified = w.lastModified;
    this.teamId = w.teamId;
    this.teamName = w.teamName;
    this.raceFee = w.raceFee;
    this.amountPaid = w.amountPaid;
    this.user = w.user;
    this.questionResponses = w.questionResponses;
    this.registrationAddons = w.registrationAddons;
    w.unknown.forEach(this::putUnknownField);
  }

  /**
   * Reads one row.
   *
   * @param groupEventId the event of the group the row came in, used when the row has none
   * @throws IllegalArgumentException if the row has no registration id or no event
   */
  static RunSignupParticipant from(JsonNode node, Long groupEventId) {
    RsuFields f = RsuFields.of(node, "a participant");
    Wire w = new Wire();
    w.registrationId = f.requiredLong("registration_id");
    Long rowEvent = f.longValue("event_id");
    if (rowEvent == null && groupEventId == null) {
      throw new IllegalArgumentException("participant " + w.registrationId + " has no event_id");
    }
    w.eventId = rowEvent != null ? rowEvent : groupEventId;
    w.bibNum = f.text("bib_num");
    w.chipNum = f.text("chip_num");
    w.age = f.intValue("age");
    w.registrationDate = f.dateTime("registration_date");
    w.lastModified = f.unixSeconds("last_modified");
    w.teamId = f.longValue("team_id");
    w.teamName = f.text("team_name");
    w.raceFee = f.money("race_fee");
    w.amountPaid = f.money("amount_paid");
    w.user = RunSignupUser.from(f.object("user"));
    w.questionResponses = f.list("question_responses").stream().map(QuestionResponse::from).toList();
    w.registrationAddons = f.list("participant_addons").stream().map(RegistrationAddon::from).toList();
    w.unknown = f.rest();
    return new RunSignupParticipant(w);
  }

  /**
   * Reads the row at the parser's {@code START_OBJECT} exactly as {@link #from} reads its tree.
   *
   * @throws RsuMembers.NotPlain for a row {@link #from} would reject, or one it reads in a way this
   *     reader does not follow (a repeated member)
   */
  static RunSignupParticipant read(JsonParser p, Long groupEventId) throws IOException {
    RsuMembers m = new RsuMembers(p, MEMBERS);
    Wire w = new Wire();
    Long id = null;
    w.questionResponses = List.<QuestionResponse>of().stream().toList(); // as the tree reader's, when absent
    w.registrationAddons = List.<RegistrationAddon>of().stream().toList();
    for (String name = m.next(); name != null; name = m.next()) {
      switch (name) {
        case "registration_id" -> id = m.longValue();
        case "event_id" -> w.eventId = m.longValue();
        case "bib_num" -> w.bibNum = m.text();
        case "chip_num" -> w.chipNum = m.text();
        case "age" -> w.age = m.intValue();
        case "registration_date" -> w.registrationDate = m.dateTime();
        case "last_modified" -> w.lastModified = m.unixSeconds();
        case "team_id" -> w.teamId = m.longValue();
        case "team_name" -> w.teamName = m.text();
        case "race_fee" -> w.raceFee = m.money();
        case "amount_paid" -> w.amountPaid = m.money();
        case "user" -> w.user = m.isObject() ? RunSignupUser.read(p) : null;
        case "question_responses" -> w.questionResponses = m.list(QuestionResponse::read);
        case "participant_addons" -> w.registrationAddons = m.list(RegistrationAddon::read);
        default -> m.keep();
      }
    }
    if (id == null || (w.eventId == null && groupEventId == null)) {
      throw RsuMembers.NotPlain.INSTANCE; // the tree reader reports it, with its own message
    }
    w.registrationId = id;
    if (w.eventId == null) {
      w.eventId = groupEventId;
    }
    w.unknown = m.rest();
    return new RunSignupParticipant(w);
  }

  /** The registration's id, unique in RunSignup. */
  public long registrationId() {
    return registrationId;
  }

  /** The event the registration is for. */
  public long eventId() {
    return eventId;
  }

  /** The bib number, as text; empty when none is assigned. */
  public Optional<String> bibNum() {
    return Optional.ofNullable(bibNum);
  }

  /** The timing chip number; empty when none is assigned. */
  public Optional<String> chipNum() {
    return Optional.ofNullable(chipNum);
  }

  /** Age on the event's age date, in whole years. */
  public OptionalInt age() {
    return age == null ? OptionalInt.empty() : OptionalInt.of(age);
  }

  /** When the person registered, in RunSignup's zone-less local time. */
  public Optional<LocalDateTime> registrationDate() {
    return Optional.ofNullable(registrationDate);
  }

  /** When RunSignup last changed the registration. */
  public Optional<Instant> lastModified() {
    return Optional.ofNullable(lastModified);
  }

  /** The team's id, when the participant is on one. */
  public OptionalLong teamId() {
    return teamId == null ? OptionalLong.empty() : OptionalLong.of(teamId);
  }

  /** The team's name. */
  public Optional<String> teamName() {
    return Optional.ofNullable(teamName);
  }

  /** The race fee, in US dollars. */
  public Optional<Money> raceFee() {
    return Optional.ofNullable(raceFee);
  }

  /** What was paid (fee plus processing, add-ons...), in US dollars. */
  public Optional<Money> amountPaid() {
    return Optional.ofNullable(amountPaid);
  }

  /** The person. */
  public Optional<RunSignupUser> user() {
    return Optional.ofNullable(user);
  }

  /** Answers to the race's questions; empty unless asked for with {@code includeQuestions}. */
  public List<QuestionResponse> questionResponses() {
    return questionResponses;
  }

  /** Add-ons bought; empty unless asked for with {@code includeRegistrationAddons}. */
  public List<RegistrationAddon> registrationAddons() {
    return registrationAddons;
  }


  /** Equal when the registration id, event and last change are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RunSignupParticipant p && p.registrationId == registrationId && p.eventId == eventId
        && Objects.equals(p.lastModified, lastModified) && Objects.equals(p.bibNum, bibNum)
        && Objects.equals(p.chipNum, chipNum);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(registrationId);
  }

  @Override
  public String toString() {
    return "RunSignupParticipant{" + registrationId + ", event " + eventId + (bibNum == null ? "" : ", bib " + bibNum)
        + (user == null ? "" : ", " + user.firstName().orElse("") + " " + user.lastName().orElse("")) + "}";
  }
}
