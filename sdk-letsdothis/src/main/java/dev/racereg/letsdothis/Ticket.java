package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.racereg.core.model.Money;
import dev.racereg.core.model.UnknownFieldsModel;
import java.util.Optional;

/**
 * A ticket available for an event, one item of {@code GET /events/{id}/tickets}. Immutable.
 *
 * <p><b>Inferred members.</b> The platform's reference collapses the ticket schema entirely. The
 * SDK reads the members a ticket's references elsewhere suggest: {@code id} (participants'
 * {@code ticketId}), {@code title} (their {@code ticketTitle}), {@code description}, {@code
 * eventId}, {@code eventOccurrenceId}, {@code raceId} and {@code price} (shaped like
 * {@code originalTicketPrice}). Everything else is kept in {@link #unknownFields()}.
 */
public final class Ticket extends UnknownFieldsModel {

  @JsonProperty("id")
  private String id;
  @JsonProperty("title")
  private String title;
  @JsonProperty("description")
  private String description;
  @JsonProperty("eventId")
  private String eventId;
  @JsonProperty("eventOccurrenceId")
  @JsonAlias("eventOccurenceId")
  private String eventOccurrenceId;
  @JsonProperty("raceId")
  private String raceId;
  @JsonProperty("price")
  @JsonDeserialize(using = Json.MoneyDeserializer.class)
  private Money price;

  private Ticket() {}

  /** The ticket's id. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The title, e.g. {@code 10k Standard Entry}. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The description. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The event. */
  public Optional<String> eventId() {
    return Optional.ofNullable(eventId);
  }

  /** The event occurrence (edition); {@code eventOccurenceId} is read too. */
  public Optional<String> eventOccurrenceId() {
    return Optional.ofNullable(eventOccurrenceId);
  }

  /** The race. */
  public Optional<String> raceId() {
    return Optional.ofNullable(raceId);
  }

  /** The price, in minor units of its currency. */
  public Optional<Money> price() {
    return Optional.ofNullable(price);
  }

  @Override
  public String toString() {
    return "Ticket{id=" + id + ", title=" + title + "}";
  }
}
