/**
 * The PACE (pace.sport, Finland) client: {@link dev.racereg.pace.PaceClient} exports an event's
 * participants ({@code POST /api/events/getParticipants}), streamed as typed
 * {@link dev.racereg.pace.PaceParticipant}s; {@link dev.racereg.pace.PaceRegistrationSource} gives
 * the same data as unified {@link dev.racereg.core.model.Registration}s.
 *
 * <p>Inferred facts (not in PACE's documentation) are isolated and flagged: the Finnish column
 * labels in {@link dev.racereg.pace.PaceField}, the status values beyond {@code succeeded} in
 * {@link dev.racereg.pace.PaceRegistrationMapper}, and the error statuses listed on
 * {@link dev.racereg.pace.PaceClient}.
 */
package dev.racereg.pace;
