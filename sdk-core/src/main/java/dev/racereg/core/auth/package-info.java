/**
 * Credential values users hand to a client: {@link dev.racereg.core.auth.Secret} (a value that
 * never prints itself) and {@link dev.racereg.core.auth.JwtClaims} (the readable claims of a JWT
 * API key, such as its expiry and organiser id, read without verifying the signature). How each
 * platform turns credentials into a signed request is plumbing, in
 * {@code dev.racereg.core.internal.auth}.
 */
package dev.racereg.core.auth;
