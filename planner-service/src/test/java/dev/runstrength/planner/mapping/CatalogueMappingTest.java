package dev.runstrength.planner.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.Exercise;
import dev.runstrength.planner.domain.CatalogueExercise;
import dev.runstrength.planner.domain.Catalogue;
import dev.runstrength.planner.domain.MuscleGroup;
import dev.runstrength.replica.SeedExercises;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueMappingTest {

    @Test
    void theMuscleTableAgreesWithTheSeedCatalogue() {
        SeedExercises.muscleGroups().forEach((muscle, group) ->
                assertThat(MuscleGroups.of(muscle)).as(muscle).contains(MuscleGroup.valueOf(group)));
        assertThat(MuscleGroups.of("NOT_A_MUSCLE")).isEmpty();
        assertThat(MuscleGroups.of("core")).contains(MuscleGroup.CORE);
    }

    @Test
    void everySeedExerciseReachesThePlanner() {
        List<Exercise> seed = SeedExercises.exercises();

        Catalogue catalogue = CatalogueMapping.toCatalogue(seed);

        assertThat(catalogue.size()).isEqualTo(seed.size());
    }

    @Test
    void publishedMuscleGroupsAreThePrimaryGroupsAndMusclesAreTheFallback() throws Exception {
        ObjectNode event = exercise("glute-bridge");
        event.putArray("muscleGroups").add("GLUTES").add("HAMSTRINGS");
        assertThat(CatalogueMapping.toDomain(read(event)).primaryGroups())
                .containsExactlyInAnyOrder(MuscleGroup.GLUTES, MuscleGroup.HAMSTRINGS);

        event.remove("muscleGroups");
        event.putArray("primaryMuscles").add("SOLEUS").add("OBLIQUES");
        event.putArray("secondaryMuscles").add("ERECTOR_SPINAE");
        CatalogueExercise mapped = CatalogueMapping.toDomain(read(event));
        assertThat(mapped.primaryGroups()).containsExactlyInAnyOrder(MuscleGroup.CALVES, MuscleGroup.CORE);
        assertThat(mapped.secondaryGroups()).containsExactly(MuscleGroup.BACK);
    }

    @Test
    void aFractionalSecondsPerRepRoundsUp() throws Exception {
        ObjectNode event = exercise("glute-bridge").put("secondsPerRep", 2.2);

        assertThat(CatalogueMapping.toDomain(read(event)).secondsPerRep()).isEqualTo(3);
    }

    @Test
    void anExerciseTheDomainRejectsIsLeftOutAndTheRestStays() throws Exception {
        ObjectNode broken = exercise("glute-bridge");
        broken.putArray("purposes");
        ObjectNode retired = exercise("ankle-rocker").put("status", "RETIRED");

        Catalogue catalogue = CatalogueMapping.toCatalogue(List.of(read(broken), read(retired), read(exercise("dead-bug"))));

        assertThat(catalogue.exercises()).extracting(CatalogueExercise::id).containsExactly("dead-bug");
    }

    private static ObjectNode exercise(String id) {
        return SeedExercises.events().stream().filter(e -> e.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("seed has no " + id));
    }

    private static Exercise read(ObjectNode event) throws Exception {
        return ContractJson.mapper().treeToValue(event, Exercise.class);
    }
}
