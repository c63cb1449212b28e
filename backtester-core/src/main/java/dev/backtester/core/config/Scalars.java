package dev.backtester.core.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML scalars by the tag SnakeYAML resolved for them, so that numbers mean the same here
 * as in any YAML 1.1 reader: {@code 1_000}, {@code 0x1F}, {@code 1e0}, {@code .inf}.
 */
final class Scalars {
    private Scalars() {
    }

    static boolean isNumber(ScalarNode node) {
        return Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag());
    }

    static boolean isNull(ScalarNode node) {
        return Tag.NULL.equals(node.getTag());
    }

    static boolean isBoolean(ScalarNode node) {
        return Tag.BOOL.equals(node.getTag());
    }

    /** True for YAML 1.1 true words (true, yes, on), false for the others; only for BOOL scalars. */
    static boolean booleanValue(ScalarNode node) {
        String text = node.getValue().toLowerCase(Locale.ROOT);
        return text.equals("true") || text.equals("yes") || text.equals("on") || text.equals("y");
    }

    /** The value of an INT or FLOAT scalar as a double. */
    static double doubleValue(ScalarNode node) {
        Object value = parse(node);
        return value instanceof BigDecimal exact ? exact.doubleValue() : (Double) value;
    }

    /**
     * The value in one spelling for equal numbers: {@code 1}, {@code 1.0}, {@code 1.00} and
     * {@code 1e0} all give {@code 1}; infinities and NaN give {@code .inf}, {@code -.inf}, {@code .nan}.
     */
    static String canonicalNumber(ScalarNode node) {
        Object value = parse(node);
        if (value instanceof BigDecimal exact) {
            return exact.signum() == 0 ? "0" : exact.stripTrailingZeros().toPlainString();
        }
        double special = (Double) value;
        return Double.isNaN(special) ? ".nan" : special > 0 ? ".inf" : "-.inf";
    }

    /** A BigDecimal, or a Double for infinities and NaN. */
    private static Object parse(ScalarNode node) {
        String text = node.getValue().replace("_", "");
        if (Tag.FLOAT.equals(node.getTag())) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".inf")) {
                return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (lower.equals(".nan")) {
                return Double.NaN;
            }
            if (text.contains(":")) {
                return sexagesimal(text);
            }
            return new BigDecimal(text);
        }
        return new BigDecimal(parseInteger(text));
    }

    private static BigInteger parseInteger(String text) {
        boolean negative = text.startsWith("-");
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        BigInteger magnitude;
        if (digits.startsWith("0x")) {
            magnitude = new BigInteger(digits.substring(2), 16);
        } else if (digits.startsWith("0b")) {
            magnitude = new BigInteger(digits.substring(2), 2);
        } else if (digits.contains(":")) {
            magnitude = sexagesimal(digits).toBigIntegerExact();
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            // YAML 1.1: a leading zero means octal
            magnitude = new BigInteger(digits.substring(1), 8);
        } else {
            magnitude = new BigInteger(digits);
        }
        return negative ? magnitude.negate() : magnitude;
    }

    /** YAML 1.1 base-60 numbers such as {@code 1:30} (= 90). */
    private static BigDecimal sexagesimal(String text) {
        boolean negative = text.startsWith("-");
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        BigDecimal value = BigDecimal.ZERO;
        for (String part : digits.split(":")) {
            value = value.multiply(BigDecimal.valueOf(60)).add(new BigDecimal(part));
        }
        return negative ? value.negate() : value;
    }
}
