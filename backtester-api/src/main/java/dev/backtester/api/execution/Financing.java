package dev.backtester.api.execution;

/**
 * Costs and credits of holding positions: borrow fees on shorts, interest on cash, and the margin a
 * short needs.
 *
 * <p>Accrual is daily on the calendar: between two consecutive bar times of the run, each rate accrues
 * for the elapsed time in days (fractional for intraday bars, 3 days over a weekend) divided by
 * {@code dayCountBasis} (actual/360 by default, the US money-market convention). The borrow fee is
 * charged on the market value of short positions at the previous bar time's closes; interest is earned
 * (or paid, when negative) on positive cash less the proceeds of open short sales, which a broker holds
 * as collateral. With both rates zero nothing accrues and the engine does no accrual work.
 *
 * @param borrowFeeRate      annual fee on the value of short positions, e.g. 0.003 = 0.3% (general collateral)
 * @param cashInterestRate   annual interest on idle cash, e.g. 0.02
 * @param shortInitialMargin account value a short needs as a multiple of its value, proceeds included
 *                           (Reg T: 1.5, i.e. proceeds plus 50% of the short's value)
 * @param dayCountBasis      days per year for the accrual: 360 or 365
 */
public record Financing(double borrowFeeRate, double cashInterestRate, double shortInitialMargin, int dayCountBasis) {

    /** No borrow fee, no interest, Reg T short margin (150%), actual/360. */
    public static final Financing NONE = new Financing(0, 0, 1.5, 360);

    public Financing {
        if (!(borrowFeeRate >= 0 && borrowFeeRate < 10)) {
            throw new IllegalArgumentException("borrowFeeRate must be in [0, 10), got " + borrowFeeRate);
        }
        if (!(cashInterestRate > -1 && cashInterestRate < 1)) {
            throw new IllegalArgumentException("cashInterestRate must be in (-1, 1), got " + cashInterestRate);
        }
        if (!(shortInitialMargin >= 1 && shortInitialMargin <= 10)) {
            throw new IllegalArgumentException("shortInitialMargin must be in [1, 10], got " + shortInitialMargin);
        }
        if (dayCountBasis != 360 && dayCountBasis != 365) {
            throw new IllegalArgumentException("dayCountBasis must be 360 or 365, got " + dayCountBasis);
        }
    }

    /** These terms with an annual borrow fee on shorts. */
    public Financing withBorrowFee(double annualRate) {
        return new Financing(annualRate, cashInterestRate, shortInitialMargin, dayCountBasis);
    }

    /** These terms with annual interest on idle cash. */
    public Financing withCashInterest(double annualRate) {
        return new Financing(borrowFeeRate, annualRate, shortInitialMargin, dayCountBasis);
    }

    /** These terms with another initial margin for shorts (1.5 = Reg T). */
    public Financing withShortMargin(double multiple) {
        return new Financing(borrowFeeRate, cashInterestRate, multiple, dayCountBasis);
    }

    /** These terms with another day-count basis (360 or 365). */
    public Financing withDayCount(int basis) {
        return new Financing(borrowFeeRate, cashInterestRate, shortInitialMargin, basis);
    }

    /** True when anything accrues over time. */
    public boolean accrues() {
        return borrowFeeRate > 0 || cashInterestRate != 0;
    }
}
