package dev.racereg.testkit.runsignup;

import java.time.Instant;

/**
 * One individual result set of an event.
 *
 * @param resultSetId the set's id ({@code individual_result_set_id})
 * @param eventId the event it belongs to
 * @param name the set's name ({@code individual_result_set_name})
 * @param publicResults whether anonymous callers can read it
 * @param created when it was created (from the simulator's clock)
 * @param lastModified when results were last posted to it
 * @param resultCount how many result rows it holds
 */
public record ResultSetSnapshot(long resultSetId, long eventId, String name, boolean publicResults,
    Instant created, Instant lastModified, int resultCount) {}
