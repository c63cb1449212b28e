package dev.backtester.core.engine;

import dev.backtester.api.corporate.CorporateAction;

/**
 * Applies the corporate actions due at a bar, before its fills: a split multiplies the position and
 * divides its last close, the open trade's prices and the working orders' prices; a cash dividend
 * pays position times amount into cash (a short pays it). One per run; it keeps the run's cursor.
 */
final class CorporateActionApplier {
    private final CorporateActionBook actions;
    private final Account account;
    private final OrderBook book;
    private final TradeLedger ledger;
    private final RunTotals totals;
    private final int[] next;

    CorporateActionApplier(CorporateActionBook actions, Account account, OrderBook book, TradeLedger ledger,
                           RunTotals totals) {
        this.actions = actions;
        this.account = account;
        this.book = book;
        this.ledger = ledger;
        this.totals = totals;
        this.next = new int[account.symbols()];
    }

    /** Bar of the next action of {@code s} still to apply; {@link Integer#MAX_VALUE} when none is left. */
    int nextBar(int s) {
        return next[s] < actions.count(s) ? actions.bar(s, next[s]) : Integer.MAX_VALUE;
    }

    /** Applies every action of {@code s} placed at or before bar {@code i}. */
    void applyDue(int s, int i) {
        while (next[s] < actions.count(s) && actions.bar(s, next[s]) <= i) {
            apply(s, actions.action(s, next[s]), i);
            next[s]++;
        }
    }

    private void apply(int s, CorporateAction action, int i) {
        double position = account.position(s);
        if (action.kind() == CorporateAction.Kind.SPLIT) {
            double ratio = action.value();
            account.split(s, ratio);
            book.split(s, ratio);
            if (ledger.isOpen(s)) {
                ledger.split(s, ratio, i);
            }
            return;
        }
        if (position != 0) {
            double amount = position * action.value();
            account.credit(amount);
            totals.dividends += amount;
            if (ledger.isOpen(s)) {
                ledger.dividend(s, amount);
            }
        }
    }
}
