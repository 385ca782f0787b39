package dev.racereg.actigo;

import dev.racereg.core.RequestParams;
import dev.racereg.core.internal.Validation;

/**
 * The rule every Actigo params class applies to additional body properties: none of Actigo's
 * operations sends a JSON object or a form (the downloads send no body, the syncs a JSON array or
 * a CSV file), so a property has nowhere to go. Refused when the params are built, not when a
 * sync is halfway through its chunks.
 */
final class BodyProperties {

  private BodyProperties() {}

  /**
   * @param body what the operation sends, for the message, e.g. {@code "a JSON array or a CSV file"}
   * @throws dev.racereg.core.error.ValidationException naming {@code additionalBodyProperties}
   *     if any is set
   */
  static void refuse(RequestParams params, String body) {
    Validation.check(params.additionalBodyProperties().isEmpty(), "additionalBodyProperties",
        "must be empty: the operation sends " + body
            + ", which has no top-level object to add a property to (additional query parameters and headers are sent)");
  }
}
