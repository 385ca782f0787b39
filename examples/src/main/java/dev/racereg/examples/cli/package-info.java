/**
 * The {@code racereg} command line: {@code racereg demo} runs the whole flow against the built-in
 * simulators, and {@code racereg providers} lists what each platform supports.
 */
package dev.racereg.examples.cli;
