package dev.backtester.examples.cli;

import dev.backtester.core.config.ConfigException;
import java.io.PrintWriter;

/** Messages shared by the commands. */
final class Messages {
    private Messages() {
    }

    /** Every problem of a configuration, one per line with file, line, key path, and what to do next. */
    static void configProblems(PrintWriter err, ConfigException e) {
        err.println(e.getMessage());
        err.println("Fix the file and try again; 'backtester-cli validate FILE' checks a file without running it,"
                + " 'backtester-cli components' lists the component names and their parameters.");
    }
}
