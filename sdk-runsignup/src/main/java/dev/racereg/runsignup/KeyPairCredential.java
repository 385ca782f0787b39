package dev.racereg.runsignup;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.Validation;
import java.util.Objects;
import java.util.Optional;

/**
 * The values every key-and-secret mode of {@link RunSignupCredentials} holds (a name that is not
 * secret, a secret, and the optional API caller registration), with the caller-registration
 * handling, value equality and masked text they share. The public modes hold one of these and
 * keep their own accessors, so each stays its own final class with its own field names. Immutable.
 */
final class KeyPairCredential {

  private final String name;
  private final Secret secret;
  private final RunSignupCallerRegistration callerRegistration;

  KeyPairCredential(String name, Secret secret, RunSignupCallerRegistration callerRegistration) {
    this.name = name;
    this.secret = secret;
    this.callerRegistration = callerRegistration;
  }

  String name() {
    return name;
  }

  Secret secret() {
    return secret;
  }

  Optional<RunSignupCallerRegistration> callerRegistration() {
    return Optional.ofNullable(callerRegistration);
  }

  /**
   * The same values with this registration, replacing any before.
   *
   * @throws dev.racereg.core.error.ValidationException if it is null
   */
  KeyPairCredential withCallerRegistration(RunSignupCallerRegistration registration) {
    return new KeyPairCredential(name, secret, required(registration));
  }

  /**
   * The same values with the registration made of this token and secret, or none when both are
   * null or blank.
   *
   * @throws dev.racereg.core.error.ValidationException if only one is given or the token is malformed
   */
  KeyPairCredential withCallerRegistration(String token, String registrationSecret) {
    return new KeyPairCredential(name, secret, optional(token, registrationSecret));
  }

  /** {@code Mode{nameField=name, secretField=****, callerRegistration=****|none}}. */
  String describe(String mode, String nameField, String secretField) {
    return mode + "{" + nameField + "=" + name + ", " + secretField + "=****, callerRegistration="
        + registrationText(callerRegistration) + "}";
  }

  /** The registration, refused when null: a mode's {@code withCallerRegistration} replaces, never clears. */
  static RunSignupCallerRegistration required(RunSignupCallerRegistration registration) {
    return Validation.required(registration, "callerRegistration");
  }

  /** The registration made of a token and secret read from settings, or null when neither is given. */
  static RunSignupCallerRegistration optional(String token, String secret) {
    return RunSignupCallerRegistration.optional(token, secret).orElse(null);
  }

  /** How a registration shows in {@code toString()}: never its values. */
  static String registrationText(RunSignupCallerRegistration registration) {
    return registration == null ? "none" : "****";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyPairCredential k && name.equals(k.name) && secret.equals(k.secret)
        && Objects.equals(callerRegistration, k.callerRegistration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, secret, callerRegistration);
  }

  @Override
  public String toString() {
    return describe("KeyPairCredential", "name", "secret");
  }
}
