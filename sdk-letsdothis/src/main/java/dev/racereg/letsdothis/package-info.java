/**
 * The Let's Do This API: a typed client ({@link dev.racereg.letsdothis.LetsDoThisClient}) for its
 * 17 documented operations on applications, participants, partners, reserved entry groups and
 * tickets; native models keeping every field the platform sends; and the mapping to the unified
 * view ({@link dev.racereg.letsdothis.LetsDoThisRegistrationSource}).
 *
 * <p>Where the platform's published reference is silent (paths beyond the four it confirms,
 * collapsed schemas, the error body), the SDK makes a reasoned guess, isolates it in one place
 * and says "inferred" in the Javadoc.
 */
package dev.racereg.letsdothis;
