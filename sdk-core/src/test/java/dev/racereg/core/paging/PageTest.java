package dev.racereg.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.racereg.core.internal.auth.BearerTokenAuth;
import dev.racereg.core.auth.Secret;
import dev.racereg.core.error.NotFoundException;
import dev.racereg.core.error.ServerException;
import dev.racereg.core.http.Idempotency;
import dev.racereg.core.http.RetryPolicy;
import dev.racereg.core.internal.codec.Codecs;
import dev.racereg.core.internal.http.ApiExecutor;
import dev.racereg.core.internal.http.ApiRequest;
import dev.racereg.core.internal.http.TestExecutors;
import dev.racereg.core.testing.TestOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class PageTest {

  /** A fake platform: page n (from 1) holds the given items; fetches are counted per page. */
  private static final class Pages {
    final List<List<String>> content;
    final ConcurrentHashMap<Integer, AtomicInteger> fetches = new ConcurrentHashMap<>();
    final ConcurrentHashMap<Integer, String> fetchThread = new ConcurrentHashMap<>();
    RuntimeException failOn;
    int failPage;

    Pages(List<List<String>> content) {
      this.content = content;
    }

    Page<String> first() {
      return page(1);
    }

    Page<String> fetch(int n) {
      fetches.computeIfAbsent(n, k -> new AtomicInteger()).incrementAndGet();
      fetchThread.put(n, Thread.currentThread().getName());
      if (failOn != null && n == failPage) {
        throw failOn;
      }
      return page(n);
    }

    private Page<String> page(int n) {
      long total = content.stream().mapToLong(List::size).sum();
      List<String> items = content.get(n - 1);
      return n == content.size() ? Page.last(items, OptionalLong.of(total))
          : Page.of(items, OptionalLong.of(total), "cursor-" + (n + 1), () -> fetch(n + 1));
    }

    int fetched(int n) {
      AtomicInteger c = fetches.get(n);
      return c == null ? 0 : c.get();
    }
  }

  private static Pages threePages() {
    return new Pages(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e")));
  }

  @Test
  void autoPagingWalksEveryPageInOrderLazily() {
    Pages pages = threePages();

    Iterator<String> it = pages.first().autoPagingIterable().iterator();
    assertThat(it.next()).isEqualTo("a");
    assertThat(it.next()).isEqualTo("b");
    assertThat(pages.fetched(2)).as("page 2 is fetched only when reached").isZero();
    List<String> rest = new ArrayList<>();
    it.forEachRemaining(rest::add);

    assertThat(rest).containsExactly("c", "d", "e");
    assertThat(pages.fetched(2)).isEqualTo(1);
    assertThat(pages.fetched(3)).isEqualTo(1);
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void streamGivesTheSameItems() {
    assertThat(threePages().first().autoPagingStream().toList()).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void pageExposesItsPosition() {
    Page<String> first = threePages().first();

    assertThat(first.items()).containsExactly("a", "b");
    assertThat(first.totalResults()).hasValue(5);
    assertThat(first.nextCursor()).contains("cursor-2");
    assertThat(first.hasNextPage()).isTrue();
    Page<String> last = first.nextPage().nextPage();
    assertThat(last.items()).containsExactly("e");
    assertThat(last.hasNextPage()).isFalse();
    assertThat(last.nextCursor()).isEmpty();
    assertThatThrownBy(last::nextPage).isInstanceOf(NoSuchElementException.class);
    assertThat(first.toString()).isEqualTo("Page{items=2, totalResults=OptionalLong[5], hasNext=true}");
  }

  @Test
  void emptyResultHasNoItems() {
    Page<String> empty = Page.last(List.of(), OptionalLong.of(0));

    assertThat(empty.autoPagingIterable()).isEmpty();
    assertThat(empty.autoPagingStream().count()).isZero();
    assertThat(empty.autoPagingStream(Runnable::run).count()).isZero();
    assertThat(empty.totalResults()).hasValue(0);
  }

  @Test
  void emptyPagesInTheMiddleAreSkipped() {
    Pages pages = new Pages(List.of(List.of(), List.of("x"), List.of(), List.of(), List.of("y")));

    assertThat(pages.first().autoPagingStream().toList()).containsExactly("x", "y");
  }

  @Test
  void itemsCannotBeChangedThroughThePage() {
    List<String> source = new ArrayList<>(List.of("a"));
    Page<String> page = Page.last(source, OptionalLong.empty());
    source.add("b");

    assertThat(page.items()).containsExactly("a");
    assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void iteratingTwiceFetchesIndependently() {
    Pages pages = threePages();
    Page<String> first = pages.first();

    Iterator<String> one = first.autoPagingIterable().iterator();
    Iterator<String> two = first.autoPagingIterable().iterator();
    List<String> fromOne = new ArrayList<>();
    List<String> fromTwo = new ArrayList<>();
    while (one.hasNext() || two.hasNext()) {
      if (one.hasNext()) {
        fromOne.add(one.next());
      }
      if (two.hasNext()) {
        fromTwo.add(two.next());
      }
    }

    assertThat(fromOne).containsExactly("a", "b", "c", "d", "e");
    assertThat(fromTwo).isEqualTo(fromOne);
    assertThat(first.autoPagingStream().toList()).isEqualTo(fromOne);
    assertThat(pages.fetched(2)).isEqualTo(3);
    assertThat(pages.fetched(3)).isEqualTo(3);
  }

  @Test
  void prefetchingFetchesOnePageAheadOnTheExecutor() {
    Pages pages = threePages();
    AtomicInteger tasks = new AtomicInteger();

    Iterator<String> it = pages.first().autoPagingStream(task -> {
      tasks.incrementAndGet();
      task.run();
    }).iterator();
    assertThat(it.next()).isEqualTo("a");

    assertThat(pages.fetched(2)).as("page 2 fetched while page 1 is consumed").isEqualTo(1);
    assertThat(pages.fetched(3)).as("never more than one page ahead").isZero();
    List<String> rest = new ArrayList<>();
    it.forEachRemaining(rest::add);
    assertThat(rest).containsExactly("b", "c", "d", "e");
    assertThat(tasks).hasValue(2);
    assertThat(pages.fetched(2)).isEqualTo(1);
    assertThat(pages.fetched(3)).isEqualTo(1);
  }

  @Test
  void prefetchingOnAThreadPoolGivesTheSameItems() {
    List<List<String>> content = IntStream.range(0, 20)
        .mapToObj(p -> IntStream.range(0, 10).mapToObj(i -> p + "-" + i).collect(Collectors.toList()))
        .collect(Collectors.toList());
    Pages pages = new Pages(content);
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "prefetcher"));
    try {
      List<String> items = pages.first().autoPagingStream(pool).toList();

      assertThat(items).hasSize(200).startsWith("0-0", "0-1").endsWith("19-9");
      assertThat(pages.fetchThread.get(7)).isEqualTo("prefetcher");
      assertThat(pages.fetches.values()).allMatch(c -> c.get() == 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void failureOnPageThreeSurfacesAsTheSdkException() {
    for (boolean prefetch : new boolean[] {false, true}) {
      Pages pages = threePages();
      pages.failPage = 3;
      pages.failOn = new ServerException(dev.racereg.core.error.ErrorDetails.builder(503, "GET", "u").build());
      List<String> seen = new ArrayList<>();

      Iterator<String> it = (prefetch ? pages.first().autoPagingStream(Runnable::run)
          : pages.first().autoPagingStream()).iterator();

      assertThatThrownBy(() -> it.forEachRemaining(seen::add)).as("prefetch %s", prefetch)
          .isSameAs(pages.failOn);
      assertThat(seen).containsExactly("a", "b", "c", "d");
    }
  }

  // --- through the executor: pages keep the original parameters and credentials

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final TestOptions t = new TestOptions();

  private Page<String> fetchPage(ApiExecutor executor, ApiRequest request, int number) {
    ApiRequest pageRequest = request.toBuilder().removeQuery("page").query("page", String.valueOf(number)).build();
    JsonNode body = executor.execute(pageRequest, r -> Codecs.json().readTree(r.bytes()));
    List<String> names = new ArrayList<>();
    body.get("items").forEach(n -> names.add(n.asText()));
    return body.get("more").asBoolean()
        ? Page.of(names, OptionalLong.empty(), String.valueOf(number + 1), () -> fetchPage(executor, request, number + 1))
        : Page.last(names, OptionalLong.empty());
  }

  @Test
  void errorOnPageThreeThroughTheExecutor() {
    ApiExecutor executor = TestExecutors.on(t.builder(server.url("/").toString()).retryPolicy(RetryPolicy.none())
        .build(), new BearerTokenAuth(Secret.of("tok-page")));
    server.enqueue(TestExecutors.ok("{\"items\":[\"a\",\"b\"],\"more\":true}"));
    server.enqueue(TestExecutors.ok("{\"items\":[\"c\"],\"more\":true}"));
    server.enqueue(TestExecutors.status(404, "{\"error\":\"page expired\"}"));
    ApiRequest request = ApiRequest.builder("list", "GET", "/events/7/registrations", Idempotency.SAFE)
        .query("status", "confirmed").build();
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> fetchPage(executor, request, 1).autoPagingIterable().forEach(seen::add))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.providerMessage()).contains("page expired"));

    assertThat(seen).containsExactly("a", "b", "c");
    for (int page = 1; page <= 3; page++) {
      RecordedRequest recorded = TestExecutors.take(server);
      assertThat(recorded.getTarget()).isEqualTo("/events/7/registrations?status=confirmed&page=" + page);
      assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Bearer tok-page");
    }
  }
}
