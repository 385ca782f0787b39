package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A result set of an event, from {@code GET /race/{race_id}/results/get-result-sets}. The field
 * names are inferred (see the package's {@code RunSignupInferred}): {@code individual_result_set_id},
 * {@code individual_result_set_name}, {@code public_results}, {@code results_source_name},
 * {@code results_source_url}, {@code num_results}, {@code created}, {@code last_modified}.
 * Immutable; anything else is kept in {@link #unknownFields()}.
 */
public final class RunSignupResultSet extends UnknownFieldsModel {

  private final long resultSetId;
  private final String name;
  private final Boolean publicResults;
  private final String sourceName;
  private final String sourceUrl;
  private final Long numResults;
  private final LocalDateTime created;
  private final LocalDateTime lastModified;

  private RunSignupResultSet(RsuFields f) {
    this.resultSetId = f.requiredLong(RunSignupInferred.RESULT_SET_ID);
    this.name = f.text(RunSignupInferred.RESULT_SET_NAME);
    this.publicResults = f.bool("public_results");
    this.sourceName = f.text("results_source_name");
    this.sourceUrl = f.text("results_source_url");
    this.numResults = f.longValue("num_results");
    this.created = f.dateTime("created");
    this.lastModified = f.dateTime("last_modified");
    f.rest().forEach(this::putUnknownField);
  }

  static RunSignupResultSet from(JsonNode node) {
    return new RunSignupResultSet(RsuFields.of(node, "a result set"));
  }

  /** The result set's id. */
  public long resultSetId() {
    return resultSetId;
  }

  /** Its name, e.g. {@code Overall}. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Whether the public can see it. */
  public Optional<Boolean> publicResults() {
    return Optional.ofNullable(publicResults);
  }

  /** Who produced the results (e.g. the timer). */
  public Optional<String> sourceName() {
    return Optional.ofNullable(sourceName);
  }

  /** Link to the producer. */
  public Optional<String> sourceUrl() {
    return Optional.ofNullable(sourceUrl);
  }

  /** How many rows it holds. */
  public OptionalLong numResults() {
    return numResults == null ? OptionalLong.empty() : OptionalLong.of(numResults);
  }

  /** When it was created (platform time, no zone). */
  public Optional<LocalDateTime> created() {
    return Optional.ofNullable(created);
  }

  /** When it last changed (platform time, no zone). */
  public Optional<LocalDateTime> lastModified() {
    return Optional.ofNullable(lastModified);
  }


  @Override
  public String toString() {
    return "RunSignupResultSet{" + resultSetId + ", " + name + "}";
  }
}
