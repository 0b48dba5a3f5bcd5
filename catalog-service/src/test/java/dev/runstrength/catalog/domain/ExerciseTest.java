package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExerciseTest {

    @Test
    void listsAreImmutableCopies() {
        List<String> progressions = new ArrayList<>(List.of("b"));
        Exercise exercise = new Exercise("a", "A", 1, ExerciseStatus.ACTIVE, List.of(Phase.STRENGTHEN),
                List.of(Purpose.STRENGTH), List.of(BodyArea.HIP), List.of("GLUTEUS_MAXIMUS"), null, Level.BEGINNER,
                false, null, Impact.NONE, null, null, null, progressions, null, null, null, null, null, null, false, 0,
                3, false, false);
        progressions.add("c");
        assertThat(exercise.progressions()).containsExactly("b");
        assertThat(exercise.secondaryMuscles()).isEmpty();
        assertThat(exercise.equipment()).isEmpty();
        assertThat(exercise.loads()).isEmpty();
        assertThatThrownBy(() -> exercise.progressions().add("d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void loadsAreAnImmutableCopyInTheOrderOfTheAreas() {
        Map<PainArea, LoadLevel> given = new LinkedHashMap<>();
        given.put(PainArea.CALF, LoadLevel.HIGH);
        given.put(PainArea.KNEE, LoadLevel.LOW);
        Exercise exercise = exercise("a").noLoads().build();
        Exercise loaded = new Exercise(exercise.id(), exercise.name(), 1, ExerciseStatus.ACTIVE, exercise.phases(),
                exercise.purposes(), exercise.bodyAreas(), exercise.primaryMuscles(), List.of(), Level.BEGINNER, false,
                List.of(), Impact.NONE, exercise.prescription(), List.of(), given, List.of(), List.of(), List.of(),
                List.of(), exercise.sources(), null, null, false, 0, 3, false, false);
        given.put(PainArea.HIP, LoadLevel.LOW);

        assertThat(loaded.loads().keySet()).containsExactly(PainArea.KNEE, PainArea.CALF);
        assertThat(loaded.loadOn(PainArea.CALF)).contains(LoadLevel.HIGH);
        assertThat(loaded.loadOn(PainArea.HIP)).isEmpty();
        assertThatThrownBy(() -> loaded.loads().put(PainArea.HIP, LoadLevel.LOW))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void doableWithOwnedEquipmentOnly() {
        Exercise banded = exercise("a").equipment(Equipment.RESISTANCE_BAND, Equipment.WALL).build();
        assertThat(banded.isDoableWith(Set.of(Equipment.RESISTANCE_BAND, Equipment.WALL, Equipment.BOX))).isTrue();
        assertThat(banded.isDoableWith(Set.of(Equipment.RESISTANCE_BAND))).isFalse();
        assertThat(exercise("b").build().isDoableWith(Set.of())).isTrue();
        assertThat(exercise("b").build().bodyWeightOnly()).isTrue();
    }

    @Test
    void nearestLinksAreTheFirstOnes() {
        Exercise middle = exercise("m").progressions("p1", "p2").regressions("r1").build();
        assertThat(middle.nearestProgression()).contains("p1");
        assertThat(middle.nearestRegression()).contains("r1");
        assertThat(exercise("x").build().nearestProgression()).isEmpty();
    }

    @Test
    void withStatusAndWithVersionChangeOnlyThatField() {
        Exercise original = exercise("a").progressions("b").build();
        assertThat(original.withStatus(ExerciseStatus.RETIRED))
                .usingRecursiveComparison().ignoringFields("status").isEqualTo(original);
        assertThat(original.withStatus(ExerciseStatus.RETIRED).active()).isFalse();
        assertThat(original.withVersion(2).version()).isEqualTo(2);
        assertThat(original.withVersion(2)).usingRecursiveComparison().ignoringFields("version").isEqualTo(original);
    }

    @Test
    void withoutLinkToDropsThatIdFromBothLadders() {
        Exercise middle = exercise("m").progressions("p1", "gone").regressions("gone", "r1").build();
        Exercise unlinked = middle.withoutLinkTo("gone");
        assertThat(unlinked.progressions()).containsExactly("p1");
        assertThat(unlinked.regressions()).containsExactly("r1");
        assertThat(unlinked).usingRecursiveComparison().ignoringFields("progressions", "regressions").isEqualTo(middle);
    }
}
