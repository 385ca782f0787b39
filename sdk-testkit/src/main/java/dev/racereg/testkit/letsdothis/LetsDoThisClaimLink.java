package dev.racereg.testkit.letsdothis;

import java.time.Instant;

/**
 * A claim link the simulator created through {@code POST /v0/partners/{id}/claim-link}: what the
 * real platform would e-mail to the partner.
 *
 * @param partnerId the partner the link is for
 * @param reservedEntryId the reserved entry group the link manages, or null for the general
 *     partner dashboard
 * @param emailAddress where the link would be sent, or null when none was given
 * @param url the link itself, as returned in the response
 * @param createdAt when it was created, from the simulator's clock
 */
public record LetsDoThisClaimLink(String partnerId, String reservedEntryId, String emailAddress,
    String url, Instant createdAt) {}
