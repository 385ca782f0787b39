package dev.racereg.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a test (or every test of a class) from {@link SecretCanaryExtension}: for the few that
 * show a raw canary on purpose, for example to prove a redactor masks it. Say why next to it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ShowsSecrets {}
