package dev.backtester.api.risk;

/** Read-only view of the account at the signal bar, for risk rules. */
public interface PortfolioView {

    /** Equity marked at the latest closes. */
    double equity();

    /** Cash. */
    double cash();

    /** Signed shares held in {@code symbol}, 0 if none. */
    double position(String symbol);

    /** Signed market value of the position in {@code symbol} at its latest close. */
    double marketValue(String symbol);

    /** Sum of absolute market values of all positions. */
    double grossExposure();

    /** Sum of signed market values of all positions. */
    double netExposure();
}
