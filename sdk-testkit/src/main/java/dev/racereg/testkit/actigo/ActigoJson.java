package dev.racereg.testkit.actigo;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.racereg.testkit.SimResponses;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;

/**
 * The JSON the API answers, written straight to a generator: one renderer for downloads (streamed)
 * and sync answers, so they cannot drift apart. Field order follows the documentation's example.
 */
final class ActigoJson {

  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private ActigoJson() {}

  /** The download: every registration, streamed. */
  static MockResponse registrationStream(Supplier<? extends Iterator<ActigoRegistrationRow>> rows) {
    return SimResponses.chunked(CONTENT_TYPE, out -> {
      try (JsonGenerator g = SimResponses.JSON.getFactory().createGenerator(out)) {
        g.writeStartArray();
        for (Iterator<ActigoRegistrationRow> it = rows.get(); it.hasNext(); ) {
          writeRegistration(g, it.next(), null);
        }
        g.writeEndArray();
      }
    });
  }

  /** The answer of a registration sync: each registration with its {@code syncResultType}. */
  static MockResponse syncAnswer(List<ActigoSync.Outcome> outcomes) {
    return SimResponses.text(200, CONTENT_TYPE, write(g -> {
      g.writeStartArray();
      for (ActigoSync.Outcome o : outcomes) {
        writeRegistration(g, o.registration(), o.syncResultType());
      }
      g.writeEndArray();
    }));
  }

  /** The answer of a results sync: {@code id}, {@code person}, {@code syncResultType} per result. */
  static MockResponse resultsAnswer(List<ActigoSync.ResultOutcome> outcomes) {
    return SimResponses.text(200, CONTENT_TYPE, write(g -> {
      g.writeStartArray();
      for (ActigoSync.ResultOutcome o : outcomes) {
        ActigoResultRow.Person p = o.result().person();
        g.writeStartObject();
        g.writeStringField("id", o.result().id());
        g.writeObjectFieldStart("person");
        g.writeStringField("id", p.id());
        g.writeStringField("givenName", p.givenName());
        if (p.middleName() != null) {
          g.writeStringField("middleName", p.middleName());
        }
        g.writeStringField("surname", p.surname());
        g.writeStringField("sex", p.sex());
        g.writeStringField("birthDate", ActigoContract.jsonBirthDate(p.birthDate()));
        g.writeStringField("country", p.country());
        g.writeEndObject();
        g.writeStringField("syncResultType", o.syncResultType());
        g.writeEndObject();
      }
      g.writeEndArray();
    }));
  }

  /**
   * One registration: {@code id, created, code, state, startNumber?, amount{value, currency},
   * person{id, isProfilePublic, givenName, middleName?, surname, sex, birthDate, language,
   * nickname, country, name, ref}}, then {@code syncResultType} when not null.
   */
  static void writeRegistration(JsonGenerator g, ActigoRegistrationRow r, String syncResultType)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("created", ActigoContract.created(r.created()));
    g.writeStringField("code", r.code());
    g.writeStringField("state", r.state());
    if (r.startNumber() != null) {
      g.writeStringField("startNumber", r.startNumber());
    }
    g.writeObjectFieldStart("amount");
    g.writeNumberField("value", r.amountValue());
    g.writeStringField("currency", r.currency());
    g.writeEndObject();
    ActigoPersonRow p = r.person();
    g.writeObjectFieldStart("person");
    g.writeStringField("id", p.id());
    g.writeBooleanField("isProfilePublic", p.isProfilePublic());
    g.writeStringField("givenName", p.givenName());
    if (p.middleName() != null) {
      g.writeStringField("middleName", p.middleName());
    }
    g.writeStringField("surname", p.surname());
    g.writeStringField("sex", p.sex());
    g.writeStringField("birthDate", ActigoContract.jsonBirthDate(p.birthDate()));
    g.writeStringField("language", p.language());
    g.writeStringField("nickname", p.nickname());
    g.writeStringField("country", p.country());
    g.writeStringField("name", p.name());
    g.writeStringField("ref", p.ref());
    g.writeEndObject();
    if (syncResultType != null) {
      g.writeStringField("syncResultType", syncResultType);
    }
    g.writeEndObject();
  }

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = SimResponses.JSON.getFactory().createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
