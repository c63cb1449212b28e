package dev.backtester.core.data;

import dev.backtester.api.data.BarSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads one CSV file of bars into a {@link BarSeries}, validating every row.
 *
 * <p>Files are UTF-8; a byte-order mark, CRLF line ends and blank lines (trailing or not) are accepted.
 * Every problem is collected, with file, line, column and offending text, before anything is decided:
 * under {@link BadBarPolicy#FAIL} any problem throws a {@link DataValidationException} listing them all;
 * under {@link BadBarPolicy#DROP_AND_REPORT} the rows with problems are left out and reported in the
 * returned {@link CsvLoad}. An empty file, a header without rows, a header lacking a mapped column, or a
 * file with no valid row fails under both policies.
 *
 * <p>A reader holds no state between reads and can be shared by threads.
 */
public final class CsvBarReader {

    private final CsvFormat format;
    private final BadBarPolicy policy;

    /** A reader that fails on any problem. */
    public CsvBarReader(CsvFormat format) {
        this(format, BadBarPolicy.FAIL);
    }

    /** A reader applying {@code policy} to invalid rows. */
    public CsvBarReader(CsvFormat format, BadBarPolicy policy) {
        this.format = Objects.requireNonNull(format, "format");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The layout this reader expects. */
    public CsvFormat format() {
        return format;
    }

    /** What this reader does with invalid rows. */
    public BadBarPolicy policy() {
        return policy;
    }

    /**
     * The symbol a file's bars get when none is given: the file name without its last extension
     * ({@code orcl-1995-2014.txt} gives {@code orcl-1995-2014}, {@code ES.2006.csv} gives {@code ES.2006}); a
     * name without a dot, or whose only dot is the first character, is used whole.
     */
    public static String symbolOf(Path file) {
        String name = Objects.requireNonNull(file.getFileName(), "file has no name: " + file).toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Reads {@code file} with the symbol {@link #symbolOf(Path)} derives from its name.
     *
     * @throws DataValidationException if the file has problems the policy does not allow
     * @throws UncheckedIOException    if the file cannot be read
     */
    public BarSeries read(Path file) {
        return load(file, symbolOf(file)).series();
    }

    /** Reads {@code file} as the bars of {@code symbol}; see {@link #read(Path)}. */
    public BarSeries read(Path file, String symbol) {
        return load(file, symbol).series();
    }

    /** Reads {@code file} and returns its bars with the report; see {@link #load(Path, String)}. */
    public CsvLoad load(Path file) {
        return load(file, symbolOf(file));
    }

    /**
     * Reads {@code file} as the bars of {@code symbol} and returns them with the validation report, which
     * lists the dropped rows under {@link BadBarPolicy#DROP_AND_REPORT} and is clean otherwise.
     *
     * @throws DataValidationException if the file has problems the policy does not allow
     * @throws UncheckedIOException    if the file cannot be read
     */
    public CsvLoad load(Path file, String symbol) {
        String content;
        try {
            content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bar file " + file + ": " + e.getMessage(), e);
        }
        Path name = file.getFileName();
        return parse(name == null ? file.toString() : name.toString(), file.toString(), content, symbol);
    }

    /**
     * Parses CSV text held in memory.
     *
     * @param name    the name problems are reported with, e.g. a file name
     * @param content the whole CSV text
     * @param symbol  the symbol of the bars
     * @throws DataValidationException if the text has problems the policy does not allow
     */
    public CsvLoad parse(String name, String content, String symbol) {
        return parse(name, name, content, symbol);
    }

    private CsvLoad parse(String name, String source, String content, String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        CsvFileParser.Result result = new CsvFileParser(name, format, content).parse();
        ValidationReport report = new ValidationReport(source, result.problems());
        if (result.fatal() || (!report.isClean() && policy == BadBarPolicy.FAIL)) {
            throw new DataValidationException(report);
        }
        return new CsvLoad(result.rows().toSeries(symbol, result.rejected()), report);
    }
}
