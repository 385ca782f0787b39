package dev.racereg.testkit.actigo;

import dev.racereg.testkit.SimRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;

/**
 * Routes a request to the Actigo simulator's handlers after the checks every endpoint shares, in
 * this order: path (404), method (405 with {@code Allow}), key (401), activity (404), membership
 * (403); a body the handler cannot read gives 400.
 */
final class ActigoRouter {

  private enum Endpoint {
    REGISTRATIONS_JSON("registrations.json", "GET, PUT"),
    REGISTRATIONS_CSV("registrations.csv", "GET, PUT"),
    RESULTS_JSON("results.json", "PUT");

    final String file;
    final String allow;

    Endpoint(String file, String allow) {
      this.file = file;
      this.allow = allow;
    }

    static Endpoint of(String file) {
      for (Endpoint e : values()) {
        if (e.file.equals(file)) {
          return e;
        }
      }
      return null;
    }

    boolean allows(String method) {
      return List.of(allow.split(", ")).contains(method);
    }
  }

  private final ActigoKeys keys;
  private final Map<String, ActivityState> activities;
  private final ActigoRegistrationsHandler registrations;
  private final ActigoResultsHandler results;

  ActigoRouter(ActigoKeys keys, Map<String, ActivityState> activities, ActigoSync sync) {
    this.keys = keys;
    this.activities = activities;
    this.registrations = new ActigoRegistrationsHandler(sync);
    this.results = new ActigoResultsHandler(sync);
  }

  MockResponse route(SimRequest request) {
    List<String> s = request.segments();
    Endpoint endpoint = s.size() == 5 && s.get(0).equals("api") && s.get(1).equals("events")
        && s.get(2).equals("activities") ? Endpoint.of(s.get(4)) : null;
    if (endpoint == null) {
      return ActigoContract.error(404, "no such resource: " + request.path());
    }
    if (!endpoint.allows(request.method())) {
      return ActigoContract.methodNotAllowed(request.method(), endpoint.allow);
    }
    Optional<String> authorization = request.header("Authorization");
    if (authorization.isEmpty()) {
      return ActigoContract.error(401, "an access key is required: Authorization: Basic "
          + "base64(keyName:keySecret)");
    }
    ActigoKeys.Key key = keys.authenticate(authorization.get());
    if (key == null) {
      return ActigoContract.error(401, "the access key is not valid");
    }
    String activityId = s.get(3);
    ActivityState activity = ActigoContract.OBJECT_ID.matcher(activityId).matches()
        ? activities.get(activityId.toLowerCase(Locale.ROOT)) : null;
    if (activity == null) {
      return ActigoContract.error(404, "organized activity " + activityId + " not found");
    }
    if (!keys.mayAccess(key, activity.data.organiserId)) {
      return ActigoContract.error(403, "the access key's user is not a member of the organiser "
          + "of activity " + activity.data.activityId + " nor of an associated organisation");
    }
    try {
      switch (endpoint) {
        case REGISTRATIONS_JSON:
          return registrations.json(request, activity);
        case REGISTRATIONS_CSV:
          return registrations.csv(request, activity);
        case RESULTS_JSON:
          return results.put(request, activity);
        default:
          throw new IllegalStateException("unhandled endpoint " + endpoint);
      }
    } catch (ActigoSync.BadRequest e) {
      return ActigoContract.error(400, e.getMessage());
    }
  }
}
