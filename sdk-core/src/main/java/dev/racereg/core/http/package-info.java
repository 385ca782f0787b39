/**
 * The HTTP settings a user chooses: the {@link dev.racereg.core.http.RetryPolicy}, the
 * {@link dev.racereg.core.http.LogLevel} and {@link dev.racereg.core.http.HttpLogSink} of the
 * redacting log, the {@link dev.racereg.core.http.Sleeper} the retries wait with, and the
 * {@link dev.racereg.core.http.Idempotency} class every operation declares. The pipeline that uses
 * them is internal.
 */
package dev.racereg.core.http;
