package dev.runstrength.planner.domain;

import dev.runstrength.dose.LevelDose;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DOMAIN rule 4. No exercise above the runner's level, and the week-1 strength dose by level from the
 * shared dose model ({@link LevelDose}): BEGINNER 2 sets at the bottom of the range, no load;
 * INTERMEDIATE 3 sets mid-range; ADVANCED 3 sets at the top, with the catalogue load when the exercise
 * is loadable (the dose itself is asked of the values: {@link CatalogueExercise#levelDose(Level)},
 * {@link Level#sets()}, so other rules need not ask this one). The rung fits the level (v1.1): an
 * advanced runner is not given the first rung of a ladder (knee plank, assisted Nordic, double-leg
 * calf raise) when a harder rung of it is open to them (equipment, pain, phase); an intermediate
 * runner is not given the kneeling first rungs (knee plank, knee side plank, assisted Nordic) then,
 * and leans away from the others. Heavy main lifts are {@link HeavyLiftRule}'s.
 */
public final class LevelRule implements PlanRule {

    public static final String CODE = "LEVEL_DOSE";
    /** How strongly an intermediate runner is steered off a first rung whose harder rung is open. */
    static final int INTERMEDIATE_FIRST_RUNG_PENALTY = 20;
    /** An advanced runner's "load options": loaded work with their own equipment is favoured. */
    static final int LOADED = 15;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public boolean allows(CatalogueExercise e, Placement where, PlanningContext ctx) {
        return allows(e, ctx.level());
    }

    public static boolean allows(CatalogueExercise exercise, Level level) {
        return level.atLeast(exercise.minLevel());
    }

    /**
     * The pool without the first rungs a runner has outgrown when a harder rung of theirs is in it: every first
     * rung for an advanced runner; the kneeling ones (knee plank, assisted Nordic) for an intermediate.
     */
    static List<CatalogueExercise> fitRungs(List<CatalogueExercise> pool, PlanningContext ctx) {
        if (ctx.level() == Level.BEGINNER) {
            return pool;
        }
        boolean advanced = ctx.level() == Level.ADVANCED;
        Set<String> ids = new HashSet<>();
        pool.forEach(e -> ids.add(e.id()));
        Ladders ladders = ctx.catalogue().ladders();
        List<CatalogueExercise> fitting = new ArrayList<>(pool.size());
        for (CatalogueExercise e : pool) {
            boolean outgrown = (advanced || e.kneeling()) && ladders.firstRung(e.id());
            if (!(outgrown && ladders.harderThan(e.id()).stream().anyMatch(ids::contains))) {
                fitting.add(e);
            }
        }
        return fitting;
    }

    /** A preference against first rungs for an intermediate runner when a harder rung is in the pool. */
    static int preference(CatalogueExercise e, Set<String> pool, PlanningContext ctx) {
        if (ctx.level() == Level.ADVANCED) {
            return e.loadable() && !e.equipment().isEmpty() ? LOADED : 0;
        }
        if (ctx.level() != Level.INTERMEDIATE) {
            return 0;
        }
        Ladders ladders = ctx.catalogue().ladders();
        if (!ladders.firstRung(e.id())) {
            return 0;
        }
        Set<String> harder = ladders.harderThan(e.id());
        for (String h : harder) {
            if (pool.contains(h)) {
                return -INTERMEDIATE_FIRST_RUNG_PENALTY;
            }
        }
        return 0;
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        if (!plan.hasSessions()) {
            return;
        }
        if (plan.ctx().pain().volumeLevel(plan.ctx().level()) != plan.ctx().level()) {
            // PAIN_SEVERE says what the dose is instead
            log.add(CODE, "Your level's exercises, but while the pain is severe the dose is a beginner's: 2 sets at the "
                    + "bottom of each rep range and no added load.");
            return;
        }
        log.add(CODE, switch (plan.ctx().level()) {
            case BEGINNER -> "As a beginner you get 2 sets at the bottom of each exercise's rep range, "
                    + "no added load, and only beginner exercises.";
            case INTERMEDIATE -> "As an intermediate you get 3 sets in the middle of each rep range, "
                    + "and no advanced exercises.";
            case ADVANCED -> "As an advanced lifter you get 3 sets at the top of each rep range, with added load "
                    + "where an exercise takes it, and the harder rung of a ladder wherever one fits your "
                    + "equipment and pain (no knee planks or assisted Nordics when the full ones fit).";
        });
    }
}
