package dev.backtester.core.sizing;

import dev.backtester.api.DataWindow;
import dev.backtester.api.risk.PortfolioView;
import dev.backtester.api.sizing.PositionSizer;
import dev.backtester.api.sizing.RebalanceSchedule;
import dev.backtester.api.sizing.SizingContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Risk parity across the portfolio: the universe is the symbols held plus the one being sized, each
 * gets a long-only weight from the covariance of their recent returns ({@link RiskParityWeights}),
 * and the sized symbol gets
 *
 * <pre>
 * shares = w_symbol * gross * equity / price
 * </pre>
 *
 * Weights by {@link Method}: {@link Method#INVERSE_VOLATILITY} {@code w_i = (1/sigma_i) / sum_j (1/sigma_j)};
 * {@link Method#EQUAL_RISK_CONTRIBUTION} the weights with equal risk contributions
 * {@code w_i (C w)_i}. The covariance {@code C} is the sample covariance (divided by L - 1) of the last
 * {@code L = lookback} simple close-to-close returns {@code close(k) / close(k+1) - 1}, k = 0..L-1, read
 * from each symbol's own window ({@link PortfolioView#window}). Returns are aligned by bar count, not by
 * time: the k-th latest return of each symbol, which matches when the symbols share a calendar (the
 * usual case of one exchange); with different calendars the pairs are only approximately simultaneous.
 * A short position's returns enter with their sign flipped (it gains when the price falls), so the
 * weights balance the risk of the positions as held; the side of the sized symbol is
 * {@link SizingContext#direction()}.
 *
 * <p>A symbol needs {@code L + 1} closes. A held symbol with fewer, or with zero variance, is left out
 * of the universe (weight 0); when it is the sized symbol, the sizer gives 0 shares and records
 * {@code rp_unavailable = 1}. Otherwise it records {@code rp_weight} (w of the sized symbol),
 * {@code rp_assets} (symbols weighted) and, for ERC, {@code rp_sweeps} (negative when the iteration did
 * not converge and inverse-volatility weights were used).
 *
 * <p>The sizer rebalances on its {@link #rebalance() schedule} (default monthly, New York time): the
 * engine then asks it again for each held position (with that position's window and side), and each
 * answer is that symbol's target. All answers of one decision time share one weight computation:
 * the per-run instance from {@link #forRun()} keeps the last weights and reuses them while the time
 * and the universe are unchanged; it also reuses its buffers, so sizing allocates only when the
 * universe grows.
 *
 * <p>Defaults: lookback 60 bars, gross 1.0 (total position value = equity), monthly rebalancing.
 */
public final class RiskParitySizer implements PositionSizer {
    /** Journal key: 1 when the sized symbol has too short a history or zero variance. */
    public static final String UNAVAILABLE = "rp_unavailable";
    /** Journal key: weight of the sized symbol. */
    public static final String WEIGHT = "rp_weight";
    /** Journal key: number of symbols weighted. */
    public static final String ASSETS = "rp_assets";
    /** Journal key: ERC sweeps (negative: not converged, inverse-volatility weights used). */
    public static final String SWEEPS = "rp_sweeps";

    /** How the weights are computed. */
    public enum Method {
        /** {@code w_i} proportional to {@code 1 / sigma_i}. */
        INVERSE_VOLATILITY,
        /** Equal risk contribution {@code w_i (C w)_i} of every symbol. */
        EQUAL_RISK_CONTRIBUTION
    }

    private final Method method;
    private final int lookback;
    private final double gross;
    private final RebalanceSchedule schedule;
    private final Workspace workspace; // null on the shared instance: each call then uses a fresh one

    private RiskParitySizer(Method method, int lookback, double gross, RebalanceSchedule schedule, Workspace workspace) {
        Objects.requireNonNull(method, "riskParity: method");
        Objects.requireNonNull(schedule, "riskParity: schedule");
        if (lookback < 2) {
            throw new IllegalArgumentException("riskParity: lookback must be >= 2 returns, got " + lookback);
        }
        if (!(gross > 0 && gross <= 10)) {
            throw new IllegalArgumentException("riskParity: gross must be in (0, 10] (1 = fully invested), got " + gross);
        }
        this.method = method;
        this.lookback = lookback;
        this.gross = gross;
        this.schedule = schedule;
        this.workspace = workspace;
    }

    /** Risk parity by {@code method} with a 60-bar lookback, gross 1 and monthly rebalancing. */
    public static RiskParitySizer of(Method method) {
        return new RiskParitySizer(method, 60, 1.0, RebalanceSchedule.every(RebalanceSchedule.Period.MONTHLY), null);
    }

    /** The same sizer weighting by {@code method}. */
    public RiskParitySizer method(Method method) {
        return new RiskParitySizer(method, lookback, gross, schedule, null);
    }

    /** The same sizer estimating the covariance from the last {@code lookback} returns (>= 2). */
    public RiskParitySizer lookback(int lookback) {
        return new RiskParitySizer(method, lookback, gross, schedule, null);
    }

    /** The same sizer targeting total position value {@code gross * equity}. */
    public RiskParitySizer gross(double gross) {
        return new RiskParitySizer(method, lookback, gross, schedule, null);
    }

    /** The same sizer rebalancing on {@code schedule} ({@link RebalanceSchedule#NEVER} sizes entries only). */
    public RiskParitySizer rebalance(RebalanceSchedule schedule) {
        return new RiskParitySizer(method, lookback, gross, schedule, null);
    }

    /** How the weights are found. */
    public Method method() {
        return method;
    }

    /** Returns per symbol in the covariance. */
    public int lookback() {
        return lookback;
    }

    /** Total position value as a multiple of equity. */
    public double gross() {
        return gross;
    }

    @Override
    public RebalanceSchedule rebalance() {
        return schedule;
    }

    /** A copy with its own buffers and weight cache for one run. */
    @Override
    public PositionSizer forRun() {
        return new RiskParitySizer(method, lookback, gross, schedule, new Workspace());
    }

    @Override
    public double shares(SizingContext context) {
        Workspace ws = workspace != null ? workspace : new Workspace();
        DataWindow own = context.window();
        String symbol = own.symbol();
        int sign = context.direction().sign();
        PortfolioView portfolio = context.portfolio();
        List<String> held = portfolio.holdings();
        ws.universe(held, portfolio, symbol, sign);
        if (!ws.isCached(portfolio.time())) {
            ws.compute(own, portfolio, lookback, method);
            ws.cache(portfolio.time());
        }
        int at = ws.candidate;
        if (ws.weight[at] <= 0) {
            context.explain(UNAVAILABLE, 1);
            return 0;
        }
        context.explain(WEIGHT, ws.weight[at]);
        context.explain(ASSETS, ws.weighted);
        if (method == Method.EQUAL_RISK_CONTRIBUTION) {
            context.explain(SWEEPS, ws.sweeps);
        }
        double equity = context.equity();
        double price = context.price();
        if (!(equity > 0 && price > 0) || Double.isInfinite(equity) || Double.isInfinite(price)) {
            return 0;
        }
        return ws.weight[at] * gross * equity / price;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskParitySizer other && method == other.method && lookback == other.lookback
                && gross == other.gross && schedule.equals(other.schedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, lookback, gross, schedule);
    }

    @Override
    public String toString() {
        return "riskParity(" + method.name().toLowerCase(Locale.ROOT) + ", lookback=" + lookback + ", gross=" + gross
                + ", rebalance " + schedule + ")";
    }

    /**
     * Buffers and the last weights. Symbols 0..n-1 of the universe: the holdings in order, then the
     * sized symbol unless it is held.
     */
    private static final class Workspace {
        private String[] symbols = new String[0];
        private int[] signs = new int[0];
        private int n;
        private int candidate;
        // the universe the cached weights belong to
        private String[] cachedSymbols = new String[0];
        private int[] cachedSigns = new int[0];
        private int cachedN = -1;
        private long cachedTime;
        // per symbol: returns, then the compacted covariance of the usable ones
        private double[][] returns = new double[0][];
        private double[][] covariance = new double[0][];
        private int[] usable = new int[0];
        private double[] compactWeights = new double[0];
        private double[] scratch = new double[0];
        private double[] weight = new double[0];
        private int weighted;
        private int sweeps;

        void universe(List<String> held, PortfolioView portfolio, String symbol, int sign) {
            int size = held.size();
            ensure(size + 1);
            n = 0;
            candidate = -1;
            for (int k = 0; k < size; k++) {
                String s = held.get(k);
                symbols[n] = s;
                if (s.equals(symbol)) {
                    candidate = n;
                    signs[n] = sign;
                } else {
                    signs[n] = portfolio.position(s) < 0 ? -1 : 1;
                }
                n++;
            }
            if (candidate < 0) {
                candidate = n;
                symbols[n] = symbol;
                signs[n] = sign;
                n++;
            }
        }

        boolean isCached(long time) {
            if (cachedN != n || cachedTime != time) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (signs[i] != cachedSigns[i] || !symbols[i].equals(cachedSymbols[i])) {
                    return false;
                }
            }
            return true;
        }

        void cache(long time) {
            if (cachedSymbols.length < n) {
                cachedSymbols = new String[symbols.length];
                cachedSigns = new int[symbols.length];
            }
            System.arraycopy(symbols, 0, cachedSymbols, 0, n);
            System.arraycopy(signs, 0, cachedSigns, 0, n);
            cachedN = n;
            cachedTime = time;
        }

        void compute(DataWindow own, PortfolioView portfolio, int lookback, Method method) {
            // the sized symbol's window first: a portfolio window may reuse the engine's cursor
            int count = 0;
            if (read(own, lookback, signs[candidate], candidate)) {
                usable[count++] = candidate;
            }
            for (int i = 0; i < n; i++) {
                if (i != candidate && read(portfolio.window(symbols[i]), lookback, signs[i], i)) {
                    usable[count++] = i;
                }
            }
            Arrays.sort(usable, 0, count); // universe order, so that results do not depend on the reading order
            Arrays.fill(weight, 0, n, 0.0);
            covariance(count, lookback);
            // a zero variance leaves the symbol out (its inverse volatility is infinite)
            int kept = 0;
            for (int a = 0; a < count; a++) {
                if (covariance[a][a] > 0) {
                    usable[kept++] = usable[a];
                }
            }
            if (kept < count) {
                covariance(kept, lookback);
            }
            weighted = kept;
            sweeps = 0;
            if (kept == 0) {
                return;
            }
            if (method == Method.INVERSE_VOLATILITY) {
                RiskParityWeights.inverseVolatilityInto(covariance, kept, compactWeights);
            } else {
                sweeps = RiskParityWeights.equalRiskContributionInto(covariance, kept, compactWeights, scratch,
                        RiskParityWeights.TOLERANCE, RiskParityWeights.MAX_SWEEPS);
            }
            for (int a = 0; a < kept; a++) {
                weight[usable[a]] = compactWeights[a];
            }
        }

        /** Reads the signed returns of universe symbol {@code i}; false when they are not all available. */
        private boolean read(DataWindow window, int lookback, int sign, int i) {
            if (window == null) {
                return false;
            }
            if (returns[i] == null || returns[i].length < lookback) {
                returns[i] = new double[lookback];
            }
            double[] r = returns[i];
            double later = window.close(0);
            for (int k = 0; k < lookback; k++) {
                double earlier = window.close(k + 1);
                double ret = later / earlier - 1;
                if (!(later > 0 && earlier > 0) || !Double.isFinite(ret)) {
                    return false;
                }
                r[k] = sign * ret;
                later = earlier;
            }
            return true;
        }

        /** Sample covariance of the returns of {@code usable[0..m)} into {@code covariance[0..m)[0..m)}. */
        private void covariance(int m, int lookback) {
            for (int a = 0; a < m; a++) {
                double[] ra = returns[usable[a]];
                double meanA = mean(ra, lookback);
                for (int b = a; b < m; b++) {
                    double[] rb = returns[usable[b]];
                    double meanB = mean(rb, lookback);
                    double sum = 0;
                    for (int k = 0; k < lookback; k++) {
                        sum += (ra[k] - meanA) * (rb[k] - meanB);
                    }
                    double c = sum / (lookback - 1);
                    covariance[a][b] = c;
                    covariance[b][a] = c;
                }
            }
        }

        private static double mean(double[] r, int lookback) {
            double sum = 0;
            for (int k = 0; k < lookback; k++) {
                sum += r[k];
            }
            return sum / lookback;
        }

        private void ensure(int size) {
            if (symbols.length >= size) {
                return;
            }
            int capacity = Math.max(size, symbols.length * 2);
            symbols = Arrays.copyOf(symbols, capacity);
            signs = Arrays.copyOf(signs, capacity);
            returns = Arrays.copyOf(returns, capacity);
            covariance = new double[capacity][capacity];
            usable = new int[capacity];
            compactWeights = new double[capacity];
            scratch = new double[capacity];
            weight = new double[capacity];
            cachedN = -1;
        }
    }
}
