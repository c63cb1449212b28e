package dev.backtester.core.config;

import dev.backtester.api.Condition;
import dev.backtester.api.IndicatorSpec;
import dev.backtester.api.execution.CommissionModel;
import dev.backtester.api.execution.FillModel;
import dev.backtester.api.execution.SlippageModel;
import dev.backtester.api.regime.RegimeClassifier;
import dev.backtester.api.risk.RiskRule;
import dev.backtester.api.sizing.PositionSizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The components a configuration can name, by kind and name. Immutable once built.
 *
 * <p>{@link #load()} asks every {@link ComponentProvider} on the class path (built-in ones
 * included) to register its components, so third-party components need no change here. A name
 * registered twice for one kind is a packaging mistake and fails loading, naming both providers.
 */
public final class ComponentRegistry {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<ComponentKind, Map<String, Component>> components;

    private ComponentRegistry(Map<ComponentKind, Map<String, Component>> components) {
        this.components = components;
    }

    /**
     * One registered component.
     *
     * @param kind     what it is
     * @param name     the name used in YAML, lower case with underscores
     * @param summary  its parameters in one line, for listings and error messages
     * @param factory  builds it from its parameters
     * @param provider class name of the provider that registered it
     */
    public record Component(ComponentKind kind, String name, String summary, ComponentFactory<?> factory,
                            String provider) {
        public Component {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(factory, "factory");
            Objects.requireNonNull(provider, "provider");
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(kind.label() + " name must be lower case letters, digits and"
                        + " underscores starting with a letter, got '" + name + "'");
            }
        }
    }

    /** The components of every provider found through the context class loader (or this class's). */
    public static ComponentRegistry load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : ComponentRegistry.class.getClassLoader());
    }

    /** The components of every provider {@code loader} can find. */
    public static ComponentRegistry load(ClassLoader loader) {
        Builder builder = new Builder();
        for (ComponentProvider provider : ServiceLoader.load(ComponentProvider.class, loader)) {
            builder.provider = provider.getClass().getName();
            provider.register(builder);
        }
        return builder.build();
    }

    /** An empty builder, for registries assembled by hand (tests, embedding without ServiceLoader). */
    public static Builder builder() {
        return new Builder();
    }

    /** The component {@code name} of {@code kind}, if registered. */
    public Optional<Component> find(ComponentKind kind, String name) {
        return Optional.ofNullable(components.get(kind).get(name));
    }

    /** All components of {@code kind}, sorted by name. */
    public List<Component> all(ComponentKind kind) {
        return List.copyOf(components.get(kind).values());
    }

    /** Collects registrations; one method per kind keeps factories type-checked. */
    public static final class Builder {
        private final Map<ComponentKind, Map<String, Component>> components = new EnumMap<>(ComponentKind.class);
        private String provider = "manual";

        private Builder() {
            for (ComponentKind kind : ComponentKind.values()) {
                components.put(kind, new TreeMap<>());
            }
        }

        /** Registers an indicator; its handle's outputs become addressable as {@code id.output}. */
        public Builder indicator(String name, String summary, ComponentFactory<? extends IndicatorSpec<?>> factory) {
            return add(ComponentKind.INDICATOR, name, summary, factory);
        }

        /** Registers a condition for the signal lists. */
        public Builder condition(String name, String summary, ComponentFactory<? extends Condition> factory) {
            return add(ComponentKind.CONDITION, name, summary, factory);
        }

        /** Registers a position sizer. */
        public Builder sizer(String name, String summary, ComponentFactory<? extends PositionSizer> factory) {
            return add(ComponentKind.SIZER, name, summary, factory);
        }

        /** Registers a risk rule. */
        public Builder riskRule(String name, String summary, ComponentFactory<? extends RiskRule> factory) {
            return add(ComponentKind.RISK_RULE, name, summary, factory);
        }

        /** Registers a regime classifier. */
        public Builder regimeClassifier(String name, String summary,
                                        ComponentFactory<? extends RegimeClassifier> factory) {
            return add(ComponentKind.REGIME_CLASSIFIER, name, summary, factory);
        }

        /** Registers a fill model. */
        public Builder fillModel(String name, String summary, ComponentFactory<? extends FillModel> factory) {
            return add(ComponentKind.FILL_MODEL, name, summary, factory);
        }

        /** Registers a commission model. */
        public Builder commissionModel(String name, String summary,
                                       ComponentFactory<? extends CommissionModel> factory) {
            return add(ComponentKind.COMMISSION_MODEL, name, summary, factory);
        }

        /** Registers a slippage model. */
        public Builder slippageModel(String name, String summary, ComponentFactory<? extends SlippageModel> factory) {
            return add(ComponentKind.SLIPPAGE_MODEL, name, summary, factory);
        }

        private Builder add(ComponentKind kind, String name, String summary, ComponentFactory<?> factory) {
            Component component = new Component(kind, name, summary, factory, provider);
            Component earlier = components.get(kind).putIfAbsent(name, component);
            if (earlier != null) {
                throw new IllegalStateException(kind.label() + " '" + name + "' is registered twice: by "
                        + earlier.provider() + " and by " + provider);
            }
            return this;
        }

        /** The registry with everything registered so far. */
        public ComponentRegistry build() {
            Map<ComponentKind, Map<String, Component>> copy = new EnumMap<>(ComponentKind.class);
            for (Map.Entry<ComponentKind, Map<String, Component>> entry : components.entrySet()) {
                copy.put(entry.getKey(), new TreeMap<>(entry.getValue()));
            }
            return new ComponentRegistry(copy);
        }
    }

    /** Names of all components of {@code kind}, for "known: ..." messages. */
    List<String> names(ComponentKind kind) {
        return new ArrayList<>(components.get(kind).keySet());
    }
}
