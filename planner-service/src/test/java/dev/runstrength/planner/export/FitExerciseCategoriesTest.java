package dev.runstrength.planner.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.garmin.fit.ExerciseCategory;
import dev.runstrength.contracts.model.MovementPattern;
import dev.runstrength.infra.RepoFiles;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The FIT category table is held to the FIT SDK (it loads only then) and to the seed catalogue. */
class FitExerciseCategoriesTest {

    private static final FitExerciseCategories TABLE = FitExerciseCategories.load();

    private static Map<String, MovementPattern> seedPatterns() throws IOException {
        JsonNode seed = new ObjectMapper().readTree(RepoFiles.seedCatalogue().toFile());
        Map<String, MovementPattern> patterns = new LinkedHashMap<>();
        seed.path("exercises").forEach(e -> patterns.put(e.path("id").asText(), MovementPattern.valueOf(e.path("pattern").asText())));
        return patterns;
    }

    @Test
    void everyExerciseTheTableNamesIsInTheSeedCatalogue() throws IOException {
        assertThat(seedPatterns().keySet()).containsAll(TABLE.exercises().keySet());
    }

    @Test
    void everySeedExerciseButTheFlushesHasACategory() throws IOException {
        seedPatterns().forEach((id, pattern) -> {
            Optional<FitExerciseCategories.FitExercise> fit = TABLE.of(id, pattern);
            if (pattern == MovementPattern.FLUSH) {
                assertThat(fit).as(id).isEmpty();
            } else {
                assertThat(fit).as(id).isPresent();
            }
        });
    }

    @Test
    void anExercisesOwnLineWinsOverItsPattern() {
        FitExerciseCategories.FitExercise stepUp = TABLE.of("step-up", MovementPattern.LUNGE).orElseThrow();
        assertThat(stepUp.categoryValue()).isEqualTo(ExerciseCategory.SQUAT);
        assertThat(stepUp.nameValue()).isEqualTo(com.garmin.fit.SquatExerciseName.STEP_UP);
        FitExerciseCategories.FitExercise lunge = TABLE.of("reverse-lunge", MovementPattern.LUNGE).orElseThrow();
        assertThat(lunge.categoryValue()).isEqualTo(ExerciseCategory.LUNGE);
        assertThat(lunge.nameValue()).isNull();
        assertThat(TABLE.of("unknown-exercise", null)).isEmpty();
    }
}
