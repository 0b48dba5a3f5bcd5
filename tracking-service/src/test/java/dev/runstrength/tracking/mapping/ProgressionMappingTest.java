package dev.runstrength.tracking.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.tracking.domain.Adherence;
import dev.runstrength.tracking.domain.Change;
import dev.runstrength.tracking.domain.Decision;
import dev.runstrength.tracking.domain.ExerciseProgress;
import dev.runstrength.tracking.domain.Flag;
import dev.runstrength.tracking.domain.FlagType;
import dev.runstrength.tracking.domain.PainArea;
import dev.runstrength.tracking.domain.Prescription;
import dev.runstrength.tracking.domain.ProgressionState;
import dev.runstrength.tracking.domain.ProgressionUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProgressionMappingTest {

    private static final Instant AT = Instant.parse("2026-11-20T07:30:00Z");
    private static final Prescription SQUATS = Prescription.ofReps("bodyweight-squat", 3, 15);
    private static final Prescription GOBLET = new Prescription("goblet-squat", 3, 8, null, 8.0);
    private static final Flag PAIN = new Flag(FlagType.PAIN, PainArea.KNEE, 4, "Knee pain 4 of 10: hold the dose.");
    private static final Adherence ADHERENCE = new Adherence(4, 3, 0.75, 1);

    @Test
    void theEventDataHasTheContractsShapeAndNamesUnknownExercises() {
        ProgressionUpdate update = new ProgressionUpdate("r-1", "w-1", AT,
                List.of(new Change("bodyweight-squat", Decision.PROGRESS, SQUATS, GOBLET, "Two strong sessions.", "two-successes")),
                ADHERENCE, List.of(PAIN, new Flag(FlagType.OVERREACHING, null, "Two very hard sessions.")),
                List.of("moon-walk"));

        ObjectNode data = ProgressionMapping.toEventData(update);

        assertThatCode(() -> new ContractValidator().validate(EventKind.PROGRESSION_UPDATED, data, "r-1"))
                .doesNotThrowAnyException();
        assertThat(data.path("updatedAt").asText()).isEqualTo("2026-11-20T07:30:00Z");
        JsonNode change = data.path("changes").get(0);
        assertThat(change.path("decision").asText()).isEqualTo("PROGRESS");
        assertThat(change.path("from").path("loadKg").isNull()).as("nulls are written, as the contract shows them").isTrue();
        assertThat(change.path("to").path("exerciseId").asText()).isEqualTo("goblet-squat");
        assertThat(change.path("to").path("loadKg").asDouble()).isEqualTo(8.0);
        assertThat(data.path("adherence").path("rate").asDouble()).isEqualTo(0.75);
        assertThat(data.path("flags").get(0).path("area").asText()).isEqualTo("KNEE");
        assertThat(data.path("flags").get(0).path("severity").asInt()).as("a PAIN flag carries the reported pain").isEqualTo(4);
        assertThat(data.path("flags").get(1).path("area").isNull()).isTrue();
        assertThat(data.path("flags").get(1).path("severity").isNull()).as("other flags carry a null severity, as the contract shows it").isTrue();
        assertThat(data.path("unknownExercises")).extracting(JsonNode::asText).containsExactly("moon-walk");
    }

    @Test
    void theProgressViewListsEveryExerciseOfTheStateWithItsCurrentDose() {
        TreeMap<String, ExerciseProgress> exercises = new TreeMap<>(Map.of(
                "bodyweight-squat", new ExerciseProgress("bodyweight-squat", GOBLET, Decision.PROGRESS, "Move up.", AT, 0, 0),
                "goblet-squat", new ExerciseProgress("goblet-squat", GOBLET, Decision.PROGRESS, "Move up.", AT, 0, 0)));
        ProgressionState state = new ProgressionState("r-1", exercises, AT, 6.0, 0, new TreeMap<>(), ADHERENCE, List.of(PAIN));

        RunnerProgress progress = ProgressionMapping.toProgress("r-1", state);

        assertThat(progress.runnerId()).isEqualTo("r-1");
        assertThat(progress.exercises()).extracting(RunnerProgress.Standing::exerciseId)
                .containsExactly("bodyweight-squat", "goblet-squat");
        RunnerProgress.Standing squat = progress.exercises().get(0);
        assertThat(squat.current().exerciseId()).as("after a ladder move the dose names the new exercise").isEqualTo("goblet-squat");
        assertThat(squat.lastDecision().name()).isEqualTo("PROGRESS");
        assertThat(squat.lastReason()).isEqualTo("Move up.");
        assertThat(squat.updatedAt()).isEqualTo(AT);
        assertThat(progress.adherence().completedSessions()).isEqualTo(3);
        assertThat(progress.flags()).singleElement().satisfies(flag -> {
            assertThat(flag.area().name()).isEqualTo("KNEE");
            assertThat(flag.severity()).isEqualTo(4);
        });
    }
}
