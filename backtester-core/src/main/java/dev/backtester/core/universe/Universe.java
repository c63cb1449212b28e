package dev.backtester.core.universe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named list of symbols with the periods each belonged to it, e.g. the constituents of an index over
 * time. Backtesting only the members of a given day avoids survivorship bias: symbols that left the
 * index (delisted, taken over, shrunk) count while they were in it. Read one from a file with
 * {@link UniverseFile}; enforce it in a strategy with {@link MembershipFilter}.
 *
 * @param name        the universe's name
 * @param memberships every membership period; periods of one symbol must not overlap
 */
public record Universe(String name, List<Membership> memberships) {

    /** @throws IllegalArgumentException naming the symbol when two of its periods overlap */
    public Universe {
        Objects.requireNonNull(name, "name");
        memberships = List.copyOf(memberships);
        for (int i = 0; i < memberships.size(); i++) {
            for (int j = i + 1; j < memberships.size(); j++) {
                Membership a = memberships.get(i);
                Membership b = memberships.get(j);
                if (a.symbol().equals(b.symbol()) && a.overlaps(b)) {
                    throw new IllegalArgumentException("universe " + name + ": memberships of " + a.symbol()
                            + " overlap: " + range(a) + " and " + range(b));
                }
            }
        }
    }

    /** A universe whose symbols are members all the time. */
    public static Universe always(String name, List<String> symbols) {
        List<Membership> all = new ArrayList<>();
        for (String symbol : symbols) {
            all.add(new Membership(symbol, null, null));
        }
        return new Universe(name, all);
    }

    /** Every symbol that was ever a member, in the order first listed: the symbols to load data for. */
    public List<String> symbols() {
        Set<String> symbols = new LinkedHashSet<>();
        for (Membership membership : memberships) {
            symbols.add(membership.symbol());
        }
        return List.copyOf(symbols);
    }

    /** True when {@code symbol} was a member on {@code date}. */
    public boolean isMember(String symbol, LocalDate date) {
        for (Membership membership : memberships) {
            if (membership.symbol().equals(symbol) && membership.covers(date)) {
                return true;
            }
        }
        return false;
    }

    /** The members on {@code date}, in the order first listed. */
    public List<String> members(LocalDate date) {
        List<String> members = new ArrayList<>();
        for (String symbol : symbols()) {
            if (isMember(symbol, date)) {
                members.add(symbol);
            }
        }
        return members;
    }

    private static String range(Membership m) {
        return (m.from() == null ? "open" : m.from().toString()) + ".." + (m.to() == null ? "open" : m.to().toString());
    }
}
