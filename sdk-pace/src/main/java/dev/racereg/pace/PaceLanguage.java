package dev.racereg.pace;

/**
 * The {@code language} of a participant export: the language of the object <em>keys</em>.
 * PACE's default is {@link #EN}.
 *
 * <p>PACE keys each participant by human-readable column labels and translates those labels,
 * not the values, when Finnish is requested: {@code "Event name"} becomes {@code "Tapahtuma"}
 * (the only translation PACE documents), while a status stays {@code "succeeded"} and a date
 * stays {@code 2022-03-15}. Labels of organiser-defined custom fields are never translated.
 *
 * <p>How the SDK handles this: {@link PaceParticipant}'s typed accessors look each documented
 * field up by any label it is known by, in either language ({@link PaceField} holds the one
 * label table; its Finnish labels other than {@code "Tapahtuma"} are inferred). An unrecognised
 * key never fails parsing: it becomes an unknown member ({@link PaceParticipant#unknownFields()}),
 * and {@link PaceParticipant#row()} always holds every key and value exactly as received. So
 * {@link #FI} is only worth requesting when the received keys are shown to Finnish readers; the
 * typed view is the same either way.
 */
public enum PaceLanguage {
  /** English keys ({@code en}), PACE's default. */
  EN("en"),
  /** Finnish keys ({@code fi}). */
  FI("fi");

  private final String code;

  PaceLanguage(String code) {
    this.code = code;
  }

  /** The value sent on the wire: {@code en} or {@code fi}. */
  public String code() {
    return code;
  }
}
