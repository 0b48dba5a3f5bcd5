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
        CatalogExercise split = exercise("weighted-split").equipment(Equipment.BENCH, Equipment.DUMBBELLS).build();
        assertThat(EquipmentFilter.allows(split, EnumSet.of(Equipment.BENCH, Equipment.DUMBBELLS, Equipment.BOX))).isTrue();
        assertThat(EquipmentFilter.allows(split, EnumSet.of(Equipment.BENCH))).isFalse();
    }

    @Test
    void messageNamesTheEquipment() {
        assertThat(EquipmentFilter.message(Set.of(Equipment.RESISTANCE_BAND))).contains("resistance band");
        assertThat(EquipmentFilter.message(Set.of())).contains("body-weight");
    }
}
