/**
 * Not API, may change in any release: the authentication SPI
 * ({@link dev.racereg.core.internal.auth.AuthStrategy}, which turns a request into an
 * authenticated copy once per attempt) and the built-in strategies every platform module builds
 * on: bearer token, JWT bearer with readable claims, HTTP Basic, query key pair and header key
 * pair. Users pass credentials through each client's {@code credentials(..)}; the strategies stay
 * here so the request they sign can change without breaking anyone.
 */
package dev.racereg.core.internal.auth;
