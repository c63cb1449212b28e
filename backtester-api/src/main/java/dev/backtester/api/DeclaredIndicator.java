package dev.backtester.api;

import java.util.List;

/**
 * An indicator as declared in a strategy: its spec and the handles of its outputs.
 *
 * @param spec    what to compute
 * @param outputs one handle per output, in the spec's output order
 */
public record DeclaredIndicator(IndicatorSpec<?> spec, List<Series> outputs) {
    public DeclaredIndicator {
        outputs = List.copyOf(outputs);
    }
}
