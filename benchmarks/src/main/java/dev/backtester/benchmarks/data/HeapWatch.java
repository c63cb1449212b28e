package dev.backtester.benchmarks.data;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures heap use while some work runs, three ways:
 * <ul>
 *   <li>the highest heap occupancy right after any garbage collection: the peak of what was really
 *       alive, the figure that decides whether a heap limit is enough;</li>
 *   <li>the highest used heap, sampled every millisecond: includes garbage not yet collected, so it
 *       grows with the heap limit;</li>
 *   <li>the sum of the heap pools' peaks: an upper bound of the above (pools peak at different times).</li>
 * </ul>
 */
final class HeapWatch implements AutoCloseable {
    private final long baseline;
    private final Thread sampler;
    private final NotificationListener listener = this::onGc;
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final Set<String> heapPools = new HashSet<>();
    private volatile boolean running = true;
    private volatile long maxSampled;
    private volatile long maxAfterGc;

    private HeapWatch() {
        baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
        }
        sampler = new Thread(() -> {
            while (running) {
                maxSampled = Math.max(maxSampled, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching after a full collection; earlier peaks do not count. */
    static HeapWatch start() {
        System.gc();
        return new HeapWatch();
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                after += pool.getValue().getUsed();
            }
        }
        maxAfterGc = Math.max(maxAfterGc, after);
    }

    /** Heap in use when watching started, after a full collection, in MB. */
    double baselineMb() {
        return baseline / 1e6;
    }

    /** The highest heap occupancy right after a collection, in MB (0 when no collection ran). */
    double peakAfterGcMb() {
        return maxAfterGc / 1e6;
    }

    /** The highest heap use sampled, in MB. */
    double sampledPeakMb() {
        return maxSampled / 1e6;
    }

    /** The sum of the heap pools' peaks since the start, in MB. */
    static double poolPeaksMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1e6;
    }

    /** Heap in use now, in MB. */
    static double usedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }

    /** The maximum heap size the JVM may use, in MB. */
    static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / 1e6;
    }

    /** All figures on one line. */
    String summary() {
        return String.format(java.util.Locale.ROOT, "heap before %.1f MB, peak live (after GC) %.1f MB, peak sampled %.1f MB,"
                + " sum of pool peaks %.1f MB, max heap %.0f MB", baselineMb(), peakAfterGcMb(), sampledPeakMb(),
                poolPeaksMb(), maxHeapMb());
    }

    @Override
    public void close() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (GarbageCollectorMXBean collector : collectors) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException("the listener added in the constructor is gone", e);
            }
        }
    }
}
