package dev.racereg.core.internal.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * At most N HTTP exchanges in flight through the OkHttp clients it is installed on, for platforms
 * that cap concurrent calls per caller. An OkHttp application interceptor: a permit is taken
 * when an exchange starts and given back when its response body is closed (or the exchange
 * fails), so a streamed body holds its permit while it is being read, and nothing holds one
 * while authenticating, waiting between retries or handing out already-decoded pages. Every
 * thread and every prefetching pager using the client shares the same permits. Thread-safe.
 *
 * <p>Waiting for a permit counts toward OkHttp's call timeout; an interrupted wait fails the
 * exchange with an {@link InterruptedIOException} before anything is sent.
 */
public final class ConcurrencyLimit implements Interceptor {

  private final int permits;
  private final Semaphore semaphore;

  /**
   * @param permits the most exchanges in flight at once, at least 1
   * @throws IllegalArgumentException if below 1
   */
  public ConcurrencyLimit(int permits) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1, was " + permits);
    }
    this.permits = permits;
    this.semaphore = new Semaphore(permits, true); // fair: a long queue cannot starve a caller
  }

  /** The most exchanges in flight at once. */
  public int permits() {
    return permits;
  }

  /** How many exchanges are in flight now. */
  public int inFlight() {
    return permits - semaphore.availablePermits();
  }

  /** About how many callers are waiting for a permit now (for diagnostics and tests). */
  public int waiting() {
    return semaphore.getQueueLength();
  }

  /** A copy of {@code http} whose exchanges all go through this limit. */
  public OkHttpClient installOn(OkHttpClient http) {
    return http.newBuilder().addInterceptor(this).build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      semaphore.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for one of " + permits + " call slots");
    }
    Permit permit = new Permit();
    try {
      Response response = chain.proceed(chain.request());
      ResponseBody body = response.body();
      if (body == null) {
        permit.release();
        return response;
      }
      return response.newBuilder().body(new PermitBody(body, permit)).build();
    } catch (IOException | RuntimeException | Error e) {
      permit.release();
      throw e;
    }
  }

  /** One taken permit, given back at most once. */
  private final class Permit {
    private final AtomicBoolean released = new AtomicBoolean();

    void release() {
      if (released.compareAndSet(false, true)) {
        semaphore.release();
      }
    }
  }

  /** The response body, giving the permit back when it is closed or read to the end. */
  private static final class PermitBody extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;

    PermitBody(ResponseBody delegate, Permit permit) {
      this.delegate = delegate;
      this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
          long read = super.read(sink, byteCount);
          if (read == -1) {
            permit.release(); // fully read: the exchange is over even if the caller forgets to close
          }
          return read;
        }

        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            permit.release();
          }
        }
      });
    }

    @Override
    public okhttp3.MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }
  }
}
