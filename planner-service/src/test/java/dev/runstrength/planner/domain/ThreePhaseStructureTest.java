package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

class ThreePhaseStructureTest {

    @Test
    void rolesNeedTheirPhaseAndPurpose() {
        CatalogueExercise swing = exercise("leg-swing").phases(BlockPhase.PREPARE).purposes(Purpose.MOBILIZE).build();
        assertThat(ThreePhaseStructure.mobilizes(swing)).isTrue();
        assertThat(ThreePhaseStructure.activates(swing)).isFalse();
        CatalogueExercise stretch = exercise("calf-stretch").phases(BlockPhase.RECOVER).purposes(Purpose.STRETCH).build();
        assertThat(ThreePhaseStructure.recovers(stretch)).isTrue();
        CatalogueExercise strengthStretch = exercise("x").phases(BlockPhase.STRENGTHEN).purposes(Purpose.STRETCH).build();
        assertThat(ThreePhaseStructure.recovers(strengthStretch)).isFalse();
    }

    @Test
    void jumpsNeverWarmUpOrCoolDown() {
        CatalogueExercise skips = exercise("skips").phases(BlockPhase.PREPARE).purposes(Purpose.ACTIVATE).footContacts(1).build();
        assertThat(ThreePhaseStructure.activates(skips)).isFalse();
    }
}
