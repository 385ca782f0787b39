package dev.racereg.core.unified;

import java.util.List;

/**
 * A platform that accepts results from the timer, for one event. {@link ResultPush} wraps any
 * target so that a failure of the whole push still yields one outcome per row.
 */
public interface ResultPushTarget {

  /** The platform's short name. */
  String provider();

  /**
   * Publishes the results. Returns one outcome per result, in input order: nothing is dropped, a
   * row the platform cannot take is {@link ResultPushOutcome.Status#NOT_SENT} with the reason,
   * and a failed request reports which rows were and were not applied.
   *
   * @throws dev.racereg.core.error.ValidationException before sending, if the list holds the
   *     same participant twice
   * @throws dev.racereg.core.error.RaceRegException if the push cannot start (credentials refused,
   *     the platform unreachable before anything was sent)
   */
  List<ResultPushOutcome> pushResults(List<Result> results);
}
