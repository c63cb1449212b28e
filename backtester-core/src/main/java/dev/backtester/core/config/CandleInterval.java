package dev.backtester.core.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bar length a strategy is written for, e.g. {@code 1d} or {@code 15m}.
 *
 * @param text     as written: a count and a unit, s (seconds), m (minutes), h (hours), d (days) or w (weeks)
 * @param duration the bar length
 */
public record CandleInterval(String text, Duration duration) {
    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,5})([smhdw])");

    public CandleInterval {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(duration, "duration");
    }

    /** Parses {@code 15m}, {@code 1h}, {@code 1d}, ...; empty when the text has another form. */
    public static Optional<CandleInterval> parse(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        long count = Long.parseLong(m.group(1));
        Duration unit = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
        };
        return Optional.of(new CandleInterval(text.trim(), unit.multipliedBy(count)));
    }
}
