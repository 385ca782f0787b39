/**
 * Client for the Actigo registration API (actigo.app, Czech Republic):
 * {@link dev.racereg.actigo.ActigoClient} with one typed method per documented operation:
 * registration download as JSON (streamed) or CSV, registration sync as JSON or CSV, and results
 * sync; its auth ({@link dev.racereg.actigo.ActigoCredentials}, HTTP Basic with an access key),
 * its error mapping ({@link dev.racereg.actigo.ActigoErrorMapper}), native models
 * ({@link dev.racereg.actigo.ActigoRegistration}, {@link dev.racereg.actigo.ActigoPerson}, open
 * enums {@link dev.racereg.actigo.RegistrationState}, {@link dev.racereg.actigo.SyncResultType},
 * {@link dev.racereg.actigo.Sex}), chunked syncs reported item by item
 * ({@link dev.racereg.actigo.SyncReport}), and the unified views:
 * {@link dev.racereg.actigo.ActigoRegistrationSource},
 * {@link dev.racereg.actigo.ActigoBibPushTarget} and
 * {@link dev.racereg.actigo.ActigoRegistrationMapper}.
 *
 * <p>The platform's habits are absorbed here: amounts in hundredths become {@code Money}; a birth
 * date that is an instant in JSON and a date in CSV becomes one {@code LocalDate}; start numbers
 * stay text so leading zeros survive. What the SDK infers beyond Actigo's material (the error
 * format, the {@code Female} spelling, answer order, chunk size) is gathered in one internal
 * class and flagged as <b>inferred</b> in the Javadoc of what it affects.
 */
package dev.racereg.actigo;
