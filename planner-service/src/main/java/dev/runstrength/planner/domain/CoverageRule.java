package dev.runstrength.planner.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * DOMAIN rule 8. Each week's STRENGTHEN work covers glutes, quads, hamstrings, calves, hip flexors
 * (iliopsoas) and core through the exercises' primary muscles; quads count only from squat and lunge
 * patterns (a straight-leg raise does not stand in for quad strength), and jumps count for no group (they
 * are power work). Every session holds a single-leg exercise (seed 000: 60-70 % of gait is single-leg
 * stance) and, v1.1, a lower-body compound ({@link CatalogueExercise#isCompound}) unless pain rules every one
 * out, which the rationale then says. INTERMEDIATE and ADVANCED runners get rotation work at least once a
 * week. A session never holds two rungs of one ladder (plank and knee plank: {@link Ladders}).
 * <p>
 * With two sessions a week the groups are shared out the way a coach splits an A/B week: A is the
 * knee-dominant day (quads, calves, core), B the hip-dominant day (hamstrings, glutes, hip flexors), and B
 * also takes whatever A could not cover; a single session takes all six.
 */
public final class CoverageRule implements PlanRule {

    public static final String CODE = "COVERAGE";
    public static final List<MuscleGroup> REQUIRED_GROUPS = List.of(
            MuscleGroup.GLUTES, MuscleGroup.QUADS, MuscleGroup.HAMSTRINGS,
            MuscleGroup.CALVES, MuscleGroup.HIP_FLEXORS, MuscleGroup.CORE);
    static final List<MuscleGroup> KNEE_DAY = List.of(MuscleGroup.QUADS, MuscleGroup.CALVES, MuscleGroup.CORE);
    static final int DAY_PREFERENCE = 25;
    static final List<MuscleGroup> HIP_DAY = List.of(MuscleGroup.HAMSTRINGS, MuscleGroup.GLUTES, MuscleGroup.HIP_FLEXORS);
    /** The handicap of stand-in quad work (a straight-leg raise) for a runner who can squat or lunge. */
    static final int STAND_IN = 40;

    @Override
    public String code() {
        return CODE;
    }

    /** Whether the exercise counts for a group's coverage. */
    public static boolean counts(CatalogueExercise e, MuscleGroup group) {
        if (!e.covers(group) || e.isPower()) {
            return false;
        }
        return group != MuscleGroup.QUADS || e.pattern() == Pattern.SQUAT || e.pattern() == Pattern.LUNGE;
    }

    /**
     * Quad work that does not count as quad strength (a straight-leg raise: the quads held straight, lying down).
     * It is rehab-grade work a coach keeps for a knee that cannot take squats or lunges; a runner who can do
     * them trains the hip flexors standing (a knee drive), as in running.
     */
    static boolean isQuadStandIn(CatalogueExercise e) {
        return e.covers(MuscleGroup.QUADS) && !counts(e, MuscleGroup.QUADS) && !e.isPower()
                && e.servesPhase(BlockPhase.STRENGTHEN);
    }

    /** Stand-in quad work loses its place while the runner has squat or lunge quad work open and no sore knee. */
    static int standInPreference(CatalogueExercise e, boolean quadWorkOpen, PainPicture pain) {
        if (!isQuadStandIn(e) || !quadWorkOpen || pain.atLeast(PainArea.KNEE, PainBand.CAUTION_FROM)) {
            return 0;
        }
        return -STAND_IN;
    }

    /**
     * One loaded hinge a session: a heavy Romanian deadlift and a kettlebell swing (or a weighted single-leg
     * deadlift) load the hamstrings and the lower back the same way twice, so the second adds fatigue, not a
     * quality. No session of ours is hinge-focused by design: the hip-dominant day pairs its hinge with other work.
     */
    static boolean secondLoadedHinge(CatalogueExercise e, List<Slot> session) {
        return e.isLoadedHinge() && session.stream().anyMatch(s -> s.exercise().isLoadedHinge());
    }

    /** The A/B split for the compound lift: a knee-dominant one on A, a hip-dominant one on B. */
    static int dayPreference(CatalogueExercise e, int index, int count) {
        if (count < 2) {
            return 0;
        }
        boolean kneeDominant = e.pattern() == Pattern.SQUAT || e.pattern() == Pattern.LUNGE;
        return (index == 0) == kneeDominant ? DAY_PREFERENCE : 0;
    }

    public static boolean needsRotation(Level level) {
        return level != Level.BEGINNER;
    }

    /** The groups session {@code index} of {@code count} aims at, given what the earlier ones covered. */
    static Set<MuscleGroup> groupsFor(int index, int count, Set<MuscleGroup> coveredBefore) {
        Set<MuscleGroup> groups = EnumSet.noneOf(MuscleGroup.class);
        if (count == 1) {
            groups.addAll(REQUIRED_GROUPS);
        } else if (index == 0) {
            groups.addAll(KNEE_DAY);
        } else {
            groups.addAll(HIP_DAY);
            REQUIRED_GROUPS.stream().filter(g -> !coveredBefore.contains(g)).forEach(groups::add);
        }
        return groups;
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        if (!plan.hasSessions()) {
            return;
        }
        Level level = plan.ctx().level();
        Map<MuscleGroup, List<Integer>> missing = new java.util.EnumMap<>(MuscleGroup.class);
        boolean missingRotation = false;
        boolean missingUnilateral = false;
        for (Week week : plan.weeks()) {
            if (week.sessions().isEmpty()) {
                continue;
            }
            Set<MuscleGroup> covered = EnumSet.noneOf(MuscleGroup.class);
            boolean rotation = false;
            for (Session s : week.sessions()) {
                boolean unilateral = false;
                for (CatalogueExercise e : plan.strength(s)) {
                    REQUIRED_GROUPS.stream().filter(g -> counts(e, g)).forEach(covered::add);
                    rotation |= e.isRotation();
                    unilateral |= e.unilateral();
                }
                missingUnilateral |= !unilateral;
            }
            for (MuscleGroup g : REQUIRED_GROUPS) {
                if (!covered.contains(g)) {
                    missing.computeIfAbsent(g, k -> new ArrayList<>()).add(week.number());
                }
            }
            missingRotation |= needsRotation(level) && !rotation;
        }
        StringBuilder s = new StringBuilder("Each week's strength work covers glutes, quads, hamstrings, calves, hip "
                + "flexors and core; every session has single-leg work (60-70 % of running is spent on one leg) and a "
                + "squat, lunge or hinge");
        s.append(needsRotation(level) ? ", rotation work comes at least once a week" : "");
        s.append(", and no session holds two rungs of one ladder.");
        if (!missing.isEmpty()) {
            List<String> gaps = new ArrayList<>();
            missing.forEach((g, weeks) -> gaps.add(g.name() + " (" + (weeks.size() == 1 ? "week " : "weeks ")
                    + weeks.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ")"));
            s.append(" Not covered: ").append(String.join(", ", gaps))
                    .append(" - no exercise for it fits your equipment, level, pain, phase and time.");
        }
        if (missingUnilateral) {
            s.append(" Some sessions have no single-leg exercise: none fits your equipment, level, pain and phase.");
        }
        if (missingRotation) {
            s.append(" Some weeks have no rotation work: none fits your equipment, level, pain, phase and time.");
        }
        List<String> noCompound = new ArrayList<>();
        List<String> recoveryNoCompound = new ArrayList<>();
        for (SessionTemplate t : plan.usedTemplates()) {
            if (t.strengthen().stream().noneMatch(slot -> slot.exercise().isCompound())) {
                (t.kind() == SessionKind.RECOVERY ? recoveryNoCompound : noCompound).add(t.label());
            }
        }
        boolean pain = plan.ctx().pain().any();
        if (!noCompound.isEmpty()) {
            s.append(' ').append(sessions(noCompound)).append(" no squat, lunge or hinge: ").append(pain
                    ? "your pain rules out every one that fits your equipment and level."
                    : "none fits your equipment, level and phase.");
        }
        if (!recoveryNoCompound.isEmpty()) {
            // race recovery keeps to light work (TrainingPhaseRule): no squat or lunge that loads an area heavily
            s.append(' ').append(sessions(recoveryNoCompound)).append(" no squat, lunge or hinge: after a race only light "
                    + "work is prescribed").append(pain ? ", and your pain rules out the light ones." : ".");
        }
        log.add(CODE, s.toString());
    }

    private static String sessions(List<String> labels) {
        return String.join(", ", labels) + (labels.size() == 1 ? " has" : " have");
    }
}
