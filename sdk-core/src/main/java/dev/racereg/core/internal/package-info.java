/**
 * Not API: the plumbing the racereg clients share. Public only because the provider modules live
 * in other packages; it may change in any release, without notice or deprecation. Do not use it
 * from your own code.
 *
 * <p>This package holds the parameter checks ({@link dev.racereg.core.internal.Validation});
 * {@code dev.racereg.core.internal.http} holds the request pipeline and
 * {@code dev.racereg.core.internal.codec} the Jackson set-up.
 */
package dev.racereg.core.internal;
