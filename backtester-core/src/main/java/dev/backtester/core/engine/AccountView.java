package dev.backtester.core.engine;

import dev.backtester.api.risk.PortfolioView;
import java.util.HashMap;
import java.util.Map;

/** The {@link PortfolioView} risk rules see: a read-only face of the run's account. */
final class AccountView implements PortfolioView {
    private final Account account;
    private final Map<String, Integer> index = new HashMap<>();

    AccountView(Account account, String[] symbols) {
        this.account = account;
        for (int s = 0; s < symbols.length; s++) {
            index.put(symbols[s], s);
        }
    }

    @Override
    public double equity() {
        return account.equity();
    }

    @Override
    public double cash() {
        return account.cash();
    }

    @Override
    public double position(String symbol) {
        Integer s = index.get(symbol);
        return s == null ? 0 : account.position(s);
    }

    @Override
    public double marketValue(String symbol) {
        Integer s = index.get(symbol);
        return s == null || account.position(s) == 0 ? 0 : account.position(s) * account.lastClose(s);
    }

    @Override
    public double grossExposure() {
        return account.grossExposureExcept(-1);
    }

    @Override
    public double netExposure() {
        return account.netExposure();
    }
}
