package dev.racereg.testkit.letsdothis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.SimRequest;
import dev.racereg.testkit.SimResponses;
import dev.racereg.testkit.letsdothis.LdtCatalog.Race;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;

/**
 * Applications and participants: {@code GET /applications}, {@code /applications/{id}},
 * {@code /events/{id}/applications}, {@code /participants}, {@code /participants/{id}} and
 * {@code /races/{id}/participants}, paged by cursor.
 */
final class LdtRowsHandler {

  private final LdtState state;

  LdtRowsHandler(LdtState state) {
    this.state = state;
  }

  MockResponse listRows(SimRequest request, String organiser, List<LdtRow> rows,
      String collection, Set<String> filters, Predicate<LdtRow> filter) {
    LdtListQuery query = LdtListQuery.parse(request, collection, filters, true, state.cursors);
    return listRows(query, organiser, rows, collection, filter);
  }

  MockResponse listRows(LdtListQuery query, String organiser, List<LdtRow> rows,
      String collection, Predicate<LdtRow> filter) {
    LdtPager.Page<LdtRow> page = state.read(() -> LdtPager.page(rows,
        r -> r.organiserId.equals(organiser) && filter.test(r), query, collection, state.cursors));
    ArrayNode data = SimResponses.JSON.createArrayNode();
    for (LdtRow row : page.rows()) {
      ObjectNode full = state.render(row);
      data.add(query.extendMetadata ? full : LdtRender.stripMetadata(full));
    }
    return SimResponses.json(200, state.envelope(data, page));
  }

  MockResponse raceParticipants(SimRequest request, String organiser, String raceId) {
    Race race = state.catalog.raceById.get(raceId);
    if (race == null || !organiser.equals(state.organiserId)) {
      throw LdtApiException.notFound("Race " + raceId + " not found");
    }
    // the doc's parameter is eventOccurrenceId; the other spelling seen in one doc table is
    // accepted too
    LdtListQuery query = LdtListQuery.parse(request, "participants",
        Set.of("eventOccurrenceId", "eventOccurenceId"), true, state.cursors);
    Optional<String> occurrence = query.filter("eventOccurrenceId")
        .or(() -> query.filter("eventOccurenceId"));
    return listRows(query, organiser, state.participants, "participants",
        r -> r.raceId.equals(raceId)
            && occurrence.map(o -> o.equals(r.occurrenceId)).orElse(true));
  }

  MockResponse getRow(SimRequest request, String organiser, List<LdtRow> rows,
      Map<String, Integer> index, String id, String what) {
    LdtBodies.onlyQuery(request, Set.of("extendMetadata"));
    String extend = request.query("extendMetadata").orElse("");
    if (!extend.isEmpty() && !extend.equals("true") && !extend.equals("false")) {
      throw LdtApiException.validation(List.of("extendMetadata must be a boolean value"));
    }
    LdtRow row = state.read(() -> Optional.ofNullable(index.get(id)).map(rows::get).orElse(null));
    if (row == null || !row.organiserId.equals(organiser)) {
      throw LdtApiException.notFound(what + " " + id + " not found");
    }
    ObjectNode full = state.render(row);
    return SimResponses.json(200, extend.equals("true") ? full : LdtRender.stripMetadata(full));
  }
}
