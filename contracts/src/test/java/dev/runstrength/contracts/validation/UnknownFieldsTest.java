package dev.runstrength.contracts.validation;

import static dev.runstrength.contracts.EventKind.EXERCISE_UPSERTED;
import static dev.runstrength.contracts.EventKind.RUNNER_PROFILE_UPDATED;
import static dev.runstrength.contracts.EventKind.WORKOUT_COMPLETED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fields a schema does not name: allowed, so never errors, but listed for the HTTP intakes to report. */
class UnknownFieldsTest {

    private static final ContractValidator VALIDATOR = new ContractValidator();

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void theContractsOwnExamplesNameNoUnknownField(EventKind kind) {
        assertThat(VALIDATOR.unknownFields(kind, Examples.of(kind))).isEmpty();
    }

    @Test
    void aMisspeltFieldAtTheTopIsNamedAndStillValid() {
        ObjectNode profile = Examples.of(RUNNER_PROFILE_UPDATED);
        profile.putArray("pain").addObject().put("area", "KNEE").put("severity", 5);
        profile.put("sessionMinutes", 40);

        assertThat(VALIDATOR.unknownFields(RUNNER_PROFILE_UPDATED, profile)).containsExactly("pain", "sessionMinutes");
        assertThat(VALIDATOR.errorsOf(RUNNER_PROFILE_UPDATED, profile, null)).as("a producer may add fields").isEmpty();
    }

    @Test
    void fieldsInsideArraysOfObjectsAreNamedWithTheirIndex() {
        ObjectNode profile = Examples.of(RUNNER_PROFILE_UPDATED);
        profile.putArray("painAreas").addObject().put("area", "KNEE").put("severity", 3).put("side", "LEFT");
        profile.putArray("runDays").addObject().put("day", "MONDAY").put("type", "EASY").put("km", 8);

        assertThat(VALIDATOR.unknownFields(RUNNER_PROFILE_UPDATED, profile))
                .containsExactly("runDays[0].km", "painAreas[0].side");
    }

    @Test
    void aWorkoutsExercisesAreWalkedThroughTheirReferences() {
        ObjectNode workout = Examples.of(WORKOUT_COMPLETED);
        ((ObjectNode) workout.get("exercises").get(0)).put("weight", 20);

        assertThat(VALIDATOR.unknownFields(WORKOUT_COMPLETED, workout)).containsExactly("exercises[0].weight");
    }

    @Test
    void anObjectWhoseSchemaTakesAnyNameHasNoUnknownFields() {
        // loads: { area: level } for any area the exercise loads (additionalProperties)
        ObjectNode exercise = Examples.of(EXERCISE_UPSERTED);
        ((ObjectNode) exercise.get("loads")).put("ELBOW", "LOW");

        assertThat(VALIDATOR.unknownFields(EXERCISE_UPSERTED, exercise)).isEmpty();
    }
}
