package dev.racereg.core.unified;

import java.util.List;

/**
 * A platform that accepts bib numbers back from the timer, for one event.
 */
public interface BibPushTarget {

  /** The platform's short name. */
  String provider();

  /**
   * Sets the bibs. Returns one outcome per assignment, in input order: nothing is dropped, and a
   * failed batch reports which assignments were and were not applied.
   *
   * @throws dev.racereg.core.error.ValidationException before sending if an assignment is invalid
   *     for the platform
   */
  List<BibPushOutcome> pushBibs(List<BibAssignment> assignments);
}
