package dev.runstrength.tracking.domain;

/** What a rule decided for one exercise. */
public record Verdict(Decision decision, Prescription to, String reason) {

    static Verdict hold(Prescription from, String reason) {
        return new Verdict(Decision.HOLD, from, reason);
    }
}
