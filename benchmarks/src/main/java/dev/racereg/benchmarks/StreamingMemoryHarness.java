package dev.racereg.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The live heap while decoding a body that arrives as a stream (generated lazily, so the body
 * itself costs nothing): the SDK's streaming decoder against the whole-tree baseline, in the same
 * JVM, one after the other. "Live" is the heap in use right after each garbage collection, the
 * largest such value during the decode; garbage not yet collected does not count.
 */
public final class StreamingMemoryHarness {

  private StreamingMemoryHarness() {}

  /**
   * One measurement.
   *
   * @param rows rows in the body
   * @param streamingLiveBytes peak live heap growth of the streaming decoder
   * @param baselineLiveBytes peak live heap growth of the whole-tree baseline
   */
  public record Result(int rows, long streamingLiveBytes, long baselineLiveBytes) {
    /** Baseline divided by streaming: how many times less live memory streaming needs. */
    public double ratio() {
      return (double) baselineLiveBytes / Math.max(streamingLiveBytes, 1);
    }
  }

  /** Measures both decoders on {@code rows} rows. */
  public static Result measure(int rows) {
    // warm both paths so class loading and JIT do not count
    liveGrowth(Decoders::streaming, 2_000);
    liveGrowth(Decoders::wholeTree, 2_000);
    long streaming = liveGrowth(Decoders::streaming, rows);
    long baseline = liveGrowth(Decoders::wholeTree, rows);
    return new Result(rows, streaming, baseline);
  }

  private static long liveGrowth(ToLongFunction<InputStream> decoder, int rows) {
    Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
        .collect(Collectors.toSet());
    System.gc();
    long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    AtomicLong peakAfterGc = new AtomicLong(before);
    NotificationListener listener = (Notification n, Object handback) -> {
      if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          if (heapPools.contains(pool.getKey())) {
            used += pool.getValue().getUsed();
          }
        }
        peakAfterGc.accumulateAndGet(used, Math::max);
      }
    };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
    }
    try {
      decoder.applyAsLong(ExportBody.lazy(rows));
    } finally {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        try {
          ((NotificationEmitter) gc).removeNotificationListener(listener);
        } catch (javax.management.ListenerNotFoundException ignored) {
          // already gone
        }
      }
    }
    return Math.max(peakAfterGc.get() - before, 0);
  }
}
