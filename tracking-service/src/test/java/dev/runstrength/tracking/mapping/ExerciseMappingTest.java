package dev.runstrength.tracking.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.Exercise;
import dev.runstrength.dose.BlockPhase;
import dev.runstrength.dose.Implement;
import dev.runstrength.tracking.domain.ExerciseInfo;
import dev.runstrength.tracking.domain.ExerciseStatus;
import dev.runstrength.tracking.domain.PainArea;
import dev.runstrength.tracking.domain.RunnerLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciseMappingTest {

    @Test
    void aRepExerciseKeepsItsRangeLoadAndLadder() throws Exception {
        Exercise exercise = read("""
                {"id":"weighted-single-leg-calf-raise","name":"Weighted single-leg calf raise","version":3,"status":"ACTIVE",
                 "minLevel":"INTERMEDIATE","unilateral":true,"loadable":true,
                 "prescription":{"sets":3,"repsMin":12,"repsMax":15,"holdSeconds":null,"perSide":true,"tempo":null,
                                 "restSeconds":60,"loadKg":4.0},
                 "progressions":[],"regressions":["single-leg-calf-raise"]}
                """);

        ExerciseInfo info = ExerciseMapping.toDomain(exercise, true);

        assertThat(info).isEqualTo(new ExerciseInfo("weighted-single-leg-calf-raise", "Weighted single-leg calf raise",
                true, true, true, 12, 15, null, 4.0, List.of(), List.of("single-leg-calf-raise"),
                RunnerLevel.INTERMEDIATE, ExerciseStatus.ACTIVE));
    }

    @Test
    void aHoldExerciseNoLongerListedAsActiveIsRetired() throws Exception {
        Exercise exercise = read("""
                {"id":"plank","name":"Plank","version":1,"status":"ACTIVE","minLevel":"BEGINNER","unilateral":false,
                 "prescription":{"sets":3,"repsMin":null,"repsMax":null,"holdSeconds":30,"perSide":false,"tempo":null,
                                 "restSeconds":45},
                 "progressions":["plank-leg-lift"],"regressions":["knee-plank"]}
                """);

        ExerciseInfo info = ExerciseMapping.toDomain(exercise, false);

        assertThat(info.countsHold()).isTrue();
        assertThat(info.holdSeconds()).isEqualTo(30);
        assertThat(info.loadable()).isFalse();
        assertThat(info.progressions()).containsExactly("plank-leg-lift");
        assertThat(info.status()).isEqualTo(ExerciseStatus.RETIRED);
    }

    @Test
    void blocksEquipmentAndAreasComeAlongForTheDoseModelAndThePainWatch() throws Exception {
        Exercise exercise = read("""
                {"id":"goblet-squat","name":"Goblet squat","version":2,"status":"ACTIVE","minLevel":"INTERMEDIATE",
                 "unilateral":false,"loadable":true,"phases":["STRENGTHEN"],"equipment":["DUMBBELLS"],
                 "bodyAreas":["THIGH","HIP","KNEE"],"contraindications":["KNEE"],
                 "prescription":{"sets":3,"repsMin":8,"repsMax":12,"holdSeconds":null,"perSide":false,"tempo":null,
                                 "restSeconds":90,"loadKg":8.0},
                 "progressions":[],"regressions":[]}
                """);

        ExerciseInfo info = ExerciseMapping.toDomain(exercise, true);

        assertThat(info.phases()).containsExactly(BlockPhase.STRENGTHEN);
        assertThat(info.reference().implement()).isEqualTo(Implement.DUMBBELLS);
        assertThat(info.contraindications()).containsExactly(PainArea.KNEE);
        assertThat(info.loadsArea(PainArea.KNEE)).isTrue();
        assertThat(info.loadsArea(PainArea.HIP)).isTrue();
        assertThat(info.loadsArea(PainArea.HAMSTRING)).as("the thigh holds the hamstrings").isTrue();
        assertThat(info.loadsArea(PainArea.ACHILLES)).isFalse();
    }

    private static Exercise read(String json) throws Exception {
        return ContractJson.mapper().readValue(json, Exercise.class);
    }
}
