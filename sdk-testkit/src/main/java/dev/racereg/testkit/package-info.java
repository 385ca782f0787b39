/**
 * In-process, stateful simulators of the registration platforms, each running on a
 * {@code MockWebServer}. They are written from the platforms' documentation, independently of
 * the racereg clients (they share no model or codec with them), so a test that goes through a
 * simulator can catch a client's bug instead of sharing it.
 *
 * <p>Every simulator extends {@link dev.racereg.testkit.Simulator}: start it, point a client at
 * {@link dev.racereg.testkit.Simulator#baseUrl()}, and inject faults through
 * {@link dev.racereg.testkit.Simulator#faults()}.
 */
package dev.racereg.testkit;
