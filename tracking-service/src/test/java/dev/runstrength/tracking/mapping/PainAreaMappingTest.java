package dev.runstrength.tracking.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.tracking.domain.PainArea;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every pain area of the contract (ANKLE and CALF since v1.1) is one tracking reads. */
class PainAreaMappingTest {

    @Test
    void trackingKnowsEveryContractPainArea() {
        assertThat(Arrays.stream(PainArea.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(dev.runstrength.contracts.model.PainArea.values())
                        .map(Enum::name).toList());
    }

    @Test
    void aWorkoutWithCalfPainIsRead() throws Exception {
        CompletedWorkout wire = ContractJson.mapper().readValue("""
                {"workoutId":"w-1","runnerId":"r-1","completedAt":"2026-11-20T07:30:00Z","exercises":[
                  {"exerciseId":"single-leg-calf-raise","sets":[{"reps":12}],"painLevel":5,"painArea":"CALF"},
                  {"exerciseId":"single-leg-balance","sets":[{"holdSeconds":30}],"painLevel":3,"painArea":"ANKLE"}]}
                """, CompletedWorkout.class);

        assertThat(WorkoutMapping.toDomain(wire).exercises()).extracting(e -> e.painArea())
                .containsExactly(PainArea.CALF, PainArea.ANKLE);
    }
}
