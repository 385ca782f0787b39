package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.UnknownFieldsModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a participant and an application share: one person's booking of a ticket of a race, with
 * its form answers, booker, price, reserved entry and event metadata. Immutable.
 *
 * <p>Every field is optional on reading: the platform may leave any of them out (the metadata
 * fields from {@link #eventName()} on are typically only sent with {@code extendMetadata=true}).
 * Members this SDK does not know are kept in {@link #unknownFields()}. Members whose schema the
 * platform's reference collapses ({@code waves}, {@code tracking}, {@code course}...) are kept as
 * {@link OpenObject}s.
 */
public abstract sealed class BookingRecord extends UnknownFieldsModel permits LetsDoThisParticipant, LetsDoThisApplication {

  @JsonProperty("id")
  private String id;
  @JsonProperty("participantIndex")
  private Integer participantIndex;
  @JsonProperty("bookingId")
  private String bookingId;
  @JsonProperty("transactionId")
  private String transactionId;
  // one table of the platform's doc spells it with one "r"
  @JsonProperty("eventOccurrenceId")
  @JsonAlias("eventOccurenceId")
  private String eventOccurrenceId;
  @JsonProperty("eventId")
  private String eventId;
  @JsonProperty("raceId")
  private String raceId;
  @JsonProperty("ticketTitle")
  private String ticketTitle;
  @JsonProperty("ticketId")
  private String ticketId;
  @JsonProperty("createdAt")
  private Instant createdAt;
  @JsonProperty("updatedAt")
  private Instant updatedAt;
  @JsonProperty("waves")
  private List<OpenObject> waves;
  @JsonProperty("fields")
  private List<FieldValue> fields;
  @JsonProperty("booker")
  private Booker booker;
  @JsonProperty("bookerType")
  private BookerType bookerType;
  @JsonProperty("originalTicketPrice")
  @JsonDeserialize(using = Json.MoneyDeserializer.class)
  private Money originalTicketPrice;
  @JsonProperty("incrementalStatus")
  private IncrementalStatus incrementalStatus;
  @JsonProperty("bibNumber")
  private String bibNumber;
  @JsonProperty("bookingCodesUsed")
  @JsonDeserialize(using = Json.BookingCodesDeserializer.class)
  private List<BookingCode> bookingCodesUsed;
  @JsonProperty("reservedEntryUrl")
  private String reservedEntryUrl;
  @JsonProperty("partnerMarketingOptIns")
  private List<OpenObject> partnerMarketingOptIns;
  @JsonProperty("tags")
  @JsonDeserialize(using = Json.TagsDeserializer.class)
  private List<String> tags;
  @JsonProperty("gdprRedacted")
  private Boolean gdprRedacted;
  @JsonProperty("statusDetails")
  private List<OpenObject> statusDetails;
  @JsonProperty("tracking")
  private OpenObject tracking;
  @JsonProperty("eventName")
  private String eventName;
  @JsonProperty("raceName")
  private String raceName;
  @JsonProperty("raceStartDate")
  private Instant raceStartDate;
  @JsonProperty("sportId")
  private String sportId;
  @JsonProperty("distanceId")
  private String distanceId;
  @JsonProperty("distances")
  private List<OpenObject> distances;
  @JsonProperty("disciplineLabel")
  private String disciplineLabel;
  @JsonProperty("course")
  private OpenObject course;
  @JsonProperty("eventLocation")
  private OpenObject eventLocation;
  @JsonProperty("competitorSize")
  private Integer competitorSize;
  @JsonProperty("reservedEntryGroupCode")
  private String reservedEntryGroupCode;
  @JsonProperty("reservedEntryGroupName")
  private String reservedEntryGroupName;
  @JsonProperty("reservedEntryPartnerExternalIds")
  private PartnerExternalIds reservedEntryPartnerExternalIds;
  @JsonProperty("reservedEntryPartnerName")
  private String reservedEntryPartnerName;


  BookingRecord() {}


  /** The record's id, e.g. {@code 6399c20015d60ae3ff28f24c}. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The position of this person within the booking (0 for the first of a group booking). */
  public Optional<Integer> participantIndex() {
    return Optional.ofNullable(participantIndex);
  }

  /** The booking this entry belongs to. */
  public Optional<String> bookingId() {
    return Optional.ofNullable(bookingId);
  }

  /** The payment transaction. */
  public Optional<String> transactionId() {
    return Optional.ofNullable(transactionId);
  }

  /**
   * The event occurrence (edition). Read from {@code eventOccurrenceId} or the misspelled
   * {@code eventOccurenceId} one table of the platform's doc shows.
   */
  public Optional<String> eventOccurrenceId() {
    return Optional.ofNullable(eventOccurrenceId);
  }

  /** The event. */
  public Optional<String> eventId() {
    return Optional.ofNullable(eventId);
  }

  /** The race (distance) within the event. */
  public Optional<String> raceId() {
    return Optional.ofNullable(raceId);
  }

  /** The ticket's title, e.g. {@code 10k Standard Entry}. */
  public Optional<String> ticketTitle() {
    return Optional.ofNullable(ticketTitle);
  }

  /** The ticket. */
  public Optional<String> ticketId() {
    return Optional.ofNullable(ticketId);
  }

  /** When the record was created. */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When the record last changed: the watermark of incremental reads. */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /** The start waves ({@code waves}, schema collapsed in the doc). */
  public List<OpenObject> waves() {
    return Json.list(waves);
  }

  /** The booking form's answers, with typed reads of the personal data. */
  public ParticipantFields fields() {
    return new ParticipantFields(Json.list(fields));
  }

  /**
   * The booking status, the value of the {@code status} field (shortcut for
   * {@code fields().status()}).
   */
  public Optional<BookingStatus> bookingStatus() {
    return fields().status();
  }

  /** Who made the booking. */
  public Optional<Booker> booker() {
    return Optional.ofNullable(booker);
  }

  /** Who made the booking, as a type ({@code PARTNER}...). */
  public Optional<BookerType> bookerType() {
    return Optional.ofNullable(bookerType);
  }

  /**
   * The ticket's price when booked ({@code originalTicketPrice}: {@code value} in minor units,
   * e.g. pence, and {@code currencyCode}).
   */
  public Optional<Money> originalTicketPrice() {
    return Optional.ofNullable(originalTicketPrice);
  }

  /** Whether the entry counts as incremental. */
  public Optional<IncrementalStatus> incrementalStatus() {
    return Optional.ofNullable(incrementalStatus);
  }

  /** The bib (race) number, as text. */
  public Optional<String> bibNumber() {
    return Optional.ofNullable(bibNumber).filter(b -> !b.isBlank());
  }

  /** The booking codes used (empty if none). */
  public List<BookingCode> bookingCodesUsed() {
    return Json.list(bookingCodesUsed);
  }

  /** The reserved entry link the booking came through. */
  public Optional<String> reservedEntryUrl() {
    return Optional.ofNullable(reservedEntryUrl);
  }

  /** Marketing opt-ins given to partners ({@code partnerMarketingOptIns}, schema collapsed). */
  public List<OpenObject> partnerMarketingOptIns() {
    return Json.list(partnerMarketingOptIns);
  }

  /** Tags, as text (schema collapsed in the doc; an object tag reads as its JSON text). */
  public List<String> tags() {
    return Json.list(tags);
  }

  /** Whether the personal data was erased under the GDPR (the fields then read empty). */
  public Optional<Boolean> gdprRedacted() {
    return Optional.ofNullable(gdprRedacted);
  }

  /** The history of the booking status ({@code statusDetails}, schema collapsed). */
  public List<OpenObject> statusDetails() {
    return Json.list(statusDetails);
  }

  /** Where the booking came from ({@code tracking}, schema collapsed). */
  public Optional<OpenObject> tracking() {
    return Optional.ofNullable(tracking);
  }

  /** The event's name (metadata), e.g. {@code City Sprint Challenge}. */
  public Optional<String> eventName() {
    return Optional.ofNullable(eventName);
  }

  /** The race's name (metadata). */
  public Optional<String> raceName() {
    return Optional.ofNullable(raceName);
  }

  /** When the race starts (metadata). */
  public Optional<Instant> raceStartDate() {
    return Optional.ofNullable(raceStartDate);
  }

  /** The sport (metadata). */
  public Optional<String> sportId() {
    return Optional.ofNullable(sportId);
  }

  /** The distance (metadata). */
  public Optional<String> distanceId() {
    return Optional.ofNullable(distanceId);
  }

  /** The distances of the race's legs ({@code distances}, schema collapsed; metadata). */
  public List<OpenObject> distances() {
    return Json.list(distances);
  }

  /** The discipline, e.g. {@code Running} (metadata). */
  public Optional<String> disciplineLabel() {
    return Optional.ofNullable(disciplineLabel);
  }

  /** The course ({@code course}, schema collapsed; metadata). */
  public Optional<OpenObject> course() {
    return Optional.ofNullable(course);
  }

  /** Where the event takes place ({@code eventLocation}, schema collapsed; metadata). */
  public Optional<OpenObject> eventLocation() {
    return Optional.ofNullable(eventLocation);
  }

  /** How many competitors the race takes (metadata). */
  public Optional<Integer> competitorSize() {
    return Optional.ofNullable(competitorSize);
  }

  /** The code of the reserved entry group the booking used, e.g. {@code re_x-ga8ais3v4r}. */
  public Optional<String> reservedEntryGroupCode() {
    return Optional.ofNullable(reservedEntryGroupCode);
  }

  /** The name of that reserved entry group, e.g. {@code Charity Entries}. */
  public Optional<String> reservedEntryGroupName() {
    return Optional.ofNullable(reservedEntryGroupName);
  }

  /** The external ids of the partner owning that reserved entry group. */
  public Optional<PartnerExternalIds> reservedEntryPartnerExternalIds() {
    return Optional.ofNullable(reservedEntryPartnerExternalIds);
  }

  /** The name of the partner owning that reserved entry group. */
  public Optional<String> reservedEntryPartnerName() {
    return Optional.ofNullable(reservedEntryPartnerName);
  }


  /** Ids and status only: the rest is personal data. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{id=" + id + ", raceId=" + raceId + ", status="
        + bookingStatus().map(BookingStatus::value).orElse(null) + "}";
  }
}
