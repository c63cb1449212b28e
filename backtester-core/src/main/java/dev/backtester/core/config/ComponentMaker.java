package dev.backtester.core.config;

import dev.backtester.api.IndicatorSpec;
import java.util.Optional;

/**
 * Builds named components from the registry for one file: looks the name up, runs the factory
 * on checked parameters and turns every failure into a problem with a key path and line.
 */
final class ComponentMaker {
    private final ComponentRegistry registry;
    private final IndicatorScope scope;

    ComponentMaker(ComponentRegistry registry, IndicatorScope scope) {
        this.registry = registry;
        this.scope = scope;
    }

    IndicatorScope scope() {
        return scope;
    }

    /** The indicator {@code name}; see {@link #make}. */
    Optional<IndicatorSpec<?>> indicator(String name, ConfigValue nameAt, ConfigMap params) {
        return make(ComponentKind.INDICATOR, IndicatorSpec.class, name, nameAt, params).map(spec -> (IndicatorSpec<?>) spec);
    }

    /**
     * The component {@code name} of {@code kind} built from {@code params}; empty (with the
     * problems recorded) when the name is unknown or a parameter is wrong.
     *
     * @param nameAt where the name was written, for an unknown name
     */
    <T> Optional<T> make(ComponentKind kind, Class<T> type, String name, ConfigValue nameAt, ConfigMap params) {
        Optional<ComponentRegistry.Component> found = registry.find(kind, name);
        if (found.isEmpty()) {
            nameAt.error("unknown " + kind.label() + " '" + name + "'; known: " + String.join(", ", registry.names(kind)));
            return Optional.empty();
        }
        Params p = new Params(kind, name, params, scope);
        Object made;
        try {
            made = found.get().factory().create(p);
        } catch (RuntimeException e) {
            // a factory may validate on its own (IllegalArgumentException); after a reported
            // parameter problem its stand-in values may fail too, which adds nothing new
            if (!p.failed()) {
                params.self().error(kind.label() + " " + name + ": " + e.getMessage());
            }
            return Optional.empty();
        }
        p.rejectUnknown();
        if (p.failed()) {
            return Optional.empty();
        }
        if (!type.isInstance(made)) {
            params.self().error(kind.label() + " " + name + " (from " + found.get().provider() + ") made "
                    + (made == null ? "nothing" : "a " + made.getClass().getName()) + " instead of a " + type.getSimpleName());
            return Optional.empty();
        }
        return Optional.of(type.cast(made));
    }
}
