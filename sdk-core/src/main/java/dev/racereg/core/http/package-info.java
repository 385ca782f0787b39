/**
 * The request pipeline every client shares: the immutable {@link dev.racereg.core.http.ApiRequest},
 * redacting logs, the retry policy, and the {@link dev.racereg.core.http.ApiExecutor} that runs a
 * request through authentication, OkHttp, error mapping and decoding.
 */
package dev.racereg.core.http;
