package dev.backtester.examples.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small JSON writer, indented two spaces per level. Hand-written because the CLI writes two
 * small files of known shape; a JSON library would add a dependency for a few dozen lines.
 * Non-finite numbers (an infinite profit factor) are written as null, which JSON can hold.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** Per open object or array: true while nothing has been written in it. */
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        open('{');
        return this;
    }

    JsonWriter endObject() {
        close('}');
        return this;
    }

    JsonWriter beginArray() {
        open('[');
        return this;
    }

    JsonWriter endArray() {
        close(']');
        return this;
    }

    /** The name of the next member of the current object. */
    JsonWriter name(String name) {
        separate();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String text) {
        separate();
        if (text == null) {
            out.append("null");
        } else {
            string(text);
        }
        return this;
    }

    JsonWriter value(double number) {
        separate();
        out.append(Double.isFinite(number) ? Double.toString(number) : "null");
        return this;
    }

    JsonWriter value(long number) {
        separate();
        out.append(number);
        return this;
    }

    JsonWriter value(boolean flag) {
        separate();
        out.append(flag);
        return this;
    }

    /** Writes {@code json}, which must already be a valid JSON value, as it is. */
    JsonWriter raw(String json) {
        separate();
        out.append(json);
        return this;
    }

    /** The document, ending in a newline. */
    @Override
    public String toString() {
        return out + "\n";
    }

    private void open(char bracket) {
        separate();
        out.append(bracket);
        empty.push(true);
    }

    private void close(char bracket) {
        boolean wasEmpty = empty.pop();
        if (!wasEmpty) {
            newline();
        }
        out.append(bracket);
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (empty.isEmpty()) {
            return;
        }
        if (!empty.peek()) {
            out.append(',');
        }
        empty.pop();
        empty.push(false);
        newline();
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(empty.size()));
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
