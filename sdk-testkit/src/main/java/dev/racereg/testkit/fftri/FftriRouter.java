package dev.racereg.testkit.fftri;

import dev.racereg.testkit.SimRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mockwebserver3.MockResponse;

/**
 * Routes a request to the FFTri simulator's handlers: the first path segment and the number of
 * path parameters choose the operation (404 otherwise), then the method (405), then
 * {@code X-USER} and {@code Authorization} (401), then {@code X-Auth-Token} where the operation
 * needs it (403).
 */
final class FftriRouter {

  /** What the token check applies to. */
  private enum TokenRule { NONE, PASS, ITU }

  /** The documented operations: first path segment, method, number of path parameters. */
  private enum Route {
    PING("ping", "GET", 0, 0, TokenRule.NONE),
    SEASONS("seasons", "GET", 0, 0, TokenRule.NONE),
    CLUBS("clubs", "GET", 1, 1, TokenRule.NONE),
    CLUB("club", "GET", 1, 1, TokenRule.NONE),
    AGE_CATEGORIES("age-categories", "GET", 1, 1, TokenRule.NONE),
    TEST_LICENCE("test-licence", "POST", 1, 1, TokenRule.NONE),
    LICENCE_INFOS("licence-infos", "POST", 1, 1, TokenRule.NONE),
    CREATE_PASS("create-pass-competition", "POST", 0, 0, TokenRule.PASS),
    UPDATE_PASS("update-pass-competition", "POST", 0, 0, TokenRule.PASS),
    VERIFY_PASS("pass-competition", "GET", 2, 2, TokenRule.PASS),
    LIST_PASSES("pass-competition-list", "GET", 2, 4, TokenRule.PASS),
    TRIALS_BY_ORGA("get-trials-by-orga", "GET", 2, 2, TokenRule.NONE),
    ITU_FEDERATION("itu-federation", "GET", 1, 1, TokenRule.ITU),
    ITU_AFFILIATED("get-itu-affiliated-federation", "GET", 0, 0, TokenRule.ITU),
    ITU_FEDERATIONS("itu-federations", "GET", 0, 0, TokenRule.ITU);

    final String segment;
    final String method;
    final int minParams;
    final int maxParams;
    final TokenRule token;

    Route(String segment, String method, int minParams, int maxParams, TokenRule token) {
      this.segment = segment;
      this.method = method;
      this.minParams = minParams;
      this.maxParams = maxParams;
      this.token = token;
    }

    static Optional<Route> match(String segment, int params) {
      for (Route route : values()) {
        if (route.segment.equals(segment) && params >= route.minParams && params <= route.maxParams) {
          return Optional.of(route);
        }
      }
      return Optional.empty();
    }
  }


  private final FftriSandboxCredentials credentials;
  private final boolean tokenRequiredOnItu;
  private final FftriReferenceHandler reference;
  private final FftriLicenceHandler licences;
  private final FftriPassHandler passes;
  private final FftriTrialsHandler trials;

  FftriRouter(FftriSandboxCredentials credentials, boolean tokenRequiredOnItu, FftriReferenceHandler reference,
      FftriLicenceHandler licences, FftriPassHandler passes, FftriTrialsHandler trials) {
    this.credentials = credentials;
    this.tokenRequiredOnItu = tokenRequiredOnItu;
    this.reference = reference;
    this.licences = licences;
    this.passes = passes;
    this.trials = trials;
  }

  MockResponse route(SimRequest request) {
    List<String> segments = new ArrayList<>(request.segments());
    while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    if (segments.size() < 2 || !"api".equals(segments.get(0))) {
      return FftriWire.noRoute(request.method(), request.path());
    }
    List<String> params = segments.subList(2, segments.size());
    Optional<Route> match = Route.match(segments.get(1), params.size());
    if (match.isEmpty()) {
      return FftriWire.noRoute(request.method(), request.path());
    }
    Route route = match.get();
    if (!route.method.equals(request.method())) {
      return FftriWire.methodNotAllowed(request.method(), request.path(), route.method);
    }
    try {
      authenticate(request, route);
      return dispatch(route, params, request);
    } catch (FftriRefusal refusal) {
      return refusal.response;
    }
  }

  private MockResponse dispatch(Route route, List<String> params, SimRequest request) {
    switch (route) {
      case PING:
        return reference.ping();
      case SEASONS:
        return reference.seasonsList();
      case CLUBS:
        return reference.clubsOfSeason(params.get(0));
      case CLUB:
        return reference.clubInfo(params.get(0));
      case AGE_CATEGORIES:
        return reference.ageCategories(params.get(0));
      case TEST_LICENCE:
        return licences.testLicence(params.get(0), request);
      case LICENCE_INFOS:
        return licences.licenceInfos(params.get(0), request);
      case CREATE_PASS:
        return passes.createPass(request);
      case UPDATE_PASS:
        return passes.updatePass(request);
      case VERIFY_PASS:
        return passes.verifyPass(params.get(0), params.get(1));
      case LIST_PASSES:
        return passes.listPasses(params);
      case TRIALS_BY_ORGA:
        return trials.trialsByOrganiser(params.get(0), params.get(1));
      case ITU_FEDERATION:
        return reference.ituFederation(params.get(0));
      case ITU_AFFILIATED:
        return reference.ituAffiliated();
      case ITU_FEDERATIONS:
        return reference.ituFederationsList();
      default:
        throw new IllegalStateException("unrouted " + route);
    }
  }

  private void authenticate(SimRequest request, Route route) {
    String user = request.header("X-USER").map(String::trim).orElse("");
    String key = request.header("Authorization").map(String::trim).orElse("");
    if (user.isEmpty() || key.isEmpty()) {
      throw new FftriRefusal(FftriWire.missingCredentials());
    }
    if (!user.equals(credentials.username()) || !key.equals(credentials.apiKey())) {
      throw new FftriRefusal(FftriWire.wrongCredentials());
    }
    boolean tokenNeeded = route.token == TokenRule.PASS
        || (route.token == TokenRule.ITU && tokenRequiredOnItu);
    if (tokenNeeded) {
      String sent = request.header("X-Auth-Token").map(String::trim).orElse("");
      // rebuilt from the headers received, as the doc says the platform does
      String expected = FftriSimulator.authToken(user, key, credentials.passphrase(), credentials.tokenAlgorithm());
      if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
          sent.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
        throw new FftriRefusal(FftriWire.refusedToken());
      }
    }
  }
}
