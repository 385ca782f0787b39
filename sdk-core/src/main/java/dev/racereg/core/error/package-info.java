/**
 * The SDK's exceptions, all unchecked and rooted at {@link dev.racereg.core.error.RaceRegException},
 * and the details ({@link dev.racereg.core.error.ErrorDetails}) a provider's error mapper fills from its error
 * responses.
 */
package dev.racereg.core.error;
