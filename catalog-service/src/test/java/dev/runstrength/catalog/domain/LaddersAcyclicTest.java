package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.byId;
import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaddersAcyclicTest {

    private final LaddersAcyclic rule = new LaddersAcyclic();

    @Test
    void acceptsAChain() {
        Exercise a = exercise("a").progressions("b").build();
        Exercise b = exercise("b").regressions("a").progressions("c").build();
        Exercise c = exercise("c").regressions("b").build();
        assertThat(rule.check(b, byId(a, b, c))).isEmpty();
    }

    @Test
    void acceptsADiamond() {
        Exercise a = exercise("a").progressions("b", "c").build();
        Exercise b = exercise("b").progressions("d").build();
        Exercise c = exercise("c").progressions("d").build();
        Exercise d = exercise("d").build();
        assertThat(rule.check(a, byId(a, b, c, d))).isEmpty();
    }

    @Test
    void rejectsAProgressionCycle() {
        Exercise a = exercise("a").progressions("b").build();
        Exercise b = exercise("b").progressions("c").build();
        Exercise candidate = exercise("c").progressions("a").build();
        assertThat(rule.check(candidate, byId(a, b)))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("progressions");
                    assertThat(violation.message()).contains("expected an acyclic ladder")
                            .contains("received the cycle c -> a -> b -> c");
                });
    }

    @Test
    void rejectsACycleClosedThroughAnotherExercisesRegressionList() {
        Exercise candidate = exercise("a").progressions("b").build();
        Exercise b = exercise("b").build();
        Exercise xCallingBItsRegressionAndAItsProgression = exercise("x").regressions("b").progressions("a").build();
        Exercise xWithoutTheBackLink = exercise("x").regressions("b").build();
        assertThat(rule.check(candidate, byId(b, xWithoutTheBackLink))).isEmpty();
        assertThat(rule.check(candidate, byId(b, xCallingBItsRegressionAndAItsProgression)))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message()).contains("a -> b -> x -> a"));
    }

    @Test
    void rejectsTwoExercisesThatAreEachOthersProgression() {
        Exercise b = exercise("b").progressions("a").build();
        Exercise candidate = exercise("a").regressions("b").progressions("b").build();
        assertThat(rule.check(candidate, byId(b))).hasSize(1);
        assertThat(rule.check(exercise("a").regressions("b").build(), byId(b))).isEmpty();
    }
}
