package dev.runstrength.local;

import static dev.runstrength.local.PlanFixtures.WEDNESDAY;
import static dev.runstrength.local.PlanFixtures.hold;
import static dev.runstrength.local.PlanFixtures.plan;
import static dev.runstrength.local.PlanFixtures.reps;
import static dev.runstrength.local.PlanFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.contracts.events.CompletedWorkout.PerformedSet;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.Side;
import dev.runstrength.contracts.validation.ContractValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AsPrescribedTest {

    private final TrainingPlan.Session sessionA = session("p1-w1-s1", "Session A", WEDNESDAY,
            reps("glute-bridge", 2, 10), hold("knee-plank", 3, 15));
    private final TrainingPlan plan = plan("p1", sessionA);

    @Test
    void carriesOutEveryPrescribedSetAtItsRepsOrHoldForBothSides() {
        CompletedWorkout workout = AsPrescribed.workout(plan, sessionA, "w1", Instant.parse("2026-11-11T18:00:00Z"), 6.0);

        assertThat(workout.exercises()).extracting(CompletedWorkout.Performed::exerciseId)
                .containsExactly("leg-swing", "glute-bridge", "knee-plank", "calf-stretch");
        assertThat(workout.exercises().get(1).sets()).extracting(PerformedSet::reps, PerformedSet::holdSeconds,
                        PerformedSet::side, PerformedSet::rpe)
                .containsExactly(tuple(10, null, Side.BOTH, 6.0), tuple(10, null, Side.BOTH, 6.0));
        assertThat(workout.exercises().get(2).sets()).hasSize(3).allSatisfy(set -> assertThat(set.holdSeconds()).isEqualTo(15));
        assertThat(workout.exercises()).allSatisfy(e -> assertThat(e.painLevel()).isNull());
    }

    @Test
    void namesThePlannedSessionItCarriesOut() {
        CompletedWorkout workout = AsPrescribed.workout(plan, sessionA, "w1", Instant.parse("2026-11-11T18:00:00Z"), 6.0);

        assertThat(workout).extracting(CompletedWorkout::workoutId, CompletedWorkout::runnerId, CompletedWorkout::planId,
                        CompletedWorkout::sessionId, CompletedWorkout::sessionRpe, CompletedWorkout::durationMinutes)
                .containsExactly("w1", "r-1042", "p1", "p1-w1-s1", 6.0, 25);
    }

    @Test
    void isAValidWorkoutEventByTheContract() throws Exception {
        CompletedWorkout workout = AsPrescribed.workout(plan, sessionA, "w1", Instant.parse("2026-11-11T18:00:00Z"), 6.0);
        JsonNode data = ContractJson.mapper().valueToTree(workout);
        ContractValidator validator = new ContractValidator(Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC));

        assertThat(validator.errorsOf(EventKind.WORKOUT_COMPLETED, data, "r-1042")).isEmpty();
    }
}
