package dev.racereg.runsignup;

import dev.racereg.core.auth.Secret;
import dev.racereg.core.internal.Validation;

/**
 * A temporary key pair from {@code POST /Login}: {@code tmp_key} and {@code tmp_secret}. RunSignup
 * expires it one hour after its last use; end it early with
 * {@link RunSignupClient#logout(TemporaryKeys)}. The secret prints as {@code ****}.
 *
 * @param tmpKey the temporary key (not secret on its own)
 * @param tmpSecret the temporary secret
 */
public record TemporaryKeys(String tmpKey, Secret tmpSecret) {

  /** @throws dev.racereg.core.error.ValidationException if a part is missing */
  public TemporaryKeys {
    Validation.notBlank(tmpKey, "tmpKey");
    Validation.required(tmpSecret, "tmpSecret");
  }
}
