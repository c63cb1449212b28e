package dev.backtester.core.engine;

import dev.backtester.api.execution.Financing;

/**
 * Daily accrual of borrow fees on shorts and interest on idle cash (see {@link Financing}), called
 * at the start of each bar time before its fills: the interval since the previous bar time is charged
 * on the positions and closes held over it. The engine creates one only when something accrues.
 */
final class Accrual {
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private final Account account;
    private final TradeLedger ledger;
    private final RunTotals totals;
    private final double borrowPerDay;
    private final double interestPerDay;
    private long lastTime = Long.MIN_VALUE;

    Accrual(Financing financing, Account account, TradeLedger ledger, RunTotals totals) {
        this.account = account;
        this.ledger = ledger;
        this.totals = totals;
        this.borrowPerDay = financing.borrowFeeRate() / financing.dayCountBasis();
        this.interestPerDay = financing.cashInterestRate() / financing.dayCountBasis();
    }

    /** Accrues from the previous bar time to {@code time}. */
    void accrue(long time) {
        if (lastTime == Long.MIN_VALUE) {
            lastTime = time;
            return;
        }
        double days = (time - lastTime) / MILLIS_PER_DAY;
        lastTime = time;
        if (borrowPerDay > 0) {
            chargeBorrow(days);
        }
        if (interestPerDay != 0) {
            // short-sale proceeds are the broker's collateral: they earn nothing for the account
            double idle = account.cash() - account.shortValue();
            if (idle > 0) {
                double interest = idle * interestPerDay * days;
                account.credit(interest);
                totals.interest += interest;
            }
        }
    }

    private void chargeBorrow(double days) {
        int symbols = account.symbols();
        for (int s = 0; s < symbols; s++) {
            double position = account.position(s);
            if (position < 0) {
                double fee = -position * account.lastClose(s) * borrowPerDay * days;
                account.credit(-fee);
                ledger.borrowFee(s, fee);
                totals.borrowFees += fee;
            }
        }
    }
}
