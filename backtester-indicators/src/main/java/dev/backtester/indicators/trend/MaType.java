package dev.backtester.indicators.trend;

/** Moving-average kind for indicators built on two averages (APO, PPO). */
public enum MaType {
    /** Simple moving average, TA-Lib's default for APO and PPO. */
    SMA,
    /** SMA-seeded exponential moving average (the StockCharts definition of PPO uses this). */
    EMA
}
