/**
 * Client for the FFTri espacetri licence API (French triathlon federation): {@link
 * dev.racereg.fftri.FftriClient} with one typed method per documented operation, its
 * credentials ({@link dev.racereg.fftri.FftriCredentials}: {@code X-USER}, raw {@code Authorization}
 * key and the {@code X-Auth-Token} hash), its error mapping ({@link
 * dev.racereg.fftri.FftriErrorMapper}), native models, and the unified views: {@link
 * dev.racereg.fftri.FftriLicenceVerifier} and {@link dev.racereg.fftri.FftriUnifiedMapper}.
 *
 * <p>The platform's habits are absorbed here: lists arrive as objects keyed by id and become
 * ordered lists whose items carry their id; numbers and booleans arrive as strings and become
 * typed values; {@code success: false} inside HTTP 200 becomes {@link
 * dev.racereg.fftri.FftriRejectedException}. What the SDK infers beyond the doc is gathered in one
 * internal class and flagged in the Javadoc of the methods it affects.
 */
package dev.racereg.fftri;
