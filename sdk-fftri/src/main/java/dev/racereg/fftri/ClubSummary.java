package dev.racereg.fftri;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.model.UnknownFieldsModel;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * A club affiliated for a season, as listed by {@link FftriClient#clubs(ClubsParams)}: the key
 * it is listed under and its name. The doc lists each club as {@code "id": "name"}; when the
 * platform sends an object instead, its members besides {@code name} are kept in {@link
 * #unknownFields()}. A class rather than a record because the listing may grow.
 */
public final class ClubSummary extends UnknownFieldsModel {

  private final long id;
  private final String name;

  private ClubSummary(long id, String name) {
    this.id = id;
    this.name = Objects.requireNonNull(name, "name");
  }

  /** A listed club from its key and value (a name, or an object with a {@code name}). */
  static ClubSummary of(long id, String name, JsonNode value) {
    ClubSummary club = new ClubSummary(id, name);
    if (value.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        if (!member.getKey().equals("name")) {
          club.putUnknownField(member.getKey(), member.getValue());
        }
      }
    }
    return club;
  }

  /** The club's id (the list's key), for {@link FftriClient#club(ClubParams)}. */
  public long id() {
    return id;
  }

  /** The club's name. */
  public String name() {
    return name;
  }

  /** Equal when the id, the name and the unknown members are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ClubSummary && ((ClubSummary) o).id == id && ((ClubSummary) o).name.equals(name)
        && ((ClubSummary) o).unknownFields().equals(unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name);
  }

  @Override
  public String toString() {
    return "ClubSummary{id=" + id + ", name=" + name + "}";
  }
}
