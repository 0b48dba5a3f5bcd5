package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

class EquipmentFilterTest {

    @Test
    void bodyWeightIsAlwaysDoable() {
        assertThat(EquipmentFilter.allows(exercise("squat").build(), Set.of())).isTrue();
    }

    @Test
    void needsEveryPieceItUses() {
        CatalogueExercise split = exercise("weighted-split").equipment(Equipment.BENCH, Equipment.DUMBBELLS).build();
        assertThat(EquipmentFilter.allows(split, EnumSet.of(Equipment.BENCH, Equipment.DUMBBELLS, Equipment.BOX))).isTrue();
        assertThat(EquipmentFilter.allows(split, EnumSet.of(Equipment.BENCH))).isFalse();
    }

    @Test
    void theRationaleNamesOnlyEquipmentThePlanUses() {
        // a barbell and a kettlebell owned, a band unused: the band is not named
        assertThat(EquipmentFilter.words(EnumSet.of(Equipment.KETTLEBELL, Equipment.BARBELL))).isEqualTo("kettlebell and barbell");
        assertThat(EquipmentFilter.words(EnumSet.of(Equipment.RESISTANCE_BAND))).isEqualTo("resistance band");
    }
}
