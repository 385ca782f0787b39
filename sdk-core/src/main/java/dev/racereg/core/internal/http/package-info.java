/**
 * Not API, may change in any release: the request pipeline every client shares. The immutable
 * {@link dev.racereg.core.internal.http.ApiRequest}, the provider's
 * {@link dev.racereg.core.internal.http.ErrorMapper}, the decoders, redaction, and the
 * {@link dev.racereg.core.internal.http.ApiExecutor}, which wires small package-private parts: the
 * attempt loop (retries and credential renewal), one exchange on the wire, the redacting HTTP log,
 * the OkHttp transport and decoding. The settings a user touches live in
 * {@link dev.racereg.core.http}.
 */
package dev.racereg.core.internal.http;
