package dev.backtester.core.universe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads universes from a small CSV format:
 *
 * <pre>
 * # constituents of a sample index; lines starting with # are comments, blank lines are ignored
 * symbol,from,to
 * AAPL,1982-11-30,
 * ENRN,,2001-11-29
 * GM,1925-01-01,2009-06-07
 * GM,2013-06-07,
 * </pre>
 *
 * The first line that is neither blank nor a comment must be the header {@code symbol,from,to}. Each
 * following line is one membership period: dates are ISO {@code yyyy-MM-dd}, both ends inclusive, and an
 * empty date leaves that end open. A symbol may have several periods if they do not overlap. The
 * universe is named after the file, without its extension. Every problem is reported, each as
 * {@code file:line: what}, in one {@link UniverseFormatException}.
 */
public final class UniverseFile {

    /** The header line every file starts with. */
    public static final String HEADER = "symbol,from,to";

    private UniverseFile() {
    }

    /**
     * Reads the universe in {@code file}.
     *
     * @throws UniverseFormatException listing every problem
     * @throws UncheckedIOException    if the file cannot be read
     */
    public static Universe read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read universe file " + file + ": " + e.getMessage(), e);
        }
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return parse(dot > 0 ? fileName.substring(0, dot) : fileName, fileName, content);
    }

    /**
     * Parses universe text.
     *
     * @param name    the universe's name
     * @param source  the name problems are reported with, e.g. the file name
     * @param content the text
     * @throws UniverseFormatException listing every problem
     */
    public static Universe parse(String name, String source, String content) {
        List<String> problems = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        Map<Membership, Integer> lineOf = new HashMap<>();
        boolean headerSeen = false;
        String[] lines = content.split("\r?\n", -1);
        for (int index = 0; index < lines.length; index++) {
            int line = index + 1;
            String text = index == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1).strip() : lines[index].strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (!text.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    problems.add(source + ":" + line + ": expected the header '" + HEADER + "', found '" + text + "'");
                }
                continue;
            }
            Membership membership = membership(text, source + ":" + line, problems);
            if (membership != null) {
                overlapCheck(membership, memberships, lineOf, source, line, problems);
                memberships.add(membership);
                lineOf.put(membership, line);
            }
        }
        if (!headerSeen) {
            problems.add(source + ": no header '" + HEADER + "' and no memberships");
        }
        if (!problems.isEmpty()) {
            throw new UniverseFormatException(problems);
        }
        return new Universe(name, memberships);
    }

    private static Membership membership(String text, String where, List<String> problems) {
        String[] fields = text.split(",", -1);
        if (fields.length != 3) {
            problems.add(where + ": expected 3 fields symbol,from,to but found " + fields.length + " in '" + text + "'");
            return null;
        }
        String symbol = fields[0].strip();
        int before = problems.size();
        if (symbol.isEmpty()) {
            problems.add(where + ": the symbol is empty");
        }
        LocalDate from = date(fields[1], "from", where, problems);
        LocalDate to = date(fields[2], "to", where, problems);
        if (problems.size() > before) {
            return null;
        }
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(where + ": from " + from + " is after to " + to);
            return null;
        }
        return new Membership(symbol, from, to);
    }

    private static LocalDate date(String field, String column, String where, List<String> problems) {
        String text = field.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(where + ": column " + column + ": '" + text + "' is not a date yyyy-MM-dd");
            return null;
        }
    }

    private static void overlapCheck(Membership membership, List<Membership> earlier, Map<Membership, Integer> lineOf,
                                     String source, int line, List<String> problems) {
        for (Membership other : earlier) {
            if (other.symbol().equals(membership.symbol()) && other.overlaps(membership)) {
                problems.add(source + ":" + line + ": membership of " + membership.symbol()
                        + " overlaps the one on line " + lineOf.get(other));
            }
        }
    }
}
