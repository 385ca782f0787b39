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

  /** Executes the request and binds the body with {@code reader}. */
  <T> T bind(Request request, ObjectReader reader) {
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("baseline call failed: HTTP " + response.code());
      }
      return reader.readValue(response.body().byteStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Executes the request and counts the body's JSON tokens: the floor for any JSON decoder. */
  long scan(Request request) {
    try (Response response = http.newCall(request).execute();
         InputStream in = response.body().byteStream();
         JsonParser parser = FACTORY.createParser(in)) {
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
