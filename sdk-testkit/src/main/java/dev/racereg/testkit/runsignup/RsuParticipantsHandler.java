package dev.racereg.testkit.runsignup;

import static dev.racereg.testkit.runsignup.RsuParams.flag;
import static dev.racereg.testkit.runsignup.RsuParams.paging;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.testkit.runsignup.RsuParams.Paging;
import java.util.List;

/**
 * {@code GET /race/{race_id}/participants}: the active registrations of the requested events,
 * paged as RunSignup pages them, with questions and add-ons on request; and the participant row
 * every participant answer shares.
 */
final class RsuParticipantsHandler {

  private final RsuState state;

  RsuParticipantsHandler(RsuState state) {
    this.state = state;
  }

  ArrayNode list(RsuParams p) {
    List<Integer> wanted = state.requestedEvents(p.get("event_id"));
    Paging paging = paging(p);
    boolean questions = flag(p, "include_questions");
    boolean addons = flag(p, "include_registration_addons");
    state.lock.readLock().lock();
    try {
      ArrayNode out = RsuWire.array();
      for (int e : wanted) {
        ObjectNode wrapper = out.addObject();
        wrapper.set("event", state.eventHeader(e));
        ArrayNode rows = wrapper.putArray("participants");
        for (ParticipantSnapshot row : state.collect(e, paging.after(), paging.modifiedAfter(), paging.desc(),
            paging.skip(), paging.perPage())) {
          rows.add(participantJson(row, questions, addons));
        }
      }
      return out;
    } finally {
      state.lock.readLock().unlock();
    }
  }

  static ObjectNode participantJson(ParticipantSnapshot p, boolean questions, boolean addons) {
    ObjectNode row = RsuWire.object();
    row.put("registration_id", p.registrationId());
    row.put("event_id", p.eventId());
    row.put("bib_num", p.bibNum());
    row.put("chip_num", p.chipNum());
    row.put("age", p.age());
    row.put("registration_date", RsuWire.raceDateTime(p.registrationDate(), RsuDataGenerator.ZONE));
    row.put("last_modified", p.lastModified().getEpochSecond());
    row.put("team_id", p.teamId());
    row.put("team_name", p.teamName());
    row.put("race_fee", RsuWire.money(p.raceFeeCents()));
    row.put("amount_paid", RsuWire.money(p.amountPaidCents()));
    row.set("user", userJson(p.user(), true));
    if (questions) {
      ArrayNode list = row.putArray("question_responses");
      for (ParticipantSnapshot.QuestionResponseSnapshot q : p.questionResponses()) {
        ObjectNode qo = list.addObject();
        qo.put("question_id", q.questionId());
        qo.put("question_text", q.questionText());
        qo.put("response", q.response());
      }
    }
    if (addons) {
      // the shape two public clients read: every value a string, the amount in dollars
      ArrayNode list = row.putArray("participant_addons");
      for (ParticipantSnapshot.Addon a : p.addons()) {
        ObjectNode ao = list.addObject();
        ao.put("addon_id", Long.toString(a.addonId()));
        ao.put("addon_name", a.option() == null ? a.name() : a.name() + " (" + a.option() + ")");
        ao.put("quantity", Integer.toString(a.quantity()));
        ao.put("amount", java.math.BigDecimal.valueOf(a.priceCents() * a.quantity(), 2).toPlainString());
      }
    }
    return row;
  }

  static ObjectNode userJson(ParticipantSnapshot.User u, boolean withContact) {
    ObjectNode user = RsuWire.object();
    user.put("user_id", u.userId());
    user.put("first_name", u.firstName());
    user.put("middle_name", u.middleName());
    user.put("last_name", u.lastName());
    user.put("email", u.email());
    user.put("dob", u.dob() == null ? null : RsuWire.DOB.format(u.dob()));
    user.put("gender", u.gender());
    if (withContact) {
      user.put("phone", u.phone());
      ObjectNode address = user.putObject("address");
      address.put("street", u.address().street());
      address.put("city", u.address().city());
      address.put("state", u.address().state());
      address.put("zipcode", u.address().zipcode());
      address.put("country_code", u.address().countryCode());
    }
    return user;
  }
}
