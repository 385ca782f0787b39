package dev.racereg.actigo;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.racereg.core.OpenEnum;

/**
 * The {@code state} of an Actigo registration ({@code registration.state} in CSV). Open: Actigo
 * has a fourth state whose name is not published, and any value it sends parses, keeps its exact
 * spelling and is sent back unchanged; {@link #isKnown()} tells whether this SDK declares it.
 *
 * <p>When inserting an external registration the state may be set to any of these values; when
 * updating an existing registration Actigo ignores it. Only {@link #CONFIRMED} registrations
 * appear on the race's start list.
 */
public final class RegistrationState extends OpenEnum {

  private static final Values<RegistrationState> VALUES = new Values<>(RegistrationState::new);

  /** {@code New}: not yet paid or not yet approved by the organiser. */
  public static final RegistrationState NEW = VALUES.known("New");
  /** {@code Confirmed}: paid or approved; the only state shown on the start list. */
  public static final RegistrationState CONFIRMED = VALUES.known("Confirmed");
  /** {@code Cancelled}: cancelled. */
  public static final RegistrationState CANCELLED = VALUES.known("Cancelled");

  private RegistrationState(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a known value, or an unknown state keeping {@code value} exactly.
   *
   * @throws NullPointerException if value is null
   */
  @JsonCreator
  public static RegistrationState of(String value) {
    return VALUES.of(value);
  }
}
