package dev.backtester.core.config;

/**
 * Makes one kind of component from its YAML parameters.
 *
 * <p>Read every parameter through {@code params} (which checks types and ranges and reports
 * problems with their key path and line); a parameter that is never read is reported as unknown.
 * An {@link IllegalArgumentException} thrown while building is reported as a problem of the
 * component's block.
 *
 * @param <T> what is made: an {@code IndicatorSpec}, a {@code Condition}, a {@code PositionSizer}, ...
 */
@FunctionalInterface
public interface ComponentFactory<T> {

    /** Builds the component from {@code params}. */
    T create(Params params);
}
