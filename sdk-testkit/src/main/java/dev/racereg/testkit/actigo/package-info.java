/**
 * A simulator of the Actigo registration API (actigo.app, Czech Republic): registration download
 * and sync in JSON and CSV, and result sync, behind HTTP Basic access keys scoped to organisers.
 *
 * <p>Start with {@link dev.racereg.testkit.actigo.ActigoSimulator#builder()}. Facts the published
 * documentation does not state (error bodies, the fourth registration state, matching rules) are
 * gathered in one package-private class so they are cheap to correct; each is named in the
 * Javadoc of {@link dev.racereg.testkit.actigo.ActigoSimulator}.
 */
package dev.racereg.testkit.actigo;
