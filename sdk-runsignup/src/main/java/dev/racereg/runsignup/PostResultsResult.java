package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The answer to {@link RunSignupClient#postFullResults}: how many rows RunSignup inserted and
 * updated, when it says ({@code num_results_inserted}, {@code num_results_updated}; inferred, see
 * the package's {@code RunSignupInferred}). Immutable.
 */
public final class PostResultsResult extends UnknownFieldsModel {

  private final Long inserted;
  private final Long updated;

  PostResultsResult(Long inserted, Long updated, Map<String, JsonNode> extra) {
    this.inserted = inserted;
    this.updated = updated;
    extra.forEach(this::putUnknownField);
  }

  /** Rows added to the set. */
  public OptionalLong inserted() {
    return inserted == null ? OptionalLong.empty() : OptionalLong.of(inserted);
  }

  /** Rows that replaced a row already in the set. */
  public OptionalLong updated() {
    return updated == null ? OptionalLong.empty() : OptionalLong.of(updated);
  }


  @Override
  public String toString() {
    return "PostResultsResult{inserted=" + inserted + ", updated=" + updated + "}";
  }
}
