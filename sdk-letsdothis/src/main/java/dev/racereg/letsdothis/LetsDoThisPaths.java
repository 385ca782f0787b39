package dev.racereg.letsdothis;

import java.util.Set;

/**
 * Every path and method of the Let's Do This API, in one place, relative to the base URL
 * ({@code https://api.letsdothis.com/v0}).
 *
 * <p><b>Confirmed</b> (seen in the platform's own material): {@link #APPLICATIONS}, {@link
 * #EVENT_APPLICATIONS}, {@link #PARTICIPANTS} and {@link #RACE_PARTICIPANTS}, all {@code GET}.
 *
 * <p><b>Inferred</b>: every other path. The published reference names the operations but not
 * their paths; these follow the REST pattern of the confirmed ones ({@code /applications/{id}},
 * {@code /events/{id}/...}). The method of "update a partner" is not confirmed either:
 * {@code PATCH} is inferred from its every-field-optional body. The reserved entry paths use
 * {@code reserved-entries}, the name of the doc's section. If the platform turns out to differ,
 * correcting a constant here corrects the client; {@link #isConfirmed(String)} lets tests and
 * tools tell the two apart.
 */
final class LetsDoThisPaths {

  /** {@code GET}: list applications. Confirmed. */
  static final String APPLICATIONS = "/applications";
  /** {@code GET}: one application. Inferred. */
  static final String APPLICATION = "/applications/{id}";
  /** {@code GET}: the applications of an event. Confirmed. */
  static final String EVENT_APPLICATIONS = "/events/{id}/applications";
  /** {@code GET}: list participants. Confirmed. */
  static final String PARTICIPANTS = "/participants";
  /** {@code GET}: one participant. Inferred. */
  static final String PARTICIPANT = "/participants/{id}";
  /** {@code GET}: the participants of a race. Confirmed. */
  static final String RACE_PARTICIPANTS = "/races/{id}/participants";
  /** {@code GET} list, {@code POST} create: partners. Inferred. */
  static final String PARTNERS = "/partners";
  /** {@code GET} one, {@link #UPDATE_PARTNER_METHOD} update: a partner. Inferred. */
  static final String PARTNER = "/partners/{id}";
  /** {@code POST}: create a claim link for a partner. Inferred. */
  static final String PARTNER_CLAIM_LINK = "/partners/{id}/claim-link";
  /** {@code GET}, {@code PATCH}, {@code DELETE}: one reserved entry group. Inferred. */
  static final String RESERVED_ENTRY_GROUP = "/reserved-entries/{id}";
  /** {@code GET} list, {@code POST} create: the reserved entry groups of an event. Inferred. */
  static final String EVENT_RESERVED_ENTRY_GROUPS = "/events/{id}/reserved-entries";
  /** {@code GET}: the tickets of an event. Inferred. */
  static final String EVENT_TICKETS = "/events/{id}/tickets";

  /** The method of "update a partner by ID" (inferred: the doc does not name it). */
  static final String UPDATE_PARTNER_METHOD = "PATCH";
  /** The method of "update a reserved entry group" (inferred, like the partner update). */
  static final String UPDATE_RESERVED_ENTRY_GROUP_METHOD = "PATCH";

  /** The paths the platform's own material confirms. */
  private static final Set<String> CONFIRMED =
      Set.of(APPLICATIONS, EVENT_APPLICATIONS, PARTICIPANTS, RACE_PARTICIPANTS);

  private LetsDoThisPaths() {}

  /** Whether a path template (one of the constants) is confirmed rather than inferred. */
  static boolean isConfirmed(String pathTemplate) {
    return CONFIRMED.contains(pathTemplate);
  }
}
