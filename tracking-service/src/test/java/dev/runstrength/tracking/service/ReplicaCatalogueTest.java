package dev.runstrength.tracking.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.Exercise;
import dev.runstrength.replica.CatalogReplica;
import dev.runstrength.tracking.domain.ExerciseInfo;
import dev.runstrength.tracking.domain.ExerciseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplicaCatalogueTest {

    private static final Exercise PLANK = exercise("plank", "\"repsMin\":null,\"repsMax\":null,\"holdSeconds\":30");
    private static final Exercise KNEE_PLANK = exercise("knee-plank", "\"repsMin\":null,\"repsMax\":null,\"holdSeconds\":20");
    private static final Exercise NO_DOSE = exercise("no-dose", "\"repsMin\":null,\"repsMax\":null,\"holdSeconds\":null");

    @Test
    void activeExercisesAreActiveRetiredOnesAreStillKnownAndUnusableOnesAreUnknown() {
        FakeReplica replica = new FakeReplica(List.of(PLANK, NO_DOSE), Map.of("knee-plank", KNEE_PLANK));
        ReplicaCatalogue catalogue = new ReplicaCatalogue(replica);

        assertThat(catalogue.find("plank")).map(ExerciseInfo::status).contains(ExerciseStatus.ACTIVE);
        assertThat(catalogue.find("knee-plank")).map(ExerciseInfo::status).contains(ExerciseStatus.RETIRED);
        assertThat(catalogue.find("knee-plank")).isPresent();
        assertThat(catalogue.find("no-dose")).as("a dose with neither reps nor hold cannot be judged").isEmpty();
        assertThat(catalogue.find("moon-walk")).isEmpty();
        assertThat(replica.lookups).as("each id is looked up once per replay").containsExactly("knee-plank", "moon-walk");
    }

    private static Exercise exercise(String id, String dose) {
        try {
            return ContractJson.mapper().readValue("{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"version\":1,"
                    + "\"status\":\"ACTIVE\",\"minLevel\":\"BEGINNER\",\"unilateral\":false,"
                    + "\"prescription\":{\"sets\":3," + dose + ",\"perSide\":false,\"tempo\":null,\"restSeconds\":30}}",
                    Exercise.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class FakeReplica extends CatalogReplica {
        private final List<Exercise> active;
        private final Map<String, Exercise> retired;
        private final List<String> lookups = new ArrayList<>();

        FakeReplica(List<Exercise> active, Map<String, Exercise> retired) {
            super(null); // every method that would read the table is overridden
            this.active = active;
            this.retired = retired;
        }

        @Override
        public List<Exercise> active() {
            return active;
        }

        @Override
        public Optional<Exercise> find(String id) {
            lookups.add(id);
            return Optional.ofNullable(retired.get(id));
        }
    }
}
