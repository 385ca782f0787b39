/**
 * A simulator of PACE (pace.sport, Finland): its single third-party endpoint,
 * {@code POST /api/events/getParticipants}, which exports an event's participants as a JSON array
 * keyed by human-readable (optionally Finnish) labels. Start with
 * {@link dev.racereg.testkit.pace.PaceSimulator#builder()}.
 *
 * <p>Written from PACE's developer documentation (last modified 2022-03-22) and independent of
 * the racereg PACE client. Where the documentation is silent the simulator's choices are marked
 * "inferred": the error body {@code {"error":"<message>"}}, the statuses other than
 * {@code succeeded}, the Finnish labels other than {@code "Tapahtuma"} (kept in English), and
 * {@code updatedAfter} being exclusive.
 */
package dev.racereg.testkit.pace;
