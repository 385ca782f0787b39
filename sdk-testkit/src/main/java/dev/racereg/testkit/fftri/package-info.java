/**
 * Simulator of the FFTri espacetri licence API: {@link dev.racereg.testkit.fftri.FftriSimulator}.
 *
 * <p>Endpoints (all under {@code /api}, all requiring {@code X-USER} and {@code Authorization}):
 * {@code GET ping}, {@code GET seasons}, {@code GET clubs/{season}}, {@code GET club/{club}},
 * {@code GET age-categories/{season}}, {@code POST test-licence/{season}},
 * {@code POST licence-infos/{season}}, {@code GET get-trials-by-orga/{login}/{key}}; with
 * {@code X-Auth-Token} as well: {@code POST create-pass-competition},
 * {@code POST update-pass-competition}, {@code GET pass-competition/{pass}/{trial}},
 * {@code GET pass-competition-list/{trial}/{is_paid}[/{provider}][/{csv}]}, and (by default)
 * {@code GET itu-federation/{id}}, {@code GET get-itu-affiliated-federation},
 * {@code GET itu-federations}.
 *
 * <p>Statuses: 401 for missing or wrong credentials, 403 for a missing or wrong
 * {@code X-Auth-Token} or organiser key, 400 for invalid parameters, 404 for unknown resources and
 * paths, 405 for a known path with another method. The doc gives none of them: they are inferred.
 * Error bodies are {@code {"success":"false","error":"..."}}; {@code test-licence} answers
 * {@code {"message":"OK - ..."}} or {@code {"message":"KO - ..."}}.
 */
package dev.racereg.testkit.fftri;
