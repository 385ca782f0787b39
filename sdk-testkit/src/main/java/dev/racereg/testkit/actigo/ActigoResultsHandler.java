package dev.racereg.testkit.actigo;

import dev.racereg.testkit.SimRequest;
import mockwebserver3.MockResponse;

/**
 * {@code PUT .../activities/{id}/results.json}: a results sync, answered with {@code id},
 * {@code person} and {@code syncResultType} per result. The router has already checked the key
 * and the activity.
 */
final class ActigoResultsHandler {

  private final ActigoSync sync;

  ActigoResultsHandler(ActigoSync sync) {
    this.sync = sync;
  }

  MockResponse put(SimRequest request, ActivityState activity) {
    return ActigoJson.resultsAnswer(sync.syncResults(activity,
        ActigoSync.parseResultsJson(request.bodyBytes())));
  }
}
