package dev.racereg.fftri;

import dev.racereg.core.model.UnknownFieldsModel;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** The answer to {@link FftriClient#ping()}: whose credentials were recognised, and the server's clock. */
public final class PingResult extends UnknownFieldsModel {

  @JsonProperty("name")
  private String name;
  @JsonProperty("time")
  private ServerTime time;

  private PingResult() {}

  /** The name of the account the credentials belong to ({@code name}). */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The server's time when it answered ({@code time}). */
  public Optional<ServerTime> time() {
    return Optional.ofNullable(time);
  }

  @Override
  public String toString() {
    return "PingResult{name=" + name + ", time=" + time + "}";
  }
}
