package dev.backtester.timescale.runs;

import dev.backtester.api.result.EntrySignal;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code entry_signal} JSONB of a trade: {@code {"rule": ..., "names": [...], "values": [...]}}.
 * Arrays keep the series order (JSONB does not keep key order); NaN (an indicator still warming up)
 * is written as null. Numbers are written with {@link Double#toString}, which reads back exactly.
 */
final class EntrySignalJson {
    private EntrySignalJson() {
    }

    static String write(EntrySignal signal) {
        StringBuilder out = new StringBuilder("{\"rule\": ");
        string(out, signal.rule());
        out.append(", \"names\": [");
        List<String> names = signal.seriesNames();
        for (int k = 0; k < names.size(); k++) {
            out.append(k == 0 ? "" : ", ");
            string(out, names.get(k));
        }
        out.append("], \"values\": [");
        double[] values = signal.seriesValues();
        for (int k = 0; k < values.length; k++) {
            out.append(k == 0 ? "" : ", ");
            out.append(Double.isFinite(values[k]) ? Double.toString(values[k]) : "null");
        }
        return out.append("]}").toString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** Reads what {@link #write} wrote (as PostgreSQL returns it: keys in any order, any spacing). */
    static EntrySignal read(String json) {
        Reader r = new Reader(json);
        String rule = "";
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        r.expect('{');
        while (!r.consume('}')) {
            String key = r.string();
            r.expect(':');
            switch (key) {
                case "rule" -> rule = r.string();
                case "names" -> {
                    r.expect('[');
                    while (!r.consume(']')) {
                        names.add(r.string());
                        r.consume(',');
                    }
                }
                case "values" -> {
                    r.expect('[');
                    while (!r.consume(']')) {
                        values.add(r.number());
                        r.consume(',');
                    }
                }
                default -> throw new IllegalStateException("trades_v2.entry_signal has an unknown key '" + key + "'");
            }
            r.consume(',');
        }
        double[] array = new double[values.size()];
        for (int k = 0; k < array.length; k++) {
            array[k] = values.get(k);
        }
        return new EntrySignal(rule, names, array);
    }

    /** A cursor over the JSON text. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        private void skipBlanks() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        boolean consume(char c) {
            skipBlanks();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!consume(c)) {
                throw new IllegalStateException("trades_v2.entry_signal: expected '" + c + "' at " + at + " in " + text);
            }
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (text.charAt(at) != '"') {
                char c = text.charAt(at++);
                out.append(c == '\\' ? text.charAt(at++) : c);
            }
            at++;
            return out.toString();
        }

        double number() {
            skipBlanks();
            int start = at;
            while (at < text.length() && ",]} ".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String token = text.substring(start, at);
            return token.equals("null") ? Double.NaN : Double.parseDouble(token);
        }
    }
}
