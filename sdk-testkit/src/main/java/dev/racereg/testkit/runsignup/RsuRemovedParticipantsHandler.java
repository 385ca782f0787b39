package dev.racereg.testkit.runsignup;

import static dev.racereg.testkit.runsignup.RsuParams.paging;
import static dev.racereg.testkit.runsignup.RsuParticipantsHandler.userJson;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.runsignup.RsuParams.Paging;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code GET /race/{race_id}/removed-participants}: removed registrations (some transferred to a
 * new registration), in the participant envelope with a {@code removed_date}, paged like the
 * participants.
 */
final class RsuRemovedParticipantsHandler {

  private final RsuState state;

  RsuRemovedParticipantsHandler(RsuState state) {
    this.state = state;
  }

  ArrayNode list(RsuParams p) {
    List<Integer> wanted = state.requestedEvents(p.get("event_id"));
    Paging paging = paging(p);
    List<RemovedParticipantSnapshot> all = state.data.removed;
    ArrayNode out = RsuWire.array();
    state.lock.readLock().lock();
    try {
      for (int e : wanted) {
        long eventId = state.data.events.get(e).eventId();
        List<RemovedParticipantSnapshot> matching = new ArrayList<>();
        for (RemovedParticipantSnapshot r : all) {
          if (r.eventId() == eventId && r.registrationId() > paging.after()
              && r.removedDate().getEpochSecond() >= paging.modifiedAfter()) {
            matching.add(r);
          }
        }
        if (paging.desc()) {
          Collections.reverse(matching);
        }
        ObjectNode wrapper = out.addObject();
        wrapper.set("event", state.eventHeader(e));
        ArrayNode rows = wrapper.putArray("participants");
        long skip = paging.skip();
        for (long i = skip; i < matching.size() && i < skip + paging.perPage(); i++) {
          RemovedParticipantSnapshot r = matching.get((int) i);
          ObjectNode row = rows.addObject();
          row.put("registration_id", r.registrationId());
          row.put("event_id", r.eventId());
          row.put("removed_reason", r.removedReason());
          row.put("new_registration_id", r.newRegistrationId());
          row.put("registration_date", RsuWire.SQL_DATE_TIME.format(r.registrationDate().atZone(RsuDataGenerator.ZONE)));
          row.put("removed_date", RsuWire.SQL_DATE_TIME.format(r.removedDate().atZone(RsuDataGenerator.ZONE)));
          row.set("user", userJson(r.user(), false));
        }
      }
    } finally {
      state.lock.readLock().unlock();
    }
    return out;
  }
}
