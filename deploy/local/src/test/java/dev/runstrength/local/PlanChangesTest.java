package dev.runstrength.local;

import static dev.runstrength.local.PlanFixtures.FRIDAY;
import static dev.runstrength.local.PlanFixtures.WEDNESDAY;
import static dev.runstrength.local.PlanFixtures.hold;
import static dev.runstrength.local.PlanFixtures.plan;
import static dev.runstrength.local.PlanFixtures.reps;
import static dev.runstrength.local.PlanFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.events.TrainingPlan;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanChangesTest {

    @Test
    void namesEachMovedDoseWithFromAndTo() {
        TrainingPlan before = plan("p1", session("a", "Session A", WEDNESDAY, reps("glute-bridge", 2, 10), hold("plank", 2, 20)));
        TrainingPlan after = plan("p2", session("a", "Session A", WEDNESDAY, reps("glute-bridge", 2, 12), hold("plank", 2, 25)));

        assertThat(PlanChanges.inWeek(before, after, 1, Map.of())).containsExactly(
                "Session A (2026-11-11):",
                "  glute-bridge: 2x10 -> 2x12",
                "  plank: 2x20s -> 2x25s");
    }

    @Test
    void pairsALadderMoveThroughTrackingsMoves() {
        TrainingPlan before = plan("p1", session("a", "Session A", WEDNESDAY, reps("double-leg-calf-raise", 2, 20)));
        TrainingPlan after = plan("p2", session("a", "Session A", WEDNESDAY, reps("single-leg-calf-raise", 2, 8)));

        assertThat(PlanChanges.inWeek(before, after, 1, Map.of("double-leg-calf-raise", "single-leg-calf-raise")))
                .contains("  double-leg-calf-raise 2x20 -> single-leg-calf-raise 2x8 (ladder move)");
    }

    @Test
    void withoutAMoveAReplacedExerciseIsOutAndItsSuccessorIn() {
        TrainingPlan before = plan("p1", session("a", "Session A", WEDNESDAY, reps("double-leg-calf-raise", 2, 20), reps("dead-bug", 2, 8)));
        TrainingPlan after = plan("p2", session("a", "Session A", WEDNESDAY, reps("single-leg-calf-raise", 2, 8), reps("dead-bug", 2, 8)));

        assertThat(PlanChanges.inWeek(before, after, 1, Map.of())).containsExactly(
                "Session A (2026-11-11):",
                "  out: double-leg-calf-raise 2x20",
                "  in:  single-leg-calf-raise 2x8");
    }

    @Test
    void saysNoChangeForAnUnchangedSessionAndComparesSessionsInOrder() {
        var a = session("a", "Session A", WEDNESDAY, reps("lunge", 2, 8));
        TrainingPlan before = plan("p1", a, session("b", "Session B", FRIDAY, reps("squat", 2, 8)));
        TrainingPlan after = plan("p2", a, session("b", "Session B", FRIDAY, reps("squat", 3, 8)));

        assertThat(PlanChanges.inWeek(before, after, 1, Map.of())).containsExactly(
                "Session A (2026-11-11):", "  no change",
                "Session B (2026-11-13):", "  squat: 2x8 -> 3x8");
    }

    @Test
    void reportsSessionsAddedOrNoLongerPlanned() {
        var a = session("a", "Session A", WEDNESDAY, reps("lunge", 2, 8));
        var b = session("b", "Session B", FRIDAY, reps("squat", 2, 8));

        assertThat(PlanChanges.inWeek(plan("p1", a), plan("p2", a, b), 1, Map.of()))
                .contains("Session B: a new session on 2026-11-13");
        assertThat(PlanChanges.inWeek(plan("p1", a, b), plan("p2", a), 1, Map.of()))
                .contains("Session B of 2026-11-13: no longer planned");
    }

    @Test
    void aWeekMissingFromBothPlansHasNothingToSay() {
        var a = session("a", "Session A", WEDNESDAY, reps("lunge", 2, 8));

        assertThat(PlanChanges.inWeek(plan("p1", a), plan("p2", a), 7, Map.of())).isEmpty();
    }
}
