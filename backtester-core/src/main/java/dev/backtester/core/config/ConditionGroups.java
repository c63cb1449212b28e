package dev.backtester.core.config;

import dev.backtester.api.Condition;
import dev.backtester.api.DataWindow;
import java.util.List;

/** Conditions combined from a list: all of them ({@code entry_long: [...]}) or any ({@code any: [...]}). */
final class ConditionGroups {
    private ConditionGroups() {
    }

    /** Holds when every part holds; a single part is returned as it is. */
    static Condition all(List<Condition> parts) {
        return parts.size() == 1 ? parts.get(0) : new AllOf(parts.toArray(Condition[]::new));
    }

    /** Holds when at least one part holds; a single part is returned as it is. */
    static Condition any(List<Condition> parts) {
        return parts.size() == 1 ? parts.get(0) : new AnyOf(parts.toArray(Condition[]::new));
    }

    private record AllOf(Condition[] parts) implements Condition {
        @Override
        public boolean test(DataWindow window) {
            for (Condition part : parts) {
                if (!part.test(window)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record AnyOf(Condition[] parts) implements Condition {
        @Override
        public boolean test(DataWindow window) {
            for (Condition part : parts) {
                if (part.test(window)) {
                    return true;
                }
            }
            return false;
        }
    }
}
