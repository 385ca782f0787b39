package dev.racereg.runsignup;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * The {@code sort} of participant lists (seen: {@code registration_id ASC}). Open: any other sort
 * RunSignup accepts can be given with {@link #of(String)}.
 */
public final class ParticipantSort extends OpenEnum {

  private static final Values<ParticipantSort> VALUES = new Values<>(ParticipantSort::new);

  /** Oldest registration first; the order registration-id paging needs. */
  public static final ParticipantSort REGISTRATION_ID_ASC = VALUES.known("registration_id ASC");
  /** Newest registration first. */
  public static final ParticipantSort REGISTRATION_ID_DESC = VALUES.known("registration_id DESC");

  private ParticipantSort(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known sort, or another sort expression sent as given.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static ParticipantSort of(String value) {
    return VALUES.of(value);
  }
}
