package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.runstrength.planner.domain.Exercises.exercise;
import static org.assertj.core.api.Assertions.assertThat;

class StrengthenOrderTest {

    @Test
    void powerThenBigLiftsBalanceCalfCoreHip() {
        List<CatalogueExercise> session = new ArrayList<>(List.of(
                exercise("glute-bridge").pattern(Pattern.HIP).build(),
                exercise("plank").pattern(Pattern.CORE).build(),
                exercise("calf-raise").pattern(Pattern.CALF_FOOT).build(),
                exercise("single-leg-balance").pattern(Pattern.BALANCE).build(),
                exercise("squat").pattern(Pattern.SQUAT).build(),
                exercise("box-jump").pattern(Pattern.PLYOMETRIC).purposes(Purpose.PLYOMETRIC).build(),
                exercise("deadlift").pattern(Pattern.HINGE).build()));
        session.sort(StrengthenOrder.ORDER);
        assertThat(session).extracting(CatalogueExercise::id).containsExactly(
                "box-jump", "deadlift", "squat", "single-leg-balance", "calf-raise", "plank", "glute-bridge");
    }

    @Test
    void anExplosiveLiftCountsAsPowerWhateverItsPattern() {
        CatalogueExercise step = exercise("explosive-step-up").pattern(Pattern.LUNGE).purposes(Purpose.EXPLOSIVE).build();
        assertThat(StrengthenOrder.rank(step)).isZero();
        assertThat(StrengthenOrder.rank(exercise("step-up").pattern(Pattern.LUNGE).build())).isEqualTo(1);
    }
}
