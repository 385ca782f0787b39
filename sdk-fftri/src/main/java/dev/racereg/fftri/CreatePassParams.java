package dev.racereg.fftri;

import dev.racereg.core.RequestParams;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.racereg.core.error.ValidationException;
import dev.racereg.core.internal.Validation;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.model.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Parameters of {@link FftriClient#createPass(CreatePassParams)}: the trial, the participant, the
 * price and the invoice options. Immutable; build with {@link #builder()}.
 *
 * <p><b>Test mode.</b> With {@link Builder#testEdition(boolean) testEdition(true)} the platform
 * only checks the request and answers as it would, without creating a pass (since the doc's
 * change, {@code testEdition} no longer creates test passes); the customer e-mail then defaults
 * to {@value #TEST_EMAIL}, as the doc asks.
 */
public final class CreatePassParams extends RequestParams {

  /** The e-mail the doc asks for in test mode, used when none is given. */
  public static final String TEST_EMAIL = "test@fftri.com";

  private final long trialId;
  private final String firstName;
  private final String lastName;
  private final LocalDate birthDate;
  private final Money price;
  private final PassType type;
  private final String customerEmail;
  private final boolean testEdition;
  private final Long ituFederationId;
  private final String ituLicenceNumber;
  private final Boolean sendInvoice;
  private final InvoiceLanguage language;
  private final String address;
  private final String zip;
  private final String city;
  private final String country;
  private final Boolean markPaid;

  private CreatePassParams(Builder b) {
    super(b);
    this.trialId = Validation.atLeast(Validation.required(b.trialId, "trialId"), 1, "trialId");
    this.firstName = Validation.notBlank(b.firstName, "firstName").strip();
    this.lastName = Validation.notBlank(b.lastName, "lastName").strip();
    this.birthDate = FftriRules.date(b.birthDate, "birthDate");
    this.price = Validation.required(b.price, "price");
    if (!price.currency().equals(FftriInferred.CURRENCY)) {
      throw new ValidationException("price", "must be in EUR, was " + price.currency().getCurrencyCode());
    }
    Validation.atLeast(price.minorUnits(), 0, "price");
    this.type = Validation.required(b.type, "type");
    if (!type.isCreatable()) {
      throw new ValidationException("type", "must be 1 (individual) or 2 (relay), was " + type.value());
    }
    this.testEdition = b.testEdition;
    this.customerEmail = FftriRules.email(
        b.customerEmail == null && testEdition ? TEST_EMAIL : b.customerEmail, "customerEmail");
    if (b.ituFederationId != null) {
      Validation.atLeast(b.ituFederationId, 1, "ituFederationId");
    }
    this.ituFederationId = b.ituFederationId;
    this.ituLicenceNumber = FftriRules.optional(b.ituLicenceNumber);
    this.sendInvoice = b.sendInvoice;
    if (b.language != null && !b.language.isKnown()) {
      throw new ValidationException("language", "must be FR or EN, was " + b.language.value());
    }
    this.language = b.language;
    this.address = FftriRules.optional(b.address);
    this.zip = FftriRules.optional(b.zip);
    this.city = FftriRules.optional(b.city);
    this.country = FftriRules.optional(b.country);
    this.markPaid = b.markPaid;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, additional ones included. */
  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The trial's id in the espacetri ({@code fftriId}; not the event's id). */
  public long trialId() {
    return trialId;
  }

  /** The participant's first name ({@code firstName}). */
  public String firstName() {
    return firstName;
  }

  /** The participant's last name ({@code lastName}). */
  public String lastName() {
    return lastName;
  }

  /** The participant's date of birth ({@code birthDate}). */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** The pass's price ({@code price}), in EUR. */
  public Money price() {
    return price;
  }

  /** The pass type ({@code type}): individual or relay. */
  public PassType type() {
    return type;
  }

  /** The participant's e-mail ({@code customerEmail}). */
  public String customerEmail() {
    return customerEmail;
  }

  /** Whether this is a test that creates nothing ({@code testEdition}). */
  public boolean testEdition() {
    return testEdition;
  }

  /** The participant's ITU federation id ({@code ituFedeId}), if any. */
  public Optional<Long> ituFederationId() {
    return Optional.ofNullable(ituFederationId);
  }

  /** The participant's ITU licence number ({@code ituLicenseNumber}), if any. */
  public Optional<String> ituLicenceNumber() {
    return Optional.ofNullable(ituLicenceNumber);
  }

  /** Whether to send an invoice ({@code sendInvoice}); empty leaves the platform's default (yes). */
  public Optional<Boolean> sendInvoice() {
    return Optional.ofNullable(sendInvoice);
  }

  /** The invoice's language ({@code language}); empty leaves the platform's default (FR). */
  public Optional<InvoiceLanguage> language() {
    return Optional.ofNullable(language);
  }

  /** Billing address ({@code address}). */
  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  /** Billing postal code ({@code zip}). */
  public Optional<String> zip() {
    return Optional.ofNullable(zip);
  }

  /** Billing city ({@code city}). */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /** Billing country ({@code country}). */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /** The transitional {@code isPaid} flag, if set (see {@link Builder#markPaid(Boolean)}). */
  public Optional<Boolean> markPaid() {
    return Optional.ofNullable(markPaid);
  }

  /** The JSON body, in the doc's field order; optional fields left out when not set. */
  ObjectNode toJson() {
    ObjectNode body = Codecs.json().createObjectNode();
    body.put("fftriId", trialId);
    body.put("firstName", firstName);
    body.put("lastName", lastName);
    body.put("birthDate", birthDate.toString());
    body.put("price", FftriRules.plainNumber(price.toMajor()));
    body.put("type", Integer.parseInt(type.value()));
    body.put("customerEmail", customerEmail);
    body.put("testEdition", testEdition ? 1 : 0);
    if (ituFederationId != null) {
      body.put("ituFedeId", ituFederationId);
    }
    if (ituLicenceNumber != null) {
      body.put("ituLicenseNumber", ituLicenceNumber);
    }
    if (sendInvoice != null) {
      body.put("sendInvoice", sendInvoice ? 1 : 0);
    }
    if (language != null) {
      body.put("language", language.value());
    }
    putIfSet(body, "address", address);
    putIfSet(body, "zip", zip);
    putIfSet(body, "city", city);
    putIfSet(body, "country", country);
    if (markPaid != null) {
      body.put("isPaid", markPaid ? 1 : 0);
    }
    return body;
  }

  private static void putIfSet(ObjectNode body, String name, String value) {
    if (value != null) {
      body.put(name, value);
    }
  }

  @Override
  protected void components(Components c) {
    // the participant's name, birth date, e-mail, ITU licence and address are personal data: masked
    c.add("trialId", trialId).secret("firstName", firstName).secret("lastName", lastName)
        .secret("birthDate", birthDate).add("price", price).add("type", type)
        .secret("customerEmail", customerEmail).add("testEdition", testEdition)
        .add("ituFederationId", ituFederationId).secret("ituLicenceNumber", ituLicenceNumber)
        .add("sendInvoice", sendInvoice).add("language", language).secret("address", address)
        .secret("zip", zip).secret("city", city).secret("country", country).add("markPaid", markPaid);
  }

  /** Builds {@link CreatePassParams}. Not thread-safe. */
  public static final class Builder extends RequestParams.Builder<CreatePassParams, Builder> {
    private Long trialId;
    private String firstName;
    private String lastName;
    private LocalDate birthDate;
    private Money price;
    private PassType type = PassType.INDIVIDUAL;
    private String customerEmail;
    private boolean testEdition;
    private Long ituFederationId;
    private String ituLicenceNumber;
    private Boolean sendInvoice;
    private InvoiceLanguage language;
    private String address;
    private String zip;
    private String city;
    private String country;
    private Boolean markPaid;

    private Builder() {}

    private Builder(CreatePassParams p) {
      super(p);
      trialId = p.trialId;
      firstName = p.firstName;
      lastName = p.lastName;
      birthDate = p.birthDate;
      price = p.price;
      type = p.type;
      customerEmail = p.customerEmail;
      testEdition = p.testEdition;
      ituFederationId = p.ituFederationId;
      ituLicenceNumber = p.ituLicenceNumber;
      sendInvoice = p.sendInvoice;
      language = p.language;
      address = p.address;
      zip = p.zip;
      city = p.city;
      country = p.country;
      markPaid = p.markPaid;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The trial's id in the espacetri ({@code fftriId}): the {@link Trial#id()}, not the event's
     * id. Required, at least 1.
     */
    public Builder trialId(long trialId) {
      this.trialId = trialId;
      return this;
    }

    /** The participant's first name. Required. */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /** The participant's last name. Required. */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /** The participant's date of birth. Required. */
    public Builder birthDate(LocalDate birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    /**
     * The pass's price, in EUR, at least 0 (typically the trial's {@link Trial#passPrice()}).
     * Sent in euros as a number: {@code Money.ofMinor(2000, "EUR")} goes out as {@code 20}.
     * Required.
     */
    public Builder price(Money price) {
      this.price = price;
      return this;
    }

    /** The pass type: {@link PassType#INDIVIDUAL} (default) or {@link PassType#RELAY}. */
    public Builder type(PassType type) {
      this.type = type;
      return this;
    }

    /**
     * The participant's e-mail address. Required, except in test mode where it defaults to
     * {@value CreatePassParams#TEST_EMAIL}.
     */
    public Builder customerEmail(String customerEmail) {
      this.customerEmail = customerEmail;
      return this;
    }

    /**
     * Test mode: the platform only checks the request and answers as it would; no pass is
     * created. Default false (production).
     */
    public Builder testEdition(boolean testEdition) {
      this.testEdition = testEdition;
      return this;
    }

    /** The participant's ITU federation id (see {@link FftriClient#ituFederations()}); null for none. */
    public Builder ituFederationId(Long ituFederationId) {
      this.ituFederationId = ituFederationId;
      return this;
    }

    /** The participant's ITU licence number; null or blank for none. */
    public Builder ituLicenceNumber(String ituLicenceNumber) {
      this.ituLicenceNumber = ituLicenceNumber;
      return this;
    }

    /** Whether the participant gets an invoice; null (default) leaves the platform's default (yes). */
    public Builder sendInvoice(Boolean sendInvoice) {
      this.sendInvoice = sendInvoice;
      return this;
    }

    /** The invoice's language, FR or EN; null (default) leaves the platform's default (FR). */
    public Builder language(InvoiceLanguage language) {
      this.language = language;
      return this;
    }

    /** Billing address (optional). */
    public Builder address(String address) {
      this.address = address;
      return this;
    }

    /** Billing postal code (optional). */
    public Builder zip(String zip) {
      this.zip = zip;
      return this;
    }

    /** Billing city (optional). */
    public Builder city(String city) {
      this.city = city;
      return this;
    }

    /** Billing country (optional). */
    public Builder country(String country) {
      this.country = country;
      return this;
    }

    /**
     * Sends {@code isPaid}: a transitional flag the doc allowed before passes were marked valid
     * and paid on creation. Leave null (default) unless the FFTri asks for it.
     */
    public Builder markPaid(Boolean markPaid) {
      this.markPaid = markPaid;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @throws dev.racereg.core.error.ValidationException if a required field is missing, the
     *     price is negative or not in EUR, the type is not 1 or 2, the e-mail is malformed, the
     *     language is not FR or EN, or an id is below 1
     */
    @Override
    public CreatePassParams build() {
      return new CreatePassParams(this);
    }
  }
}
