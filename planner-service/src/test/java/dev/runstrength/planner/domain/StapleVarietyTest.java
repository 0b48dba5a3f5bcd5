package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN rule 8 (v1.1): staples favoured, the rest varied from runner to runner and fixed for each. */
class StapleVarietyTest {

    @Test
    void everyStapleIsInTheSeedCatalogue() {
        StapleVariety.STAPLES.values().forEach(family -> family.forEach(id ->
                assertThat(PlannerSeed.load().find(id)).as(id).isPresent()));
    }

    @Test
    void theVariationIsFixedForARunnerAndDiffersBetweenRunners() {
        assertThat(StapleVariety.variation(42, "Session A", "plank")).isEqualTo(StapleVariety.variation(42, "Session A", "plank"));
        Set<Integer> values = new HashSet<>();
        for (int runner = 0; runner < 50; runner++) {
            int v = StapleVariety.variation(("r-" + runner).hashCode(), "Session A", "plank");
            assertThat(v).isBetween(0, StapleVariety.SPREAD - 1);
            values.add(v);
        }
        assertThat(values).as("spread over runners").hasSizeGreaterThan(20);
    }

    @Test
    void aStapleHasAnEdgeOverAnEquallyUsefulAlternative() {
        CatalogueExercise plank = PlannerSeed.load().find("plank").orElseThrow();
        CatalogueExercise deadBug = PlannerSeed.load().find("dead-bug").orElseThrow();
        int seed = 7;
        assertThat(StapleVariety.preference(seed, "Session A", plank) - StapleVariety.variation(seed, "Session A", "plank"))
                .isEqualTo(StapleVariety.STAPLE);
        assertThat(StapleVariety.preference(seed, "Session A", deadBug)).isEqualTo(StapleVariety.variation(seed, "Session A", "dead-bug"));
    }
}
