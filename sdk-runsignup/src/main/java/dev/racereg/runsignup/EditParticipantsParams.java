package dev.racereg.runsignup;

import dev.racereg.core.RequestParams;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Parameters of {@link RunSignupClient#editParticipants}: bib and chip changes to existing
 * registrations of one race ({@code POST /race/{race_id}/participants}, which edits the rows whose
 * {@code registration_id} it is sent). Immutable.
 *
 * <p>{@link Builder#build()} refuses, before sending: no edits, the same registration twice, and
 * the same bib or chip given to two registrations.
 */
public final class EditParticipantsParams extends RequestParams {

  private final long raceId;
  private final List<ParticipantEdit> edits;
  private final RequestFormat requestFormat;

  private EditParticipantsParams(Builder b) {
    super(b);
    this.raceId = Validation.atLeast(Validation.required(b.raceId, "raceId"), 1, "raceId");
    this.edits = List.copyOf(b.edits);
    this.requestFormat = b.requestFormat;
    if (edits.isEmpty()) {
      throw new ValidationException("edits", "must hold at least one edit");
    }
    Set<Long> seen = new HashSet<>();
    Map<String, Long> bibs = new HashMap<>();
    Map<String, Long> chips = new HashMap<>();
    for (int i = 0; i < edits.size(); i++) {
      ParticipantEdit e = edits.get(i);
      if (!seen.add(e.registrationId())) {
        throw new ValidationException("edits[" + i + "].registrationId",
            "must not repeat: registration " + e.registrationId() + " is edited twice");
      }
      final int index = i;
      e.bib().ifPresent(bib -> unique(bibs, bib, e, index, "bib"));
      e.chip().ifPresent(chip -> unique(chips, chip, e, index, "chip"));
    }
  }

  private static void unique(Map<String, Long> taken, String number, ParticipantEdit e, int index, String field) {
    Long other = taken.putIfAbsent(number, e.registrationId());
    if (other != null) {
      throw new ValidationException("edits[" + index + "]." + field, "must be unique: " + field + " "
          + number + " is also given to registration " + other);
    }
  }

  /** A new builder (JSON request). */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The race. */
  public long raceId() {
    return raceId;
  }

  /** The edits, in sending order. */
  public List<ParticipantEdit> edits() {
    return edits;
  }

  /** The request document's format. Default JSON. */
  public RequestFormat requestFormat() {
    return requestFormat;
  }

  @Override
  protected void components(Components c) {
    c.add("raceId", raceId).add("edits", edits).add("requestFormat", requestFormat);
  }

  /** Builds {@link EditParticipantsParams}. */
  public static final class Builder extends RequestParams.Builder<EditParticipantsParams, Builder> {
    private Long raceId;
    private final List<ParticipantEdit> edits = new ArrayList<>();
    private RequestFormat requestFormat = RequestFormat.JSON;

    private Builder() {}

    private Builder(EditParticipantsParams p) {
      super(p);
      raceId = p.raceId;
      edits.addAll(p.edits);
      requestFormat = p.requestFormat;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The race (required). */
    public Builder raceId(long v) {
      raceId = v;
      return this;
    }

    /** Adds an edit. */
    public Builder addEdit(ParticipantEdit v) {
      edits.add(Objects.requireNonNull(v, "edit"));
      return this;
    }

    /** Replaces the edits. */
    public Builder edits(List<ParticipantEdit> v) {
      edits.clear();
      v.forEach(this::addEdit);
      return this;
    }

    /** The request document's format. Default {@link RequestFormat#JSON}. */
    public Builder requestFormat(RequestFormat v) {
      requestFormat = Objects.requireNonNull(v, "requestFormat");
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws ValidationException for the cases listed on {@link EditParticipantsParams}
     */
    @Override
    public EditParticipantsParams build() {
      return new EditParticipantsParams(this);
    }
  }
}
