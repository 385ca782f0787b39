package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.model.Money;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An add-on bought with a registration ({@code participant_addons[]}, sent with
 * {@code include_registration_addons=T}): {@code addon_id}, {@code addon_name}, {@code quantity}
 * and {@code amount}, each sent as a string (seen in two public clients; see the package's
 * {@code RunSignupInferred}). Whatever else RunSignup sends is kept in {@link #unknownFields()}. Immutable.
 */
public final class RegistrationAddon extends UnknownFieldsModel {

  private final Long addonId;
  private final String name;
  private final Integer quantity;
  private final Money amount;

  private RegistrationAddon(RsuFields f) {
    this.addonId = f.longValue("addon_id");
    this.name = f.text("addon_name");
    this.quantity = f.intValue("quantity");
    this.amount = f.money("amount");
    f.rest().forEach(this::putUnknownField);
  }

  static RegistrationAddon from(JsonNode node) {
    return new RegistrationAddon(RsuFields.of(node, "a registration add-on"));
  }

  /** The add-on's id. */
  public OptionalLong addonId() {
    return addonId == null ? OptionalLong.empty() : OptionalLong.of(addonId);
  }

  /** Its name, e.g. a T-shirt. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** How many. */
  public OptionalInt quantity() {
    return quantity == null ? OptionalInt.empty() : OptionalInt.of(quantity);
  }

  /** The amount charged for it, in US dollars ({@code "25.00"} on the wire). */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }


  @Override
  public String toString() {
    return "RegistrationAddon{" + name + (quantity == null ? "" : " x" + quantity) + "}";
  }
}
