package dev.racereg.core.error;

import java.util.Objects;

/**
 * A parameter broke a documented rule; thrown before anything is sent, so no request left the
 * process. {@link #field()} names the parameter as the caller knows it, {@link #rule()} says what
 * it must satisfy.
 */
public class ValidationException extends RaceRegException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  /**
   * @param field the parameter's name, e.g. {@code eventSlug}
   * @param rule what the value must satisfy, e.g. {@code must not be blank}
   */
  public ValidationException(String field, String rule) {
    super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(rule, "rule"));
    this.field = field;
    this.rule = rule;
  }

  /** The parameter that broke the rule. */
  public String field() {
    return field;
  }

  /** The rule it broke, phrased as what is required. */
  public String rule() {
    return rule;
  }
}
