package dev.racereg.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** The baselines' side of an exchange: plain OkHttp, then plain Jackson on the streamed body. */
final class RawHttp {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final OkHttpClient http = new OkHttpClient();

  /** Binds a streamed body to a baseline's hand-written type. */
  @FunctionalInterface
  interface Binder<T> {
    T bind(InputStream body) throws IOException;
  }

  /** Executes the request and binds the body with {@code reader}. */
  <T> T bind(Request request, ObjectReader reader) {
    return bind(request, (Binder<T>) reader::readValue);
  }

  /** Executes the request and binds the body with {@code binder}. */
  <T> T bind(Request request, Binder<T> binder) {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("baseline call failed: HTTP " + response.code());
      }
      return binder.bind(response.body().byteStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Executes the request and counts the body's JSON tokens: the floor for any JSON decoder. */
  long scan(Request request) {
    return scan(request, FACTORY);
  }

  /**
   * Executes the request and counts the body's tokens as {@code factory} reads them (JSON, or CSV
   * rows as arrays of cells): the floor for any decoder of that format.
   */
  long scan(Request request, JsonFactory factory) {
    try (Response response = http.newCall(request).execute();
         InputStream in = response.body().byteStream();
         JsonParser parser = factory.createParser(in)) {
      long tokens = 0;
      while (parser.nextToken() != null) {
        tokens++;
      }
      return tokens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
