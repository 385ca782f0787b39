/**
 * Typed client for the RunSignup REST API ({@code https://api.runsignup.com/rest} by default; the
 * older {@code https://runsignup.com/Rest} answers the same).
 *
 * <p>Start with {@link dev.racereg.runsignup.RunSignupClient#builder()} and one of the
 * {@link dev.racereg.runsignup.RunSignupCredentials} modes. Every documented operation is a method
 * taking an immutable, validated params object and returning typed models; lists come as
 * {@link dev.racereg.core.paging.Page}s. The unified view is
 * {@link dev.racereg.runsignup.RunSignupRegistrationSource} (registrations, incremental sync) and
 * {@link dev.racereg.runsignup.RunSignupBibPushTarget} (bibs back to the platform).
 *
 * <p>What RunSignup's published material does not show is inferred; every such guess is listed in
 * one place ({@code RunSignupInferred}, described in each affected type's Javadoc) so it is cheap
 * to correct.
 */
package dev.racereg.runsignup;
