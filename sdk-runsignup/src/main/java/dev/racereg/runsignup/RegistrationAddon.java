package dev.racereg.runsignup;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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

  private static final String[] MEMBERS = {"addon_id", "addon_name", "quantity", "amount"};

  private RegistrationAddon(Long addonId, String name, Integer quantity, Money amount, Map<String, JsonNode> unknown) {
    this.addonId = addonId;
    this.name = name;
    this.quantity = quantity;
    this.amount = amount;
    unknown.forEach(this::putUnknownField);
  }

  static RegistrationAddon from(JsonNode node) {
    RsuFields f = RsuFields.of(node, "a registration add-on");
    return new RegistrationAddon(f.longValue("addon_id"), f.text("addon_name"), f.intValue("quantity"),
        f.money("amount"), f.rest());
  }

  /** Reads the object at the parser's {@code START_OBJECT} exactly as {@link #from} reads its tree. */
  static RegistrationAddon read(JsonParser p) throws IOException {
    RsuMembers m = new RsuMembers(p, MEMBERS);
    Long addonId = null;
    String name = null;
    Integer quantity = null;
    Money amount = null;
    for (String member = m.next(); member != null; member = m.next()) {
      switch (member) {
        case "addon_id" -> addonId = m.longValue();
        case "addon_name" -> name = m.text();
        case "quantity" -> quantity = m.intValue();
        case "amount" -> amount = m.money();
        default -> m.keep();
      }
    }
    return new RegistrationAddon(addonId, name, quantity, amount, m.rest());
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
