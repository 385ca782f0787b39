package dev.racereg.testkit.runsignup;

import static dev.racereg.testkit.runsignup.RsuWire.FORMAT_NOT_SUPPORTED;
import static dev.racereg.testkit.runsignup.RsuWire.METHOD_NOT_SUPPORTED;
import static dev.racereg.testkit.runsignup.RsuWire.PERMISSION_DENIED;
import static dev.racereg.testkit.runsignup.RsuWire.UNKNOWN_METHOD;

import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.SimResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.MockResponse;

/**
 * Routes a request to its RunSignup handler: the caller-registration gate first, then the
 * endpoint by path and method (404 code 1 for an unknown path, 405 code 2 with {@code Allow} for
 * a wrong method), the response format ({@code format=json|xml}, XML by default; JSON always on
 * the OAuth token endpoints), authentication, the race id and the permission to manage the race.
 */
final class RsuRouter {

  private final RsuState state;
  private final RsuAuth auth;
  private final RsuCallerGate gate;
  private final RsuRaceHandler race;
  private final RsuParticipantsHandler participants;
  private final RsuRemovedParticipantsHandler removed;
  private final RsuParticipantWrites writes;
  private final RsuResultsHandler results;

  RsuRouter(RsuState state, RsuAuth auth, RsuCallerGate gate) {
    this.state = state;
    this.auth = auth;
    this.gate = gate;
    this.race = new RsuRaceHandler(state);
    this.participants = new RsuParticipantsHandler(state);
    this.removed = new RsuRemovedParticipantsHandler(state);
    this.writes = new RsuParticipantWrites(state);
    this.results = new RsuResultsHandler(state);
  }

  private enum Endpoint {
    LOGIN("POST"), LOGOUT("POST"), OAUTH_REDEEM("POST"), OAUTH_REFRESH("POST"), RACE("GET"),
    REGISTRATION_PERIODS("POST"), PARTICIPANTS("GET", "POST"), REMOVED_PARTICIPANTS("GET"),
    GET_RESULT_SETS("GET"), NEW_RESULT_SET("POST"), FULL_RESULTS("POST"), GET_RESULTS("GET");

    final Set<String> methods;

    Endpoint(String... methods) {
      this.methods = Set.of(methods);
    }
  }

  private record Route(Endpoint endpoint, String raceId) {}

  private static Route route(List<String> s) {
    if (s.isEmpty() || !s.get(0).equalsIgnoreCase("rest")) {
      return null;
    }
    int n = s.size();
    if (n == 2 && s.get(1).equalsIgnoreCase("login")) {
      return new Route(Endpoint.LOGIN, null);
    }
    if (n == 2 && s.get(1).equalsIgnoreCase("logout")) {
      return new Route(Endpoint.LOGOUT, null);
    }
    if (n == 4 && s.get(1).equalsIgnoreCase("v2") && s.get(2).equalsIgnoreCase("auth")) {
      if (s.get(3).equalsIgnoreCase("auth-code-redemption.json")) {
        return new Route(Endpoint.OAUTH_REDEEM, null);
      }
      if (s.get(3).equalsIgnoreCase("refresh-token.json")) {
        return new Route(Endpoint.OAUTH_REFRESH, null);
      }
      return null;
    }
    if (n < 3 || !s.get(1).equalsIgnoreCase("race")) {
      return null;
    }
    String race = s.get(2);
    if (n == 3) {
      return new Route(Endpoint.RACE, race);
    }
    String what = s.get(3).toLowerCase(Locale.ROOT);
    if (n == 4) {
      switch (what) {
        case "registration-periods": return new Route(Endpoint.REGISTRATION_PERIODS, race);
        case "participants": return new Route(Endpoint.PARTICIPANTS, race);
        case "removed-participants": return new Route(Endpoint.REMOVED_PARTICIPANTS, race);
        default: return null;
      }
    }
    if (n == 5 && what.equals("results")) {
      switch (s.get(4).toLowerCase(Locale.ROOT)) {
        case "get-result-sets": return new Route(Endpoint.GET_RESULT_SETS, race);
        case "new-result-set": return new Route(Endpoint.NEW_RESULT_SET, race);
        case "full-results": return new Route(Endpoint.FULL_RESULTS, race);
        case "get-results": return new Route(Endpoint.GET_RESULTS, race);
        default: return null;
      }
    }
    return null;
  }

  /**
   * Answers one request as RunSignup would; see the class documentation for the endpoints.
   * Never throws: every failure is an error response.
   */
  MockResponse handle(SimRequest request) {
    Optional<RsuWire.ApiError> refused = gate.enter(request);
    if (refused.isPresent()) {
      boolean json = request.path().contains("/v2/auth/")
          || request.query("format").map(v -> v.equalsIgnoreCase("json")).orElse(false);
      return RsuWire.error(json ? RsuWire.Format.JSON : RsuWire.Format.XML, refused.get());
    }
    try {
      return answer(request);
    } finally {
      gate.exit();
    }
  }

  private MockResponse answer(SimRequest request) {
    List<String> segments = new ArrayList<>(request.segments());
    while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    RsuParams params = new RsuParams(request);
    Route route = route(segments);
    boolean oauth = route != null
        && (route.endpoint() == Endpoint.OAUTH_REDEEM || route.endpoint() == Endpoint.OAUTH_REFRESH);
    RsuWire.Format format = oauth ? RsuWire.Format.JSON : RsuWire.Format.XML;
    String formatParam = params.get("format");
    boolean badFormat = false;
    if (!oauth && formatParam != null) {
      if (formatParam.equalsIgnoreCase("json")) {
        format = RsuWire.Format.JSON;
      } else if (!formatParam.equalsIgnoreCase("xml")) {
        badFormat = true;
      }
    }
    if (route == null) {
      return RsuWire.error(format, new RsuWire.ApiError(UNKNOWN_METHOD,
          RsuWire.message(UNKNOWN_METHOD) + ": " + request.path(), 404));
    }
    if (!route.endpoint().methods.contains(request.method())) {
      String allow = String.join(", ", route.endpoint().methods);
      return SimResponses.withAllow(RsuWire.error(format, new RsuWire.ApiError(METHOD_NOT_SUPPORTED,
          RsuWire.message(METHOD_NOT_SUPPORTED) + ": use " + allow, 405)), allow);
    }
    if (oauth) {
      try {
        return SimResponses.json(200, route.endpoint() == Endpoint.OAUTH_REDEEM
            ? auth.redeem(params.formMap()) : auth.refresh(params.formMap()));
      } catch (RsuAuth.OAuthError e) {
        return SimResponses.json(e.status, e.body());
      }
    }
    if (badFormat) {
      return RsuWire.error(format, new RsuWire.ApiError(FORMAT_NOT_SUPPORTED,
          RsuWire.message(FORMAT_NOT_SUPPORTED) + ": " + formatParam));
    }
    try {
      return dispatch(route, request, params, format);
    } catch (RsuWire.ApiError e) {
      return RsuWire.error(format, e);
    }
  }

  private MockResponse dispatch(Route route, SimRequest request, RsuParams p, RsuWire.Format f) {
    switch (route.endpoint()) {
      case LOGIN:
        return RsuWire.ok(f, auth.login(p.get("email"), p.get("password")));
      case LOGOUT:
        auth.logout(request);
        return RsuWire.ok(f, RsuWire.success());
      case RACE: {
        auth.authenticate(request); // public, but credentials that are sent must be valid
        state.checkRace(route.raceId());
        return RsuWire.ok(f, race.get());
      }
      case GET_RESULT_SETS: {
        Optional<RsuAuth.Principal> who = auth.authenticate(request);
        state.checkRace(route.raceId());
        return RsuWire.ok(f, results.getResultSets(p, canManage(who)));
      }
      case GET_RESULTS: {
        Optional<RsuAuth.Principal> who = auth.authenticate(request);
        state.checkRace(route.raceId());
        return RsuWire.ok(f, results.getResults(p, canManage(who)));
      }
      default:
        break;
    }
    Optional<RsuAuth.Principal> who = auth.authenticate(request);
    state.checkRace(route.raceId());
    if (!canManage(who)) {
      throw new RsuWire.ApiError(PERMISSION_DENIED);
    }
    switch (route.endpoint()) {
      case REGISTRATION_PERIODS:
        return RsuWire.ok(f, race.setRegistrationPeriods(p));
      case PARTICIPANTS:
        if (request.method().equals("GET")) {
          return RsuWire.ok(f, participants.list(p), RsuWire.XML_EVENT_PARTICIPANTS);
        }
        return RsuWire.ok(f, writes.post(p));
      case REMOVED_PARTICIPANTS:
        return RsuWire.ok(f, removed.list(p), RsuWire.XML_EVENT_PARTICIPANTS);
      case NEW_RESULT_SET:
        return RsuWire.ok(f, results.newResultSet(p));
      case FULL_RESULTS:
        return RsuWire.ok(f, results.fullResults(p));
      default:
        throw new RsuWire.ApiError(UNKNOWN_METHOD);
    }
  }

  private static boolean canManage(Optional<RsuAuth.Principal> who) {
    return who.isPresent() && who.get().raceAccess();
  }
}
