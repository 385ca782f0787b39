package dev.racereg.testkit.letsdothis;

import dev.racereg.testkit.SimRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockResponse;

/**
 * Routes a request to the Let's Do This handlers: the path chooses the route (404), then the
 * method (405 with {@code Allow}), then the key is checked (401) and gives the organiser whose
 * data the handler may see.
 */
final class LdtRouter {

  private final LdtState state;
  private final LdtJwt jwt;
  private final LdtRowsHandler rows;
  private final LdtPartnersHandler partnerHandler;
  private final LdtReservedEntriesHandler entries;

  LdtRouter(LdtState state, LdtJwt jwt) {
    this.state = state;
    this.jwt = jwt;
    this.rows = new LdtRowsHandler(state);
    this.partnerHandler = new LdtPartnersHandler(state);
    this.entries = new LdtReservedEntriesHandler(state);
  }

  private enum Route {
    APPLICATIONS("applications", "GET"),
    APPLICATION("applications/*", "GET"),
    EVENT_APPLICATIONS("events/*/applications", "GET"),
    EVENT_RESERVED_ENTRIES("events/*/reserved-entries", "GET", "POST"),
    EVENT_TICKETS("events/*/tickets", "GET"),
    PARTICIPANTS("participants", "GET"),
    PARTICIPANT("participants/*", "GET"),
    RACE_PARTICIPANTS("races/*/participants", "GET"),
    PARTNERS("partners", "GET", "POST"),
    PARTNER("partners/*", "GET", "PATCH"),
    PARTNER_CLAIM_LINK("partners/*/claim-link", "POST"),
    RESERVED_ENTRY("reserved-entries/*", "GET", "PATCH", "DELETE");

    final String[] pattern;
    final List<String> methods;

    Route(String pattern, String... methods) {
      this.pattern = pattern.split("/");
      this.methods = List.of(methods);
    }

    /** The path parameter, "" when the route has none, or null when the path does not match. */
    String match(List<String> segments) {
      if (segments.size() != pattern.length) {
        return null;
      }
      String param = "";
      for (int i = 0; i < pattern.length; i++) {
        if (pattern[i].equals("*")) {
          if (segments.get(i).isEmpty()) {
            return null;
          }
          param = segments.get(i);
        } else if (!pattern[i].equals(segments.get(i))) {
          return null;
        }
      }
      return param;
    }
  }

  MockResponse route(SimRequest request) {
    List<String> segments = new ArrayList<>(request.segments());
    if (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    if (segments.isEmpty() || !segments.get(0).equals("v0")) {
      throw LdtApiException.notFound("Cannot " + request.method() + " " + request.path());
    }
    List<String> rest = segments.subList(1, segments.size());
    for (Route route : Route.values()) {
      String param = route.match(rest);
      if (param == null) {
        continue;
      }
      if (!route.methods.contains(request.method())) {
        throw LdtApiException.methodNotAllowed(request.method(), request.path(), route.methods);
      }
      String organiser = authenticate(request);
      return dispatch(route, request.method(), param, request, organiser);
    }
    throw LdtApiException.notFound("Cannot " + request.method() + " " + request.path());
  }

  private MockResponse dispatch(Route route, String method, String param, SimRequest request,
      String organiser) {
    switch (route) {
      case APPLICATIONS:
        return rows.listRows(request, organiser, state.applications, "applications", Set.of(), r -> true);
      case APPLICATION:
        return rows.getRow(request, organiser, state.applications, state.applicationIndex, param, "Application");
      case EVENT_APPLICATIONS:
        state.requireEvent(organiser, param);
        return rows.listRows(request, organiser, state.applications, "applications", Set.of(),
            r -> r.eventId.equals(param));
      case PARTICIPANTS:
        return rows.listRows(request, organiser, state.participants, "participants", Set.of(), r -> true);
      case PARTICIPANT:
        return rows.getRow(request, organiser, state.participants, state.participantIndex, param, "Participant");
      case RACE_PARTICIPANTS:
        return rows.raceParticipants(request, organiser, param);
      case PARTNERS:
        return method.equals("GET") ? partnerHandler.listPartners(request, organiser)
            : partnerHandler.createPartner(request, organiser);
      case PARTNER:
        return method.equals("GET") ? partnerHandler.getPartner(request, organiser, param)
            : partnerHandler.updatePartner(request, organiser, param);
      case PARTNER_CLAIM_LINK:
        return partnerHandler.createClaimLink(request, organiser, param);
      case EVENT_RESERVED_ENTRIES:
        return method.equals("GET") ? entries.listGroups(request, organiser, param)
            : entries.createGroup(request, organiser, param);
      case RESERVED_ENTRY:
        return method.equals("GET") ? entries.getGroup(request, organiser, param)
            : method.equals("PATCH") ? entries.updateGroup(request, organiser, param)
                : entries.deleteGroup(request, organiser, param);
      case EVENT_TICKETS:
        return entries.tickets(request, organiser, param);
      default:
        throw new IllegalStateException("unrouted " + route);
    }
  }

  private String authenticate(SimRequest request) {
    String header = request.header("Authorization").orElse("").trim();
    if (header.isEmpty()) {
      throw LdtApiException.unauthorized("Missing API key: send Authorization: Bearer <key>");
    }
    int space = header.indexOf(' ');
    if (space < 0 || !header.substring(0, space).equalsIgnoreCase("Bearer")
        || header.substring(space + 1).trim().isEmpty()) {
      throw LdtApiException.unauthorized("Authorization must use the Bearer scheme");
    }
    String token = header.substring(space + 1).trim();
    if (state.read(() -> state.revoked.contains(token))) {
      throw LdtApiException.unauthorized("API key has been revoked");
    }
    return jwt.verify(token, state.clock.instant());
  }
}
