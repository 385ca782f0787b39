/**
 * A simulator of the RunSignup REST API ({@code https://runsignup.com/Rest}) for one race:
 * {@link dev.racereg.testkit.runsignup.RunSignupSimulator}, its read-only state snapshots, and
 * RunSignup-shaped faults ({@link dev.racereg.testkit.runsignup.RunSignupFaults}).
 *
 * <p>Shapes that RunSignup's material does not show are inferred and documented as such in the
 * simulator's Javadoc; they live in one package-private class so they are cheap to correct.
 */
package dev.racereg.testkit.runsignup;
