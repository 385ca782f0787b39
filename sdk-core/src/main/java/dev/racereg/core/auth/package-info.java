/**
 * The authentication SPI ({@link dev.racereg.core.auth.AuthStrategy}) and the built-in
 * strategies: bearer token, JWT bearer with readable claims, HTTP Basic, query key pair and
 * header key pair. Provider modules add their own strategies on the same SPI.
 */
package dev.racereg.core.auth;
