package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The compact stored form of one participant or application: ids, timestamps and the decisions
 * made when it was generated. The full JSON (personal data, booker, waves, metadata ...) is
 * rendered from these fields and the seeds on every read, so 200,000 rows cost a few tens of
 * megabytes, not gigabytes. Never mutated once stored: updates store a changed copy.
 */
final class LdtRow implements LdtSortable {

  enum Kind { PARTICIPANT, APPLICATION }

  /** The reserved entry group a booking went through, as it was when booked. */
  record Reserved(String groupId, String code, String groupName, String partnerId,
      String partnerName, ObjectNode partnerExternalIds) {}

  Kind kind;
  String id;
  String organiserId;
  String eventId;
  String occurrenceId;
  String raceId;
  String ticketId;
  long createdAt;
  long updatedAt;
  /** Seed of the person the entry is for. */
  long personSeed;
  /** Seed of the person who booked (equal to personSeed for self-bookings). */
  long bookerSeed;
  /** Seed of everything else that is rendered (tags, tracking, wave, result ...). */
  long detailSeed;
  String bookingId;
  String transactionId;
  int participantIndex;
  /** Booking status, the value of the {@code status} field. */
  String status;
  String applicationId;
  String approvalStatus;
  String resolutionType;
  String ballotDraw;
  String bibNumber;
  String bookingCode;
  boolean gdprRedacted;
  Reserved reserved;
  /** Field values set at runtime, by field id; they replace generated values. */
  Map<String, String> fieldOverrides = Map.of();

  LdtRow copy() {
    LdtRow c = new LdtRow();
    c.kind = kind;
    c.id = id;
    c.organiserId = organiserId;
    c.eventId = eventId;
    c.occurrenceId = occurrenceId;
    c.raceId = raceId;
    c.ticketId = ticketId;
    c.createdAt = createdAt;
    c.updatedAt = updatedAt;
    c.personSeed = personSeed;
    c.bookerSeed = bookerSeed;
    c.detailSeed = detailSeed;
    c.bookingId = bookingId;
    c.transactionId = transactionId;
    c.participantIndex = participantIndex;
    c.status = status;
    c.applicationId = applicationId;
    c.approvalStatus = approvalStatus;
    c.resolutionType = resolutionType;
    c.ballotDraw = ballotDraw;
    c.bibNumber = bibNumber;
    c.bookingCode = bookingCode;
    c.gdprRedacted = gdprRedacted;
    c.reserved = reserved;
    c.fieldOverrides = fieldOverrides;
    return c;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public long createdAtMillis() {
    return createdAt;
  }

  @Override
  public long updatedAtMillis() {
    return updatedAt;
  }
}
