package dev.backtester.examples.cli;

/** The exit statuses of {@code backtester-cli}, as documented in the README. */
public enum ExitCode {
    /** Done: the run's files are written, or the file is valid. */
    OK(0),
    /** The configuration file is invalid or unreadable; every problem is printed with its key path and line. */
    INVALID_CONFIG(1),
    /** The command line is wrong (unknown option, missing argument). */
    USAGE(2),
    /** The data cannot be used: missing path or symbol, bad rows, no bars between the dates, wrong interval. */
    DATA(3),
    /** The output folder or one of its files cannot be written. */
    OUTPUT(4),
    /** A bug in the backtester: the stack trace is printed to report it. */
    INTERNAL(70);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    /** The process exit status. */
    public int status() {
        return status;
    }
}
