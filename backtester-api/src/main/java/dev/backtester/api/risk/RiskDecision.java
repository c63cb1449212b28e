package dev.backtester.api.risk;

import java.util.Objects;

/**
 * A risk rule's verdict on a proposal.
 *
 * @param verdict approve, resize or veto
 * @param shares  share count after the decision (the proposal's for approve, 0 for veto)
 * @param reason  why, for the record; empty for approve
 */
public record RiskDecision(Verdict verdict, double shares, String reason) {

    /** The kinds of verdict. */
    public enum Verdict { APPROVE, RESIZE, VETO }

    public RiskDecision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        if (!(shares >= 0)) {
            throw new IllegalArgumentException("shares must be >= 0, got " + shares);
        }
    }

    /** Let the proposal through unchanged. */
    public static RiskDecision approve(OrderProposal proposal) {
        return new RiskDecision(Verdict.APPROVE, proposal.shares(), "");
    }

    /** Change the share count. */
    public static RiskDecision resize(double shares, String reason) {
        return new RiskDecision(Verdict.RESIZE, shares, reason);
    }

    /** Block the entry. */
    public static RiskDecision veto(String reason) {
        return new RiskDecision(Verdict.VETO, 0.0, reason);
    }
}
