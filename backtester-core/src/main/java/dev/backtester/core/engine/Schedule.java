package dev.backtester.core.engine;

import java.util.Arrays;

/**
 * The order in which a run visits bars: all symbols' bars merged by time, equal times in the
 * order the symbols were given. Also marks the last bar of each distinct time, where the
 * portfolio is marked and an equity point is recorded. A single symbol's schedule is its bars in
 * order, one point each: the engine walks them by index, so it has no merged columns.
 */
final class Schedule {
    /** Per visit, the symbol and its bar; empty for a single symbol. */
    final int[] symbol;
    final int[] bar;
    /** Per visit, whether it is the last bar of its time; empty for a single symbol. */
    final boolean[] endsTime;
    private final int size;
    final int points;
    /**
     * Time of each equity point, the same for every run: runs hand it to their equity curves, which
     * never write to it, so no run allocates or fills its own copy. A single symbol's bar times.
     */
    final long[] pointTimes;

    private Schedule(int[] symbol, int[] bar, boolean[] endsTime, int size, int points, long[] pointTimes) {
        this.symbol = symbol;
        this.bar = bar;
        this.endsTime = endsTime;
        this.size = size;
        this.points = points;
        this.pointTimes = pointTimes;
    }

    /** Bars visited over all symbols. */
    int size() {
        return size;
    }

    static Schedule merge(SymbolData[] data) {
        if (data.length == 1) {
            // the engine's own copy of a single symbol's times is never written: its points share it
            int n = data[0].size();
            return new Schedule(new int[0], new int[0], new boolean[0], n, n, data[0].times);
        }
        int total = 0;
        for (SymbolData d : data) {
            total += d.size();
        }
        int[] symbol = new int[total];
        int[] bar = new int[total];
        boolean[] endsTime = new boolean[total];
        int[] cursor = new int[data.length];
        SymbolHeap heap = new SymbolHeap(data, cursor);
        for (int s = 0; s < data.length; s++) {
            if (data[s].size() > 0) {
                heap.push(s);
            }
        }
        int points = 0;
        long[] times = new long[total];
        for (int e = 0; e < total; e++) {
            int s = heap.pop();
            symbol[e] = s;
            bar[e] = cursor[s];
            long time = data[s].times[cursor[s]];
            cursor[s]++;
            if (cursor[s] < data[s].size()) {
                heap.push(s);
            }
            boolean last = heap.isEmpty() || heap.peekTime() != time;
            endsTime[e] = last;
            if (last) {
                times[points++] = time;
            }
        }
        return new Schedule(symbol, bar, endsTime, total, points, Arrays.copyOf(times, points));
    }

    /** Binary min-heap of symbol indices keyed by (time of the symbol's next bar, symbol index). */
    private static final class SymbolHeap {
        private final SymbolData[] data;
        private final int[] cursor;
        private final int[] heap;
        private int size;

        SymbolHeap(SymbolData[] data, int[] cursor) {
            this.data = data;
            this.cursor = cursor;
            this.heap = new int[data.length];
        }

        boolean isEmpty() {
            return size == 0;
        }

        long peekTime() {
            return time(heap[0]);
        }

        void push(int s) {
            int i = size++;
            heap[i] = s;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!less(heap[i], heap[parent])) {
                    break;
                }
                swap(i, parent);
                i = parent;
            }
        }

        int pop() {
            int top = heap[0];
            heap[0] = heap[--size];
            int i = 0;
            while (true) {
                int left = 2 * i + 1;
                int smallest = i;
                if (left < size && less(heap[left], heap[smallest])) {
                    smallest = left;
                }
                if (left + 1 < size && less(heap[left + 1], heap[smallest])) {
                    smallest = left + 1;
                }
                if (smallest == i) {
                    return top;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private long time(int s) {
            return data[s].times[cursor[s]];
        }

        private boolean less(int a, int b) {
            long ta = time(a);
            long tb = time(b);
            return ta < tb || (ta == tb && a < b);
        }

        private void swap(int i, int j) {
            int t = heap[i];
            heap[i] = heap[j];
            heap[j] = t;
        }
    }
}
