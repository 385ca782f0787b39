package dev.racereg.actigo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.model.UnknownFieldsModel;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Actigo's answer for one synced result: the result's {@code id}, the {@code person} it was
 * attached to (for an external person, the account Actigo found or created), and the
 * {@code syncResultType}. Other fields are kept in {@link #unknownFields()}. Immutable.
 */
public final class SyncedResult extends UnknownFieldsModel {

  private static final Set<String> FIELDS = Set.of("id", "person", "syncResultType");

  private final String id;
  private final ActigoPerson person;
  private final SyncResultType syncResultType;

  private SyncedResult(String id, ActigoPerson person, SyncResultType syncResultType,
      Map<String, JsonNode> unknownFields) {
    this.id = id;
    this.person = person;
    this.syncResultType = syncResultType;
    unknownFields.forEach(this::putUnknownField);
  }

  static SyncedResult fromJson(JsonNode node, String path) {
    Wire.object(node, path);
    JsonNode person = node.get("person");
    String type = Wire.text(node, "syncResultType", path);
    return new SyncedResult(Wire.text(node, "id", path),
        person == null || person.isNull() ? null : ActigoPerson.fromJson(person, path + ".person"),
        type == null || type.isEmpty() ? null : SyncResultType.of(type),
        Wire.unknownMembers(node, FIELDS));
  }

  /** The result's id on Actigo. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The person the result belongs to. */
  public Optional<ActigoPerson> person() {
    return Optional.ofNullable(person);
  }

  /** What Actigo did with the result. */
  public Optional<SyncResultType> syncResultType() {
    return Optional.ofNullable(syncResultType);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SyncedResult)) {
      return false;
    }
    SyncedResult r = (SyncedResult) o;
    return Objects.equals(id, r.id) && Objects.equals(person, r.person)
        && Objects.equals(syncResultType, r.syncResultType)
        && unknownFields().equals(r.unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, syncResultType);
  }

  @Override
  public String toString() {
    return "SyncedResult{id=" + id + ", " + syncResultType + ", " + person + "}";
  }
}
