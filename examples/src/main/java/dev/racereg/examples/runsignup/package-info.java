/**
 * The RunSignup onboarding example: {@link dev.racereg.examples.runsignup.RunSignupExample}, which
 * runs against the built-in simulator unless real credentials are given.
 */
package dev.racereg.examples.runsignup;
