package dev.racereg.letsdothis;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.model.UnknownFieldsModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact person of a partner ({@code PartnerContact}). Immutable; build one to send with
 * {@link #builder()}.
 *
 * <p><b>Inferred members.</b> The platform's reference collapses this schema. The SDK reads and
 * writes {@code firstName}, {@code lastName}, {@code emailAddress} and {@code phone}, the names the
 * platform uses for the same data in a booking's fields and in the claim link request; any other
 * member is kept on reading ({@link #unknownFields()}) and can be sent with
 * {@link Builder#put(String, String)}.
 */
public final class PartnerContact extends UnknownFieldsModel {

  @JsonProperty("firstName")
  private String firstName;
  @JsonProperty("lastName")
  private String lastName;
  @JsonProperty("emailAddress")
  private String emailAddress;
  @JsonProperty("phone")
  private String phone;


  private PartnerContact() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A contact with just an e-mail address. */
  public static PartnerContact ofEmail(String emailAddress) {
    return builder().emailAddress(emailAddress).build();
  }


  /** Given name. */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /** Family name. */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /** E-mail address. */
  public Optional<String> emailAddress() {
    return Optional.ofNullable(emailAddress);
  }

  /** Phone number. */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }


  ObjectNode toJson() {
    ObjectNode n = Json.object();
    putIfSet(n, "firstName", firstName);
    putIfSet(n, "lastName", lastName);
    putIfSet(n, "emailAddress", emailAddress);
    putIfSet(n, "phone", phone);
    Json.putAll(n, unknownFields());
    return n;
  }

  private static void putIfSet(ObjectNode n, String name, String value) {
    if (value != null) {
      n.put(name, value);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PartnerContact)) {
      return false;
    }
    PartnerContact c = (PartnerContact) o;
    return Objects.equals(firstName, c.firstName) && Objects.equals(lastName, c.lastName)
        && Objects.equals(emailAddress, c.emailAddress) && Objects.equals(phone, c.phone)
        && unknownFields().equals(c.unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstName, lastName, emailAddress, phone);
  }

  /** Names no personal data. */
  @Override
  public String toString() {
    return "PartnerContact{" + (emailAddress == null ? "no e-mail" : "with e-mail") + "}";
  }

  /** Builds a {@link PartnerContact}. Not thread-safe. */
  public static final class Builder {
    private String firstName;
    private String lastName;
    private String emailAddress;
    private String phone;
    private final Map<String, JsonNode> extra = new LinkedHashMap<>();

    private Builder() {}

    /** Given name. */
    public Builder firstName(String v) {
      firstName = v;
      return this;
    }

    /** Family name. */
    public Builder lastName(String v) {
      lastName = v;
      return this;
    }

    /** E-mail address; checked to look like one. */
    public Builder emailAddress(String v) {
      emailAddress = v;
      return this;
    }

    /** Phone number. */
    public Builder phone(String v) {
      phone = v;
      return this;
    }

    /** Any other member to send, for members the SDK does not name. */
    public Builder put(String name, String value) {
      extra.put(Objects.requireNonNull(name, "name"),
          value == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(value));
      return this;
    }

    /**
     * Builds the contact.
     *
     * @throws dev.racereg.core.error.ValidationException naming {@code contacts.emailAddress} if
     *     it does not look like an e-mail address, or {@code contacts} if nothing is set
     */
    public PartnerContact build() {
      if (emailAddress != null) {
        Rules.email(emailAddress, "contacts.emailAddress");
      }
      Validation.check(firstName != null || lastName != null || emailAddress != null || phone != null
          || !extra.isEmpty(), "contacts", "each contact must have at least one member");
      PartnerContact c = new PartnerContact();
      c.firstName = firstName;
      c.lastName = lastName;
      c.emailAddress = emailAddress;
      c.phone = phone;
      extra.forEach(c::putUnknownField);
      return c;
    }
  }
}
