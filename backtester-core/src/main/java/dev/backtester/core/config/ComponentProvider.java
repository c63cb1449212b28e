package dev.backtester.core.config;

/**
 * A set of components usable by name in YAML, found with {@link java.util.ServiceLoader}.
 *
 * <p>To add your own: implement this interface, register each component on the registry builder,
 * and list the class in {@code META-INF/services/dev.backtester.core.config.ComponentProvider}.
 * Once the jar is on the class path its components work in every configuration file:
 *
 * <pre>{@code
 * public final class MyComponents implements ComponentProvider {
 *     public void register(ComponentRegistry.Builder registry) {
 *         registry.sizer("half_kelly", "win_rate: number in (0, 1)",
 *                 p -> new HalfKelly(p.number("win_rate", Range.openClosed(0, 1))));
 *     }
 * }
 * }</pre>
 *
 * Implementations need a public no-argument constructor.
 */
public interface ComponentProvider {

    /** Registers this provider's components. */
    void register(ComponentRegistry.Builder registry);
}
