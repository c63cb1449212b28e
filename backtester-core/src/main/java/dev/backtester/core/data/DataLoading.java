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
import java.util.concurrent.atomic.AtomicInteger;

/** Loads many symbols from any {@link DataProvider} in parallel. */
public final class DataLoading {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private DataLoading() {
    }

    /**
     * Loads {@code symbols} from {@code provider} on a pool no larger than the number of processors, and
     * returns them in the order requested. Every symbol is attempted; if some fail, the first failure in
     * request order is thrown with the others attached as suppressed exceptions. The provider must be
     * thread-safe, as every provider of this library is.
     */
    public static List<BarSeries> loadAll(DataProvider provider, List<String> symbols) {
        Objects.requireNonNull(provider, "provider");
        int threads = Math.min(symbols.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<BarSeries> loaded = new ArrayList<>();
            for (String symbol : symbols) {
                loaded.add(provider.load(symbol));
            }
            return loaded;
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, task -> {
            // named daemon threads: a forgotten pool neither keeps the JVM alive nor hides in a thread dump
            Thread t = new Thread(task, "data-loader-" + pool + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<BarSeries>> futures = new ArrayList<>();
            for (String symbol : symbols) {
                futures.add(executor.submit(() -> provider.load(symbol)));
            }
            return collect(futures);
        } finally {
            executor.shutdownNow();
        }
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
}
