package dev.backtester.core.config;

import dev.backtester.api.Strategy;
import dev.backtester.core.LibraryVersion;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a strategy configuration file and builds its strategy.
 *
 * <pre>{@code
 * StrategyConfig config = new ConfigLoader().load(Path.of("bb_mean_reversion.yaml"));
 * RunResult result = Backtest.of(config.strategy()).initialCapital(config.backtest().initialCapital()).run(bars);
 * }</pre>
 *
 * The whole file is checked before anything is built or any data is loaded: every problem
 * (unknown component, missing or wrong-typed parameter, value out of range, unknown indicator id,
 * unknown key, YAML syntax) is reported at once in a {@link ConfigException}, each with its key
 * path and line. SnakeYAML is used only to compose the node tree, which keeps the position of every
 * value; no objects are constructed from the YAML, so a file cannot instantiate classes.
 */
public final class ConfigLoader {
    /** The blocks that decide trades; their canonical form gives the parameter hash. */
    private static final Set<String> PARAMETER_BLOCKS = Set.of("runtime", "components", "execution");

    private final ComponentRegistry registry;

    /** A loader using every {@link ComponentProvider} on the class path. */
    public ConfigLoader() {
        this(ComponentRegistry.load());
    }

    /** A loader using {@code registry}. */
    public ConfigLoader(ComponentRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The components this loader knows. */
    public ComponentRegistry registry() {
        return registry;
    }

    /**
     * Reads and checks {@code file}; a relative data path in it is taken relative to the file's folder.
     *
     * @throws ConfigException      listing every problem of the file
     * @throws UncheckedIOException when the file cannot be read
     */
    public StrategyConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration " + file + ": " + e.getMessage(), e);
        }
        Path folder = file.toAbsolutePath().getParent();
        return parse(file.toString(), text, folder != null ? folder : Path.of("").toAbsolutePath());
    }

    /**
     * Checks YAML text; relative data paths are taken relative to {@code baseDirectory}.
     *
     * @param source label of the text in messages, e.g. its file name
     * @throws ConfigException listing every problem
     */
    public StrategyConfig parse(String source, String yaml, Path baseDirectory) {
        Problems problems = new Problems(source);
        Optional<Node> root = compose(yaml, problems);
        if (root.isEmpty()) {
            problems.throwIfAny();
            throw new ConfigException(List.of(new ConfigError(source, "", 0, 0, "the file is empty")));
        }
        ConfigValue top = new ConfigValue("", root.get(), null, problems);
        Optional<ConfigMap> map = top.asMap();
        if (map.isEmpty()) {
            problems.throwIfAny();
        }
        DocumentReader.Parts parts = new DocumentReader(registry, baseDirectory).read(map.orElseThrow());
        problems.throwIfAny();
        Strategy strategy;
        try {
            strategy = parts.builder().build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the reader checks what build() requires, so this is a gap in the checks; still report it as
            // a problem of the file rather than a crash
            problems.add("components", root.get(), e.getMessage());
            problems.throwIfAny();
            throw e;
        }
        String canonical = CanonicalForm.of(root.get());
        String libraryVersion = LibraryVersion.get();
        ConfigHashes hashes = new ConfigHashes(
                CanonicalForm.sha256(canonical + "\nlibrary " + libraryVersion),
                CanonicalForm.sha256(CanonicalForm.of((MappingNode) root.get(), PARAMETER_BLOCKS)),
                libraryVersion);
        return new StrategyConfig(parts.name(), parts.version(), parts.runtime(), parts.backtest(), strategy, hashes,
                source, yaml, canonical, Positions.of(root.get()));
    }

    /** Checks YAML text; relative data paths are taken relative to the working directory. */
    public StrategyConfig parse(String source, String yaml) {
        return parse(source, yaml, Path.of("").toAbsolutePath());
    }

    private static Optional<Node> compose(String yaml, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return Optional.ofNullable(new Yaml(options).compose(new StringReader(yaml)));
        } catch (MarkedYAMLException e) {
            problems.add("", e.getProblemMark(), "YAML syntax: " + e.getProblem()
                    + (e.getContext() != null ? " (" + e.getContext() + ")" : ""));
        } catch (YAMLException e) {
            problems.add("", (Mark) null, "YAML: " + e.getMessage());
        }
        return Optional.empty();
    }
}
