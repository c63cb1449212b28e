package dev.backtester.core.config;

import dev.backtester.api.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators declared under {@code components.indicators}, by id, and the resolution of
 * column references in conditions: a price field ({@code close}), an indicator with one output
 * ({@code rsi}) or one output of an indicator ({@code bb.lower}).
 */
final class IndicatorScope {
    private static final List<String> PRICE_FIELDS = List.of("open", "high", "low", "close", "volume");

    /**
     * A declared indicator.
     *
     * @param id      the id conditions use
     * @param type    the registered indicator name, e.g. {@code bollinger_bands}
     * @param names   output names
     * @param outputs output handles, in the order of {@code names}; empty for an indicator whose
     *                own parameters were wrong, so that references to it add no second problem
     */
    record Declared(String id, String type, List<String> names, List<Series> outputs) {
        boolean broken() {
            return outputs.isEmpty();
        }
    }

    private final Map<String, Declared> byId = new LinkedHashMap<>();

    static boolean isPriceField(String name) {
        return PRICE_FIELDS.contains(name);
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    void declare(Declared declared) {
        byId.put(declared.id(), declared);
    }

    /** Records an indicator that could not be built; references to it are not reported again. */
    void declareBroken(String id, String type) {
        byId.putIfAbsent(id, new Declared(id, type, List.of(), List.of()));
    }

    /** Resolves a reference, recording a problem at {@code at} when it names nothing. */
    Optional<Series> resolve(String reference, ConfigValue at) {
        String ref = reference.trim();
        int field = PRICE_FIELDS.indexOf(ref.toLowerCase(Locale.ROOT));
        if (field >= 0) {
            return Optional.of(priceSeries(field));
        }
        int dot = ref.indexOf('.');
        String id = dot < 0 ? ref : ref.substring(0, dot);
        Declared declared = byId.get(id);
        if (declared == null) {
            at.error("unknown indicator id '" + id + "'; declared ids: " + (byId.isEmpty() ? "none" : String.join(", ",
                    byId.keySet())) + "; price fields: " + String.join(", ", PRICE_FIELDS));
            return Optional.empty();
        }
        if (declared.broken()) {
            return Optional.empty();
        }
        if (dot < 0) {
            if (declared.outputs().size() == 1) {
                return Optional.of(declared.outputs().get(0));
            }
            at.error("indicator '" + id + "' has several outputs; name one: " + outputList(declared));
            return Optional.empty();
        }
        return output(declared, ref.substring(dot + 1), at);
    }

    /**
     * Output {@code output} (null: the only output) of the indicator with id {@code id}, or when
     * {@code id} is null, of the only declared indicator of {@code type}.
     */
    Optional<Series> output(String id, String type, String output, ConfigValue at) {
        Declared declared;
        if (id != null) {
            declared = byId.get(id);
            if (declared == null) {
                at.error("unknown indicator id '" + id + "'; declared ids: "
                        + (byId.isEmpty() ? "none" : String.join(", ", byId.keySet())));
                return Optional.empty();
            }
            if (declared.broken()) {
                return Optional.empty();
            }
            if (!declared.type().equals(type)) {
                at.error("indicator '" + id + "' is a " + declared.type() + ", but a " + type + " is needed");
                return Optional.empty();
            }
        } else {
            List<Declared> candidates = new ArrayList<>();
            for (Declared d : byId.values()) {
                if (d.type().equals(type)) {
                    candidates.add(d);
                }
            }
            if (candidates.size() != 1) {
                at.error(candidates.isEmpty()
                        ? "needs a " + type + " indicator; declare one under components.indicators"
                        : "several " + type + " indicators are declared; choose one with 'indicator: <id>'");
                return Optional.empty();
            }
            declared = candidates.get(0);
        }
        if (declared.broken()) {
            return Optional.empty();
        }
        if (output == null) {
            if (declared.outputs().size() == 1) {
                return Optional.of(declared.outputs().get(0));
            }
            at.error("indicator '" + declared.id() + "' has several outputs: " + outputList(declared));
            return Optional.empty();
        }
        return output(declared, output, at);
    }

    private static Optional<Series> output(Declared declared, String output, ConfigValue at) {
        int index = declared.names().indexOf(output);
        if (index < 0) {
            at.error("indicator '" + declared.id() + "' has no output '" + output + "'; outputs: " + outputList(declared));
            return Optional.empty();
        }
        return Optional.of(declared.outputs().get(index));
    }

    private static String outputList(Declared declared) {
        List<String> refs = new ArrayList<>();
        for (String name : declared.names()) {
            refs.add(declared.id() + "." + name);
        }
        return String.join(", ", refs);
    }

    private static Series priceSeries(int field) {
        return switch (field) {
            case 0 -> Series.OPEN;
            case 1 -> Series.HIGH;
            case 2 -> Series.LOW;
            case 3 -> Series.CLOSE;
            default -> Series.VOLUME;
        };
    }
}
