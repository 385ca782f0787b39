/**
 * A simulator of the Let's Do This public API ({@code /v0}): bearer-JWT auth, cursor-paged
 * applications, participants and partners, reserved entry groups and tickets, over generated UK
 * event data. Start with {@link dev.racereg.testkit.letsdothis.LetsDoThisSimulator#builder()}.
 *
 * <p>Where the platform's documentation is silent the simulator makes a reasoned guess and says
 * so in the Javadoc ("inferred"): the error body shape, which fields are "metadata", the members
 * of schemas the documentation collapses, the status of creates (201), and the paths beyond the
 * four the platform confirms.
 */
package dev.racereg.testkit.letsdothis;
