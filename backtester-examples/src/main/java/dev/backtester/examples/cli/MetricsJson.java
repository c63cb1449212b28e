package dev.backtester.examples.cli;

import dev.backtester.api.result.Metrics;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * {@code metrics.json}: every field of {@link Metrics}, in snake_case. The fields are read from
 * the record's components, so a metric added to the API appears here without a change.
 */
final class MetricsJson {
    private MetricsJson() {
    }

    static String of(Metrics metrics) {
        JsonWriter json = new JsonWriter().beginObject();
        for (RecordComponent component : Metrics.class.getRecordComponents()) {
            json.name(snakeCase(component.getName()));
            Object value = read(component, metrics);
            if (value instanceof Double d) {
                json.value(d);
            } else if (value instanceof Number n) {
                json.value(n.longValue());
            } else {
                json.value(String.valueOf(value));
            }
        }
        return json.endObject().toString();
    }

    /** {@code maxDrawdownBars} gives {@code max_drawdown_bars}. */
    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Object read(RecordComponent component, Metrics metrics) {
        try {
            return component.getAccessor().invoke(metrics);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read metric " + component.getName(), e);
        }
    }
}
