package dev.backtester.core.data;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.DataProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Loads many symbols from any {@link DataProvider} in parallel. */
public final class DataLoading {
    /**
     * One pool for all loads, as many daemon threads as processors: loading is I/O and parsing that
     * finishes, and starting threads for every call costs more than reading a cached symbol.
     */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), new LoaderThreads());

    private DataLoading() {
    }

    /**
     * Loads {@code symbols} from {@code provider} on a shared pool of one daemon thread per processor, and
     * returns them in the order requested. Every symbol is attempted; if some fail, the first failure in
     * request order is thrown with the others attached as suppressed exceptions. The provider must be
     * thread-safe, as every provider of this library is.
     */
    public static List<BarSeries> loadAll(DataProvider provider, List<String> symbols) {
        Objects.requireNonNull(provider, "provider");
        int threads = Math.min(symbols.size(), Runtime.getRuntime().availableProcessors());
        // a load that itself loads in parallel (a provider built on another) runs here, never waiting on the pool
        if (threads <= 1 || Thread.currentThread() instanceof LoaderThread) {
            List<BarSeries> loaded = new ArrayList<>();
            for (String symbol : symbols) {
                loaded.add(provider.load(symbol));
            }
            return loaded;
        }
        List<Future<BarSeries>> futures = new ArrayList<>();
        for (String symbol : symbols) {
            futures.add(POOL.submit(() -> provider.load(symbol)));
        }
        return collect(futures);
    }

    private static List<BarSeries> collect(List<Future<BarSeries>> futures) {
        List<BarSeries> loaded = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<BarSeries> future : futures) {
            try {
                loaded.add(future.get());
            } catch (ExecutionException e) {
                RuntimeException cause = unchecked(e.getCause());
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            } catch (InterruptedException e) {
                for (Future<BarSeries> other : futures) {
                    other.cancel(true);
                }
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading bars", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return loaded;
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /** Named daemon threads: idle loaders neither keep the JVM alive nor hide in a thread dump. */
    private static final class LoaderThreads implements ThreadFactory {
        private final AtomicInteger threads = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            return new LoaderThread(task, "data-loader-" + threads.incrementAndGet());
        }
    }

    /** A thread of the shared pool. */
    private static final class LoaderThread extends Thread {
        LoaderThread(Runnable task, String name) {
            super(task, name);
            setDaemon(true);
        }
    }
}
