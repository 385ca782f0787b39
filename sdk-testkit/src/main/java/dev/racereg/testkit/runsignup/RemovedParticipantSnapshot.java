package dev.racereg.testkit.runsignup;

import java.time.Instant;

/**
 * A registration that left the race, as {@code GET /race/{race_id}/removed-participants} shows it.
 *
 * @param registrationId the removed registration's id
 * @param eventId the event it was registered for
 * @param removedReason one of {@code cleared}, {@code removed}, {@code transferred},
 *     {@code deferred}
 * @param newRegistrationId for {@code transferred}, the registration that replaced it (an active
 *     participant); {@code null} otherwise
 * @param registrationDate when the registration was made
 * @param removedDate when it was removed
 * @param user the person who was registered
 */
public record RemovedParticipantSnapshot(long registrationId, long eventId, String removedReason,
    Long newRegistrationId, Instant registrationDate, Instant removedDate,
    ParticipantSnapshot.User user) {}
