package dev.backtester.examples.cli;

import dev.backtester.core.config.ComponentKind;
import dev.backtester.core.config.ComponentRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code components}: every component name a file can use, with its parameters, including third-party ones. */
@Command(name = "components", mixinStandardHelpOptions = true,
        description = "Lists the components a strategy file can name (built-in and from jars on the class path).")
final class ComponentsCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ComponentRegistry registry = ComponentRegistry.load();
        for (ComponentKind kind : ComponentKind.values()) {
            out.println(kind.label() + "s:");
            for (ComponentRegistry.Component component : registry.all(kind)) {
                out.printf("  %-18s %s%n", component.name(), component.summary());
            }
            if (registry.all(kind).isEmpty()) {
                out.println("  (none registered)");
            }
        }
        return ExitCode.OK.status();
    }
}
