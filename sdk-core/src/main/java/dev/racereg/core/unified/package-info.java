/**
 * The provider-neutral capabilities each platform client implements where it can: reading
 * registrations ({@link dev.racereg.core.unified.RegistrationSource}), pushing bib numbers back
 * ({@link dev.racereg.core.unified.BibPushTarget}), publishing results
 * ({@link dev.racereg.core.unified.ResultPushTarget} with the unified
 * {@link dev.racereg.core.unified.Result}) and checking licences
 * ({@link dev.racereg.core.unified.LicenceVerifier}).
 */
package dev.racereg.core.unified;
