package dev.racereg.actigo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Actigo's answer for one synced result: the result's {@code id}, the {@code person} it was
 * attached to (for an external person, the account Actigo found or created), and the
 * {@code syncResultType}. Other fields are kept in {@link #extra()}. Immutable.
 */
public final class SyncedResult {

  private static final Set<String> FIELDS = Set.of("id", "person", "syncResultType");

  private final String id;
  private final ActigoPerson person;
  private final SyncResultType syncResultType;
  private final Map<String, JsonNode> extra;

  /**
   * @param id the result's id, may be null
   * @param person the person, may be null
   * @param syncResultType what Actigo did, may be null
   * @param extra other fields (copied)
   */
  public SyncedResult(String id, ActigoPerson person, SyncResultType syncResultType,
      Map<String, JsonNode> extra) {
    this.id = id;
    this.person = person;
    this.syncResultType = syncResultType;
    this.extra = Wire.copy(Objects.requireNonNull(extra, "extra"));
  }

  static SyncedResult fromJson(JsonNode node, String path) {
    Wire.object(node, path);
    JsonNode person = node.get("person");
    String type = Wire.text(node, "syncResultType", path);
    return new SyncedResult(Wire.text(node, "id", path),
        person == null || person.isNull() ? null : ActigoPerson.fromJson(person, path + ".person"),
        type == null || type.isEmpty() ? null : SyncResultType.of(type),
        Wire.extra(node, FIELDS));
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

  /** Fields this SDK does not know (copies). */
  public Map<String, JsonNode> extra() {
    return Wire.copy(extra);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SyncedResult)) {
      return false;
    }
    SyncedResult r = (SyncedResult) o;
    return Objects.equals(id, r.id) && Objects.equals(person, r.person)
        && Objects.equals(syncResultType, r.syncResultType) && extra.equals(r.extra);
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
