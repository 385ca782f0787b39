package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The answer to {@link RunSignupClient#editParticipants}: the rows as RunSignup stored them, when
 * it echoes them ({@code {"participants":[..]}}; inferred, see the package's
 * {@code RunSignupInferred}), and any other fields. Immutable.
 */
public final class EditParticipantsResult extends UnknownFieldsModel {

  private final List<RunSignupParticipant> participants;

  EditParticipantsResult(List<RunSignupParticipant> participants, Map<String, JsonNode> extra) {
    this.participants = List.copyOf(participants);
    extra.forEach(this::putUnknownField);
  }

  /** The edited rows as stored; empty when RunSignup did not echo them. */
  public List<RunSignupParticipant> participants() {
    return participants;
  }


  @Override
  public String toString() {
    return "EditParticipantsResult{" + participants.size() + " rows}";
  }
}
