package dev.racereg.core;

import dev.racereg.core.http.HttpLogSink;
import dev.racereg.core.http.LogLevel;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.http.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Settings shared by every racereg client: where to send requests, timeouts, retries, user agent,
 * logging, and the HTTP client, clock and sleeper to use. Immutable; build one with
 * {@link #builder()} and share it between clients.
 *
 * <p>Defaults: the platform's production base URL, connect timeout 10 s, read and write timeouts
 * 30 s each, no overall call timeout (a large export may stream for minutes; the read timeout
 * still bounds any stall), {@link RetryPolicy#defaults()}, user agent
 * {@code racereg-java/<version>}, logging off, the system UTC clock and a sleeping sleeper.
 */
public final class ClientOptions {

  /** The SDK's version, as built. */
  public static final String VERSION = readVersion();

  private final String baseUrl;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final String userAgent;
  private final OkHttpClient httpClient;
  private final LogLevel logLevel;
  private final HttpLogSink logSink;
  private final Clock clock;
  private final Sleeper sleeper;

  private ClientOptions(Builder b) {
    this.baseUrl = b.baseUrl;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.retryPolicy = b.retryPolicy;
    this.userAgent = b.userAgent;
    this.httpClient = b.httpClient;
    this.logLevel = b.logLevel;
    this.logSink = b.logSink;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
  }

  /** The defaults. */
  public static ClientOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callTimeout = callTimeout;
    b.retryPolicy = retryPolicy;
    b.userAgent = userAgent;
    b.httpClient = httpClient;
    b.logLevel = logLevel;
    b.logSink = logSink;
    b.clock = clock;
    b.sleeper = sleeper;
    return b;
  }

  /** The base URL overriding the platform's production one (a simulator, a proxy), if set. */
  public Optional<String> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /** Connect timeout. Default 10 s. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Read timeout: the longest silence while waiting for bytes. Default 30 s. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** Write timeout. Default 30 s. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** Overall timeout per attempt, {@link Duration#ZERO} for none. Default none. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The retry policy. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The {@code User-Agent} sent. Default {@code racereg-java/<version>}. */
  public String userAgent() {
    return userAgent;
  }

  /** The caller's OkHttp client to derive from (sharing its pool), if given. */
  public Optional<OkHttpClient> httpClient() {
    return Optional.ofNullable(httpClient);
  }

  /** How much is logged. Default {@link LogLevel#NONE}. */
  public LogLevel logLevel() {
    return logLevel;
  }

  /** Where log lines go. Default SLF4J logger {@code dev.racereg.http}. */
  public HttpLogSink logSink() {
    return logSink;
  }

  /** The clock (expiry checks, {@code Retry-After} dates, watermarks). Default system UTC. */
  public Clock clock() {
    return clock;
  }

  /** What waits between retries. Default {@link Sleeper#SYSTEM}. */
  public Sleeper sleeper() {
    return sleeper;
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout + ", callTimeout="
        + callTimeout + ", retryPolicy=" + retryPolicy + ", userAgent=" + userAgent
        + ", logLevel=" + logLevel + "}";
  }

  private static String readVersion() {
    try (InputStream in = ClientOptions.class.getResourceAsStream("racereg.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds {@link ClientOptions}. Not thread-safe. */
  public static final class Builder {
    private String baseUrl;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ZERO;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private String userAgent = "racereg-java/" + VERSION;
    private OkHttpClient httpClient;
    private LogLevel logLevel = LogLevel.NONE;
    private HttpLogSink logSink = HttpLogSink.slf4j();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Builder() {}

    /**
     * Sends requests here instead of the platform's production URL, e.g. a simulator's
     * {@code baseUrl()}. Null restores the default.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URL
     */
    public Builder baseUrl(String baseUrl) {
      HttpUrl parsed = baseUrl == null ? null : HttpUrl.parse(baseUrl);
      if (baseUrl != null && parsed == null) {
        throw new IllegalArgumentException("baseUrl must be an absolute http or https URL");
      }
      if (parsed != null && (!parsed.username().isEmpty() || !parsed.password().isEmpty())) {
        // credentials in a URL end up in logs and toString(); every platform has its own auth
        throw new IllegalArgumentException("baseUrl must not contain a user name or password");
      }
      this.baseUrl = baseUrl == null ? null : baseUrl.replaceAll("/+$", "");
      return this;
    }

    /** @throws IllegalArgumentException if negative */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = nonNegative(timeout, "connectTimeout");
      return this;
    }

    /** @throws IllegalArgumentException if negative */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = nonNegative(timeout, "readTimeout");
      return this;
    }

    /** @throws IllegalArgumentException if negative */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = nonNegative(timeout, "writeTimeout");
      return this;
    }

    /** Overall timeout per attempt; zero for none. @throws IllegalArgumentException if negative */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = nonNegative(timeout, "callTimeout");
      return this;
    }

    /** The retry policy. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Replaces the user agent. Consider appending your product: {@code "mytimer/2.1 " +
     * "racereg-java/" + ClientOptions.VERSION}.
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    /**
     * An OkHttp client to derive from, sharing its connection pool and dispatcher. The SDK applies
     * its own timeouts and turns OkHttp's silent retries off on the derived client.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /** How much to log. */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
      return this;
    }

    /** Where log lines go. */
    public Builder logSink(HttpLogSink logSink) {
      this.logSink = Objects.requireNonNull(logSink, "logSink");
      return this;
    }

    /** The clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** What waits between retries. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Builds the options. */
    public ClientOptions build() {
      return new ClientOptions(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      return d;
    }
  }
}
