package dev.backtester.examples.cli;

import dev.backtester.core.LibraryVersion;
import picocli.CommandLine;

/** {@code --version}: the library version. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"backtester-cli " + LibraryVersion.get()};
    }
}
