package dev.runstrength.planner.domain;

/**
 * DOMAIN rule 2 (v1.1). Every session's estimate ({@link DurationEstimate}) is at most
 * minutesPerSession, and nothing is padding:
 * <ul>
 * <li>From a budget of {@value #SHORT_BUDGET_MINUTES} minutes PREPARE takes {@value #PREPARE_PERCENT} % of it
 * within {@value #PREPARE_MIN_SECONDS}-{@value #PREPARE_MAX_SECONDS} s (5-8 minutes) and RECOVER
 * {@value #RECOVER_PERCENT} % within {@value #RECOVER_MIN_SECONDS}-{@value #RECOVER_MAX_SECONDS} s (3-6
 * minutes); below it a fifth and an eighth of the budget. Neither grows to fill time.</li>
 * <li>Strength work takes the rest, up to the level's weekly volume: {@value #BEGINNER_WEEKLY_SETS}
 * strength sets a week for a beginner, {@value #INTERMEDIATE_WEEKLY_SETS} intermediate,
 * {@value #ADVANCED_WEEKLY_SETS} advanced (two sessions of 6, 7 and 8 exercises at the level's sets),
 * shared over the week's sessions, and at most 6, 7 or 8 exercises a session. Past that the session is
 * simply shorter than the budget: a beginner offered 90 minutes trains about 30-40.</li>
 * <li>When the required work does not fit, strength sets are cut toward 1 and then picks are dropped: untracked ones
 * first, the runner's progressed ones last, the heavy lift, the compound lift and the single-leg work only when
 * nothing else is left ({@code SessionPicks.fit}), each said in the rationale.</li>
 * <li>A warm-up or cool-down dose tracking sent is not cut short: its block may run over by a fifth at most
 * ({@link #toleratedSeconds}), out of time the strength work does not need, or leaves a drill out.</li>
 * <li>Deload weeks are shorter by their lower strength volume alone, since PREPARE and RECOVER stay.</li>
 * </ul>
 */
public final class TimeBudgetRule implements PlanRule {

    public static final String CODE = "TIME_BUDGET";
    public static final int PREPARE_MIN_SECONDS = 300;
    public static final int PREPARE_MAX_SECONDS = 480;
    public static final int RECOVER_MIN_SECONDS = 180;
    public static final int RECOVER_MAX_SECONDS = 360;
    /** Below this budget PREPARE and RECOVER take a share of it; from it, their 5-8 and 3-6 minutes. */
    public static final int SHORT_BUDGET_MINUTES = 25;
    public static final int SHORT_PREPARE_PERCENT = 20;
    public static final int SHORT_RECOVER_PERCENT = 12;
    public static final int PREPARE_PERCENT = 15;
    public static final int RECOVER_PERCENT = 8;
    public static final int BEGINNER_WEEKLY_SETS = 24;
    public static final int INTERMEDIATE_WEEKLY_SETS = 42;
    public static final int ADVANCED_WEEKLY_SETS = 48;
    /** How far over its time a PREPARE or RECOVER block may run to hold tracking's doses as sent. */
    public static final int TRACKED_OVER_PERCENT = 20;
    /** Below this share of the budget a session counts as shorter than offered, and the rationale says why. */
    static final int SHORTER_PERCENT = 85;

    @Override
    public String code() {
        return CODE;
    }

    /** PREPARE's time: 5-8 minutes (15 % of the budget) from a 25-minute budget, a fifth of a shorter one. */
    public static int prepareSeconds(int minutesPerSession) {
        if (minutesPerSession < SHORT_BUDGET_MINUTES) {
            return minutesPerSession * 60 * SHORT_PREPARE_PERCENT / 100;
        }
        return Math.max(PREPARE_MIN_SECONDS, Math.min(PREPARE_MAX_SECONDS, minutesPerSession * 60 * PREPARE_PERCENT / 100));
    }

    /** RECOVER's time: 3-6 minutes (8 % of the budget) from a 25-minute budget, an eighth of a shorter one. */
    public static int recoverSeconds(int minutesPerSession) {
        if (minutesPerSession < SHORT_BUDGET_MINUTES) {
            return minutesPerSession * 60 * SHORT_RECOVER_PERCENT / 100;
        }
        return Math.max(RECOVER_MIN_SECONDS, Math.min(RECOVER_MAX_SECONDS, minutesPerSession * 60 * RECOVER_PERCENT / 100));
    }

    /**
     * The most a PREPARE or RECOVER block of {@code target} seconds may take to hold a dose tracking sent (rule 11): a
     * fifth more (a 5-minute warm-up may run to 6), never past the rule's {@value #PREPARE_MAX_SECONDS} and
     * {@value #RECOVER_MAX_SECONDS} s, and never less than the target. The block's own doses never use it.
     */
    public static int toleratedSeconds(int target, BlockPhase block) {
        int most = block == BlockPhase.PREPARE ? PREPARE_MAX_SECONDS : RECOVER_MAX_SECONDS;
        return Math.max(target, Math.min(most, target + target * TRACKED_OVER_PERCENT / 100));
    }

    public static int weeklySets(Level level) {
        return switch (level) {
            case BEGINNER -> BEGINNER_WEEKLY_SETS;
            case INTERMEDIATE -> INTERMEDIATE_WEEKLY_SETS;
            case ADVANCED -> ADVANCED_WEEKLY_SETS;
        };
    }

    public static int mostExercises(Level level) {
        return switch (level) {
            case BEGINNER -> 6;
            case INTERMEDIATE -> 7;
            case ADVANCED -> 8;
        };
    }

    /** The strength sets one regular session may hold: the weekly volume shared over the sessions. */
    public static int sessionSets(Level level, int sessionsPerWeek) {
        int share = (weeklySets(level) + sessionsPerWeek - 1) / sessionsPerWeek;
        return Math.min(share, mostExercises(level) * level.sets());
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        if (!plan.hasSessions()) {
            return;
        }
        int budget = plan.ctx().profile().minutesPerSession();
        Level level = plan.ctx().pain().volumeLevel(plan.ctx().level());
        boolean gentle = level != plan.ctx().level();
        int prepare = prepareSeconds(budget);
        int recover = recoverSeconds(budget);
        StringBuilder s = new StringBuilder("Every session fits your " + budget + " minutes by the duration formula "
                + "(work, rest between sets and " + DurationEstimate.TRANSITION_SECONDS + " s to change exercise): "
                + "PREPARE about " + minutes(prepare) + " and RECOVER about " + minutes(recover)
                + ", strength work the rest, up to " + weeklySets(level) + " strength sets a week " + (gentle ? "while the pain is severe." : "at your level."));
        int longest = plan.longestRegularMinutes();
        if (longest > 0 && longest * 100 < budget * SHORTER_PERCENT) {
            s.append(" Your sessions take about ").append(longest).append(" of your ").append(budget)
                    .append(gentle ? " minutes: gentle work while the pain is severe needs no more."
                            : " minutes: your level's dose needs no more, and the rest would only be filler.");
        }
        if (plan.usedTemplates().stream().anyMatch(SessionTemplate::setsCut)) {
            s.append(" To fit the required exercises in, some strength sets were cut below your level's usual number.");
        }
        for (SessionTemplate t : plan.usedTemplates()) {
            if (!t.dropped().isEmpty()) {
                s.append(' ').append(t.label()).append(" leaves out ").append(String.join(", ", t.dropped()))
                        .append(" to stay within ").append(budget).append(" minutes.");
            }
            if (!t.shortened().isEmpty()) {
                s.append(' ').append(t.label()).append(" runs ").append(String.join(", ", t.shortened()))
                        .append(" shorter than your last workouts to stay within ").append(budget).append(" minutes.");
            }
        }
        if (plan.weeks().stream().anyMatch(Week::deload)) {
            s.append(" Deload sessions are shorter: less strength work, the same warm-up and cool-down.");
        }
        log.add(CODE, s.toString());
    }

    static String minutes(int seconds) {
        int whole = (int) Math.round(seconds / 60.0);
        return whole <= 1 ? "1 minute" : whole + " minutes";
    }
}
