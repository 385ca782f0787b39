package dev.racereg.runsignup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.model.Money;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An add-on bought with a registration ({@code registration_addons[]}, sent with
 * {@code include_registration_addons=T}). The field names ({@code addon_id}, {@code addon_name},
 * {@code addon_option}, {@code quantity}, {@code price}) are inferred (see the package's
 * {@code RunSignupInferred}); whatever else RunSignup sends is kept in {@link #extra()}. Immutable.
 */
public final class RegistrationAddon {

  private final Long addonId;
  private final String name;
  private final String option;
  private final Integer quantity;
  private final Money price;
  private final Map<String, JsonNode> extra;

  private RegistrationAddon(RsuFields f) {
    this.addonId = f.longValue("addon_id");
    this.name = f.text("addon_name");
    this.option = f.text("addon_option");
    this.quantity = f.intValue("quantity");
    this.price = f.money("price");
    this.extra = f.rest();
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

  /** The chosen option, e.g. a size. */
  public Optional<String> option() {
    return Optional.ofNullable(option);
  }

  /** How many. */
  public OptionalInt quantity() {
    return quantity == null ? OptionalInt.empty() : OptionalInt.of(quantity);
  }

  /** The price, in US dollars. */
  public Optional<Money> price() {
    return Optional.ofNullable(price);
  }

  /** Fields this SDK version does not know, or whose value did not parse, as sent. */
  public Map<String, JsonNode> extra() {
    return RsuFields.copy(extra);
  }

  @Override
  public String toString() {
    return "RegistrationAddon{" + name + (option == null ? "" : " " + option) + "}";
  }
}
