package dev.runstrength.planner.domain;

import java.util.List;
import java.util.Map;

/**
 * DOMAIN rule 8 (v1.1), the staples and the spread. The seed's staples (seed 004: squat, single-leg calf
 * raise, single-leg deadlift, split squat, glute bridge, plank, side plank, Nordic curl), with the rungs of
 * their ladders, are favoured whenever level, equipment and pain allow them; between exercises that meet
 * a need equally well the choice varies from runner to runner, so that no exercise sits in nearly every
 * plan while its alternatives never do. The variation is a hash of the runner id, the session and the
 * exercise: the same profile always gets the same plan, different runners different valid ones.
 */
public final class StapleVariety implements PlanRule {

    public static final String CODE = "STAPLES";
    /** The seed's staples and the rungs of their ladders, by family. */
    public static final Map<String, List<String>> STAPLES = Map.of(
            "squat", List.of("bodyweight-squat", "box-squat", "goblet-squat", "kettlebell-goblet-squat", "barbell-back-squat"),
            "single-leg calf raise", List.of("single-leg-calf-raise", "weighted-single-leg-calf-raise"),
            "single-leg deadlift", List.of("single-leg-deadlift", "weighted-single-leg-deadlift", "kettlebell-single-leg-deadlift"),
            "split squat", List.of("split-squat", "bulgarian-split-squat", "weighted-bulgarian-split-squat", "dumbbell-split-squat"),
            "glute bridge", List.of("glute-bridge", "single-leg-glute-bridge", "barbell-hip-thrust"),
            "plank", List.of("knee-plank", "plank", "plank-leg-lift"),
            "side plank", List.of("knee-side-plank", "side-plank", "side-plank-abductor-hold"),
            "Nordic curl", List.of("assisted-nordic-hamstring-curl", "nordic-hamstring-curl"));
    /** A staple's edge over an equally useful alternative. */
    static final int STAPLE = 25;
    /** The spread of the per-runner variation (0 to this, exclusive). */
    static final int SPREAD = 50;

    @Override
    public String code() {
        return CODE;
    }

    private static final java.util.Set<String> STAPLE_IDS = STAPLES.values().stream().flatMap(List::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    public static boolean isStaple(String exerciseId) {
        return STAPLE_IDS.contains(exerciseId);
    }

    /** The staple edge plus this runner's variation for the exercise in this session. */
    static int preference(int runnerSeed, String session, CatalogueExercise e) {
        return (isStaple(e.id()) ? STAPLE : 0) + variation(runnerSeed, session, e.id());
    }

    static int variation(int runnerSeed, String session, String exerciseId) {
        int h = runnerSeed * 31 + session.hashCode();
        h = h * 31 + exerciseId.hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return Math.floorMod(h, SPREAD);
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        if (!plan.hasSessions()) {
            return;
        }
        List<String> used = STAPLES.entrySet().stream()
                .filter(f -> plan.prescribedExercises().stream().anyMatch(e -> f.getValue().contains(e.id())))
                .map(Map.Entry::getKey).sorted().toList();
        String s = used.isEmpty() ? "None of the seed staples fits your equipment, level and pain this time."
                : "Staples from the seed programme in this plan: " + String.join(", ", used) + ".";
        log.add(CODE, s + " Where several exercises serve a need equally well, the choice varies from runner to "
                + "runner and stays the same for you.");
    }
}
