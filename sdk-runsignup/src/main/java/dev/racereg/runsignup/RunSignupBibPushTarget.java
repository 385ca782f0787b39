package dev.racereg.runsignup;

import dev.racereg.core.error.ApiException;
import dev.racereg.core.error.BadRequestException;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.RaceRegException;
import dev.racereg.core.error.TransportException;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.unified.BibAssignment;
import dev.racereg.core.unified.BibPushOutcome;
import dev.racereg.core.unified.BibPushTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sets bibs on one RunSignup race's registrations, through
 * {@link RunSignupClient#editParticipants}, and reports an outcome per assignment in input order.
 * The native id of an assignment is the {@code registration_id}.
 *
 * <ul>
 *   <li>All assignments are checked before anything is sent (positive registration ids, bibs
 *       RunSignup can store, no registration or bib twice): a
 *       {@link ValidationException} names the first offender.</li>
 *   <li>Rows go in batches (at most 250 per request, inferred); a batch RunSignup accepts is
 *       {@link BibPushOutcome.Status#APPLIED} (or {@link BibPushOutcome.Status#FAILED} for a row it
 *       echoes with another bib).</li>
 *   <li>A batch RunSignup refuses (a bib taken, an unknown registration) is sent again one row
 *       at a time, which is harmless because setting a bib is idempotent, so each row gets its
 *       own {@link BibPushOutcome.Status#FAILED} or {@link BibPushOutcome.Status#APPLIED}. (Two
 *       registrations swapping bibs must then be in the same accepted batch.)</li>
 *   <li>A refusal that is not about rows (credentials, permission, throttling after retries) fails
 *       the batch and every later one without sending them.</li>
 *   <li>A network failure after the request may have left is {@link BibPushOutcome.Status#UNKNOWN}
 *       for its rows (read the participants to know); before, {@link BibPushOutcome.Status#FAILED}.</li>
 * </ul>
 */
public final class RunSignupBibPushTarget implements BibPushTarget {

  private final RunSignupClient client;
  private final long raceId;
  private final int batchSize;

  RunSignupBibPushTarget(RunSignupClient client, long raceId) {
    this(client, raceId, RunSignupInferred.EDIT_BATCH_SIZE);
  }

  RunSignupBibPushTarget(RunSignupClient client, long raceId, int batchSize) {
    this.client = Validation.required(client, "client");
    this.raceId = Validation.atLeast(raceId, 1, "raceId");
    this.batchSize = batchSize;
  }

  /** Always {@code runsignup}. */
  @Override
  public String provider() {
    return RunSignupUnifiedMapper.PROVIDER;
  }

  /** The race. */
  public long raceId() {
    return raceId;
  }

  /**
   * Sets the bibs; see the class Javadoc for batching and outcomes.
   *
   * @throws ValidationException before sending, if an assignment cannot be sent to RunSignup
   */
  @Override
  public List<BibPushOutcome> pushBibs(List<BibAssignment> assignments) {
    Objects.requireNonNull(assignments, "assignments");
    List<ParticipantEdit> edits = new ArrayList<>(assignments.size());
    Map<Long, Integer> seen = new HashMap<>();
    Map<String, Integer> bibs = new HashMap<>();
    for (int i = 0; i < assignments.size(); i++) {
      BibAssignment a = Objects.requireNonNull(assignments.get(i), "assignment");
      long id = registrationId(a.nativeId(), i);
      Integer other = seen.putIfAbsent(id, i);
      if (other != null) {
        throw new ValidationException("assignments[" + i + "].nativeId", "must not repeat assignments[" + other
            + "]: registration " + id);
      }
      ParticipantEdit edit;
      try {
        edit = ParticipantEdit.bib(id, a.bib());
      } catch (ValidationException e) {
        throw new ValidationException("assignments[" + i + "].bib", e.rule());
      }
      other = bibs.putIfAbsent(edit.bib().orElseThrow(), i);
      if (other != null) {
        throw new ValidationException("assignments[" + i + "].bib", "must be unique: bib " + a.bib()
            + " is also assigned by assignments[" + other + "]");
      }
      edits.add(edit);
    }
    List<BibPushOutcome> outcomes = new ArrayList<>(assignments.size());
    RaceRegException stop = null;
    for (int from = 0; from < edits.size(); from += batchSize) {
      int to = Math.min(from + batchSize, edits.size());
      List<BibAssignment> batch = assignments.subList(from, to);
      if (stop != null) {
        for (BibAssignment a : batch) {
          outcomes.add(BibPushOutcome.of(a, BibPushOutcome.Status.FAILED, "not sent: " + stop.getMessage()));
        }
        continue;
      }
      try {
        outcomes.addAll(push(batch, edits.subList(from, to)));
      } catch (ApiException e) {
        if (!isAboutRows(e)) {
          stop = e;
          batch.forEach(a -> outcomes.add(BibPushOutcome.of(a, BibPushOutcome.Status.FAILED, e.getMessage())));
        } else if (batch.size() == 1) {
          outcomes.add(BibPushOutcome.of(batch.get(0), BibPushOutcome.Status.FAILED, e.getMessage()));
        } else {
          for (int i = 0; i < batch.size(); i++) {
            outcomes.add(single(batch.get(i), edits.get(from + i)));
          }
        }
      } catch (TransportException e) {
        BibPushOutcome.Status result = e.requestMayHaveBeenSent() ? BibPushOutcome.Status.UNKNOWN
            : BibPushOutcome.Status.FAILED;
        batch.forEach(a -> outcomes.add(BibPushOutcome.of(a, result, e.getMessage())));
      } catch (RaceRegException e) {
        // the answer could not be read: RunSignup may well have stored the bibs
        batch.forEach(a -> outcomes.add(BibPushOutcome.of(a, BibPushOutcome.Status.UNKNOWN, e.getMessage())));
      }
    }
    return outcomes;
  }

  private BibPushOutcome single(BibAssignment a, ParticipantEdit edit) {
    try {
      return push(List.of(a), List.of(edit)).get(0);
    } catch (ApiException e) {
      return BibPushOutcome.of(a, BibPushOutcome.Status.FAILED, e.getMessage());
    } catch (TransportException e) {
      return BibPushOutcome.of(a, e.requestMayHaveBeenSent() ? BibPushOutcome.Status.UNKNOWN
          : BibPushOutcome.Status.FAILED, e.getMessage());
    } catch (RaceRegException e) {
      return BibPushOutcome.of(a, BibPushOutcome.Status.UNKNOWN, e.getMessage());
    }
  }

  private List<BibPushOutcome> push(List<BibAssignment> batch, List<ParticipantEdit> edits) {
    EditParticipantsResult result = client.editParticipants(EditParticipantsParams.builder().raceId(raceId)
        .edits(edits).build());
    Map<Long, RunSignupParticipant> echoed = new HashMap<>();
    result.participants().forEach(p -> echoed.put(p.registrationId(), p));
    List<BibPushOutcome> out = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      BibAssignment a = batch.get(i);
      RunSignupParticipant row = echoed.get(edits.get(i).registrationId());
      String stored = row == null ? null : row.bibNum().orElse(null);
      if (row != null && !edits.get(i).bib().orElseThrow().equals(stored)) {
        out.add(BibPushOutcome.of(a, BibPushOutcome.Status.FAILED, "RunSignup kept bib "
            + (stored == null ? "none" : stored)));
      } else {
        out.add(BibPushOutcome.of(a, BibPushOutcome.Status.APPLIED, null));
      }
    }
    return out;
  }

  /** Refusals of the rows themselves (retrying row by row can isolate them). */
  private static boolean isAboutRows(ApiException e) {
    return e instanceof BadRequestException
        || (e instanceof NotFoundException && !RunSignupErrorCode.of(e).equals(java.util.Optional.of(RunSignupErrorCode.RACE_NOT_FOUND)));
  }

  private static long registrationId(String nativeId, int index) {
    try {
      long id = Long.parseLong(nativeId.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ValidationException("assignments[" + index + "].nativeId",
        "must be a RunSignup registration id (a positive whole number), was '" + nativeId + "'");
  }

  @Override
  public String toString() {
    return "RunSignupBibPushTarget{raceId=" + raceId + "}";
  }
}
