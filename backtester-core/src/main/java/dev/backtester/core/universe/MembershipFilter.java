package dev.backtester.core.universe;

import dev.backtester.api.Condition;
import dev.backtester.api.DataWindow;
import dev.backtester.api.Signal;
import dev.backtester.api.SignalLogic;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Enforces a {@link Universe} in a strategy, without engine support: a symbol is traded only while it
 * is a member.
 *
 * <pre>{@code
 * MembershipFilter members = new MembershipFilter(universe, ZoneId.of("America/New_York"));
 * builder.signals(members.restrict(myLogic));
 * // or, with entry and exit conditions:
 * builder.entryLong(members.entry(cross)).exitLong(members.exit(crossBack));
 * }</pre>
 *
 * <p><b>Why a signal wrapper and not a risk rule.</b> Outside membership the wrapped logic is not asked at
 * all: an open position gets {@link Signal#FLAT} and a flat one {@link Signal#NONE}, so entries are blocked
 * and positions are closed in the one place where both are decided. A risk rule sees only proposed
 * entries, so it could block them but never close a position held when the symbol leaves the universe;
 * it would need a separate exit condition that the user must not forget.
 *
 * <p><b>Timing.</b> A bar belongs to the local date (in {@code zone}) of its last millisecond, as in the
 * trading calendars. Membership is decided from the bar's own date, never the next bar's, so on the first
 * bar after the last member day the position is closed at that bar's close (filled at the next open,
 * or at that close with same-bar fills): knowing the next bar's date would be looking ahead.
 *
 * <p>Checks are an array scan over the symbol's periods with no allocation, cheap enough for every bar.
 */
public final class MembershipFilter {
    private final Universe universe;
    private final ZoneId zone;
    /** Per symbol, pairs (exclusive start, inclusive end) of bar-end times inside membership. */
    private final Map<String, long[]> periods = new HashMap<>();

    /** A filter for {@code universe} whose dates are local to {@code zone}. */
    public MembershipFilter(Universe universe, ZoneId zone) {
        this.universe = Objects.requireNonNull(universe, "universe");
        this.zone = Objects.requireNonNull(zone, "zone");
        for (String symbol : universe.symbols()) {
            List<Membership> own = universe.memberships().stream().filter(m -> m.symbol().equals(symbol)).toList();
            long[] bounds = new long[2 * own.size()];
            for (int k = 0; k < own.size(); k++) {
                Membership m = own.get(k);
                // the bar's date is that of (end - 1 ms): in [from, to] exactly when startOf(from) < end <= startOf(to + 1)
                bounds[2 * k] = m.from() == null ? Long.MIN_VALUE : m.from().atStartOfDay(zone).toInstant().toEpochMilli();
                bounds[2 * k + 1] = m.to() == null ? Long.MAX_VALUE
                        : m.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            }
            periods.put(symbol, bounds);
        }
    }

    /** The universe enforced. */
    public Universe universe() {
        return universe;
    }

    /** True when a bar of {@code symbol} ending at {@code time} (UTC epoch ms) falls in a membership period. */
    public boolean isMember(String symbol, long time) {
        long[] bounds = periods.get(symbol);
        if (bounds == null) {
            return false;
        }
        for (int k = 0; k < bounds.length; k += 2) {
            if (time > bounds[k] && time <= bounds[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Holds at bars where the window's symbol is a member. */
    public Condition member() {
        return w -> isMember(w.symbol(), w.time());
    }

    /** {@code logic} while the symbol is a member; outside membership FLAT for an open position, else NONE. */
    public SignalLogic restrict(SignalLogic logic) {
        Objects.requireNonNull(logic, "logic");
        return w -> isMember(w.symbol(), w.time()) ? logic.evaluate(w) : leave(w);
    }

    /** An entry condition that also requires membership. */
    public Condition entry(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return w -> isMember(w.symbol(), w.time()) && condition.test(w);
    }

    /** An exit condition that also holds whenever the symbol is not a member. */
    public Condition exit(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return w -> !isMember(w.symbol(), w.time()) || condition.test(w);
    }

    private static Signal leave(DataWindow w) {
        return w.isFlat() ? Signal.NONE : Signal.FLAT;
    }

    @Override
    public String toString() {
        return "MembershipFilter[" + universe.name() + ", " + zone + "]";
    }
}
