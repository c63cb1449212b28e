/**
 * Named universes: which symbols a backtest may trade, and when.
 *
 * <ul>
 *   <li>{@link dev.backtester.core.universe.Universe}: symbols with membership periods
 *       ({@link dev.backtester.core.universe.Membership}, both ends inclusive, either end open), e.g. the
 *       constituents of an index over time, so that symbols which later left it are traded while they
 *       were in it (no survivorship bias).</li>
 *   <li>{@link dev.backtester.core.universe.UniverseFile} reads them from CSV {@code symbol,from,to} with
 *       {@code #} comments; every problem is reported as {@code file:line: what}.</li>
 *   <li>{@link dev.backtester.core.universe.MembershipFilter} enforces membership in a strategy by wrapping
 *       its signal logic (or entry and exit conditions): outside membership a position is closed and no
 *       entry is made. It needs nothing from the engine; its class documentation says why it wraps the
 *       signals rather than adding a risk rule.</li>
 * </ul>
 *
 * Load the data of every symbol that was ever a member ({@link dev.backtester.core.universe.Universe#symbols()}),
 * e.g. with {@code DataLoading.loadAll(provider, universe.symbols())}, which loads in parallel.
 */
package dev.backtester.core.universe;
