package dev.runstrength.tracking.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static dev.runstrength.tracking.domain.Histories.day;
import static dev.runstrength.tracking.domain.Histories.flags;
import static dev.runstrength.tracking.domain.Histories.replay;
import static dev.runstrength.tracking.domain.Histories.reps;
import static dev.runstrength.tracking.domain.Histories.workout;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracking v1.1: a PAIN flag carries the reported severity and stays until two workouts in a row load
 * that area with pain 2/10 or less. Fixture loads: split squat and goblet squat load the knee, glute
 * bridge only the hip.
 */
class PainClearanceTest {

    private static PerformedExercise splitSquat(int pain, PainArea area) {
        return reps("split-squat", 7.0, 12, 12).withPain(pain, area);
    }

    private static List<Flag> pain(Replay replay, String workoutId) {
        return flags(replay, workoutId).stream().filter(f -> f.type() == FlagType.PAIN).toList();
    }

    @Test
    void aPainFlagCarriesTheReportedSeverity() {
        Replay caution = replay(workout("w1", day(0), splitSquat(5, PainArea.KNEE)));
        Replay tooMuch = replay(workout("w1", day(0), splitSquat(7, PainArea.KNEE)));

        assertThat(pain(caution, "w1")).singleElement().satisfies(f -> {
            assertThat(f.area()).isEqualTo(PainArea.KNEE);
            assertThat(f.severity()).isEqualTo(5);
        });
        assertThat(pain(tooMuch, "w1")).singleElement().extracting(Flag::severity).isEqualTo(7);
        assertThat(pain(replay(workout("w1", day(0), splitSquat(3, PainArea.KNEE))), "w1"))
                .as("3 is acceptable: no flag").isEmpty();
    }

    @Test
    void theFlagStaysUntilTwoWorkoutsInARowLoadTheAreaWithPainTwoOrLess() {
        Replay replay = replay(
                workout("w1", day(0), splitSquat(5, PainArea.KNEE)),
                workout("w2", day(2), reps("glute-bridge", 7.0, 12, 12)),
                workout("w3", day(4), splitSquat(2, null)),
                workout("w4", day(6), reps("goblet-squat", 7.0, 10, 10)));

        assertThat(pain(replay, "w2")).as("a bridge does not load the knee: no evidence either way")
                .singleElement().satisfies(f -> {
                    assertThat(f.area()).isEqualTo(PainArea.KNEE);
                    assertThat(f.severity()).isEqualTo(5);
                    assertThat(f.message()).isEqualTo("Your knee pain (5/10 on 2026-11-23) is still being watched: the flag"
                            + " clears after 2 workouts in a row that load the knee with pain 2/10 or less (0 so far).");
                });
        assertThat(pain(replay, "w3")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(5);
            assertThat(f.message()).endsWith("(1 so far).");
        });
        assertThat(pain(replay, "w4")).isEmpty();
        assertThat(replay.finalState().painWatch()).isEmpty();
        assertThat(replay.finalState().flags()).isEmpty();
    }

    @Test
    void oneKneeFriendlyWorkoutIsNotEnough() {
        Replay replay = replay(
                workout("w1", day(0), splitSquat(6, PainArea.KNEE)),
                workout("w2", day(2), splitSquat(0, null)));

        assertThat(pain(replay, "w2")).extracting(Flag::area).containsExactly(PainArea.KNEE);
        assertThat(replay.finalState().painWatch()).containsOnlyKeys(PainArea.KNEE);
    }

    @Test
    void painAboveTwoInBetweenStartsTheCountAgainAtTheSeverityJustReported() {
        Replay replay = replay(
                workout("w1", day(0), splitSquat(6, PainArea.KNEE)),
                workout("w2", day(2), splitSquat(0, null)),
                workout("w3", day(4), splitSquat(3, PainArea.KNEE)),
                workout("w4", day(6), splitSquat(1, PainArea.KNEE)),
                workout("w5", day(8), splitSquat(0, null)));

        assertThat(pain(replay, "w3")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(3);
            assertThat(f.message()).endsWith("(0 so far).");
        });
        assertThat(pain(replay, "w4")).singleElement().satisfies(f -> assertThat(f.message()).endsWith("(1 so far)."));
        assertThat(pain(replay, "w5")).isEmpty();
    }

    @Test
    void aSkippedExerciseLoadsNothingAndPainNamedElsewhereIsAboutThatArea() {
        Replay replay = replay(
                workout("w1", day(0), splitSquat(5, PainArea.KNEE)),
                workout("w2", day(2), PerformedExercise.skippedExercise("split-squat"), reps("glute-bridge", 7.0, 12, 12)),
                workout("w3", day(4), reps("goblet-squat", 7.0, 10, 10).withPain(4, PainArea.HIP)),
                workout("w4", day(6), reps("goblet-squat", 7.0, 10, 10)));

        assertThat(pain(replay, "w2")).singleElement().satisfies(f -> assertThat(f.message()).endsWith("(0 so far)."));
        assertThat(pain(replay, "w3")).extracting(Flag::area, Flag::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PainArea.HIP, 4),
                        org.assertj.core.groups.Tuple.tuple(PainArea.KNEE, 5));
        assertThat(pain(replay, "w4")).as("knee clear twice; hip once").extracting(Flag::area)
                .containsExactly(PainArea.HIP);
    }

    @Test
    void anAreaLessReportCountsForEveryAreaTheExerciseLoads() {
        Replay replay = replay(
                workout("w1", day(0), splitSquat(5, PainArea.KNEE)),
                workout("w2", day(2), splitSquat(4, null)));

        assertThat(pain(replay, "w2")).extracting(Flag::area, Flag::severity)
                .contains(org.assertj.core.groups.Tuple.tuple(PainArea.KNEE, 4));
    }

    @Test
    void aNewReportInAWatchedAreaIsTheOneFlagForIt() {
        Replay replay = replay(
                workout("w1", day(0), splitSquat(4, PainArea.KNEE)),
                workout("w2", day(2), splitSquat(6, PainArea.KNEE)),
                workout("w3", day(4), reps("glute-bridge", 7.0, 12, 12)));

        assertThat(pain(replay, "w2")).singleElement().extracting(Flag::severity).isEqualTo(6);
        assertThat(pain(replay, "w3")).singleElement().extracting(Flag::severity).isEqualTo(6);
    }

    @Test
    void theWatchIsAPureFunctionOfTheOrderedHistory() {
        List<Workout> history = new ArrayList<>(List.of(
                workout("w1", day(0), splitSquat(6, PainArea.KNEE)),
                workout("w2", day(2), splitSquat(0, null), reps("glute-bridge", 7.0, 12, 12).withPain(5, PainArea.HIP)),
                workout("w3", day(4), splitSquat(3, PainArea.KNEE)),
                workout("w4", day(6), splitSquat(0, null)),
                workout("w5", day(8), reps("goblet-squat", 7.0, 10, 10))));
        Replay inOrder = ProgressionEngine.replay(history, PlanLookup.none(), Histories.CATALOGUE);
        Collections.reverse(history);
        history.add(history.get(2));

        assertThat(ProgressionEngine.replay(history, PlanLookup.none(), Histories.CATALOGUE)).isEqualTo(inOrder);
        assertThat(pain(inOrder, "w3")).extracting(Flag::area).containsExactly(PainArea.KNEE, PainArea.HIP);
        assertThat(pain(inOrder, "w4")).as("split squats load the hip too: clear twice").extracting(Flag::area)
                .containsExactly(PainArea.KNEE);
        assertThat(inOrder.finalState().painWatch()).isEmpty();
    }

    @Test
    void withoutLoadsTheBodyAreasAndContraindicationsSayWhichAreasAnExerciseLoads() {
        ExerciseInfo calfRaise = new ExerciseInfo("calf-raise", null, false, false, false, 12, 15, null, null,
                List.of(), List.of(), null, null, Set.of(), List.of(), List.of("CALF", "ANKLE"), Set.of(), Map.of());
        ExerciseInfo hop = new ExerciseInfo("pogo", null, false, false, false, 10, 20, null, null, List.of(), List.of(),
                null, null, Set.of(), List.of(), List.of("FOOT"), Set.of(PainArea.SHIN), Map.of());
        ExerciseInfo named = new ExerciseInfo("bridge", null, false, false, false, 10, 15, null, null, List.of(),
                List.of(), null, null, Set.of(), List.of(), List.of("KNEE"), Set.of(), Map.of(PainArea.HIP, AreaLoad.LOW));

        assertThat(calfRaise.loadsArea(PainArea.ACHILLES)).isTrue();
        assertThat(calfRaise.loadsArea(PainArea.KNEE)).isFalse();
        assertThat(hop.loadsArea(PainArea.HEEL)).isTrue();
        assertThat(hop.loadsArea(PainArea.FOOT)).isTrue();
        assertThat(hop.loadsArea(PainArea.SHIN)).isTrue();
        assertThat(named.loadsArea(PainArea.HIP)).as("loads, when given, decide").isTrue();
        assertThat(named.loadsArea(PainArea.KNEE)).isFalse();
    }
}
