package dev.racereg.runsignup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The answer to {@link RunSignupClient#editParticipants}: the rows as RunSignup stored them, when
 * it echoes them ({@code {"participants":[..]}}; inferred, see the package's
 * {@code RunSignupInferred}), and any other fields. Immutable.
 */
public final class EditParticipantsResult {

  private final List<RunSignupParticipant> participants;
  private final Map<String, JsonNode> extra;

  EditParticipantsResult(List<RunSignupParticipant> participants, Map<String, JsonNode> extra) {
    this.participants = List.copyOf(participants);
    this.extra = Map.copyOf(extra);
  }

  /** The edited rows as stored; empty when RunSignup did not echo them. */
  public List<RunSignupParticipant> participants() {
    return participants;
  }

  /** Other fields of the answer, as sent. */
  public Map<String, JsonNode> extra() {
    return RsuFields.copy(extra);
  }

  @Override
  public String toString() {
    return "EditParticipantsResult{" + participants.size() + " rows}";
  }
}
