package dev.backtester.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.core.config.ComponentKind;
import dev.backtester.core.config.ComponentRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The YAML reference documents every component the library registers. */
class ReferenceDocTest {

    @Test
    void everyRegisteredComponentIsInTheReference() throws IOException {
        String reference = Files.readString(Path.of("../docs/yaml-reference.md"));
        ComponentRegistry registry = ComponentRegistry.load();
        for (ComponentKind kind : ComponentKind.values()) {
            for (ComponentRegistry.Component component : registry.all(kind)) {
                assertTrue(reference.contains("| `" + component.name() + "` |"),
                        kind.label() + " " + component.name() + " has a row in docs/yaml-reference.md");
            }
        }
    }
}
