package dev.racereg.examples.cli;

import dev.racereg.core.ClientOptions;
import dev.racereg.core.http.LogLevel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every platform command shares: settings, sandbox, base URL, logging. */
final class CommonOptions {

  @Option(names = "--set", paramLabel = "NAME=VALUE",
      description = "A provider setting (see 'racereg providers'); overrides the environment and --config.")
  Map<String, String> set = new LinkedHashMap<>();

  @Option(names = "--config", paramLabel = "FILE",
      description = "A properties file of provider settings.")
  Path config;

  @Option(names = "--sandbox",
      description = "Run against the platform's built-in simulator (no credentials needed).")
  boolean sandbox;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Send requests here instead of the platform (a proxy or a simulator).")
  String baseUrl;

  @Option(names = {"-v", "--verbose"},
      description = "Log each HTTP exchange (secrets masked) to stderr.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "No progress display.")
  boolean quiet;

  /** The settings to use: the sandbox's when {@code --sandbox}, else flags, environment and file. */
  Settings settings(Sandbox sandbox) {
    Settings given = Settings.from(set, config);
    return sandbox == null ? given : sandbox.settings().with(set);
  }

  /** Client options with the base URL of the sandbox or {@code --base-url}, and logging. */
  ClientOptions clientOptions(Sandbox sandbox) {
    ClientOptions.Builder b = ClientOptions.builder()
        .userAgent("racereg-cli/" + ClientOptions.VERSION + " racereg-java/" + ClientOptions.VERSION)
        .logLevel(verbose ? LogLevel.BASIC : LogLevel.NONE)
        .logSink(line -> System.err.println("[http] " + line));
    if (sandbox != null) {
      b.baseUrl(sandbox.baseUrl());
    } else if (baseUrl != null) {
      b.baseUrl(baseUrl);
    }
    return b.build();
  }
}
