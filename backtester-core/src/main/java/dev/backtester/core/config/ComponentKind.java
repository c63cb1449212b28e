package dev.backtester.core.config;

/** The kinds of component a configuration names, each with its own namespace of names. */
public enum ComponentKind {
    /** An {@code IndicatorSpec}, under {@code components.indicators}. */
    INDICATOR("indicator"),
    /** A {@code Condition}, in the lists under {@code components.signals}. */
    CONDITION("condition"),
    /** A {@code PositionSizer}, under {@code components.sizing}. */
    SIZER("sizer"),
    /** A {@code RiskRule}, under {@code components.risk}. */
    RISK_RULE("risk rule"),
    /** A {@code RegimeClassifier}, under {@code components.regime.classifier}. */
    REGIME_CLASSIFIER("regime classifier"),
    /** A {@code FillModel}, under {@code execution.fill_model}. */
    FILL_MODEL("fill model"),
    /** A {@code CommissionModel}, under {@code execution.commission_model}. */
    COMMISSION_MODEL("commission model"),
    /** A {@code SlippageModel}, under {@code execution.slippage_model}. */
    SLIPPAGE_MODEL("slippage model");

    private final String label;

    ComponentKind(String label) {
        this.label = label;
    }

    /** Readable name used in messages, e.g. {@code risk rule}. */
    public String label() {
        return label;
    }
}
