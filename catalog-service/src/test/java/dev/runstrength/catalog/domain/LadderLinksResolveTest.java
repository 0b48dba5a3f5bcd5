package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.byId;
import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LadderLinksResolveTest {

    private final LadderLinksResolve rule = new LadderLinksResolve();
    private final Exercise harder = exercise("harder").build();
    private final Exercise easier = exercise("easier").build();

    @Test
    void acceptsLinksToExistingActiveExercises() {
        Exercise candidate = exercise("middle").progressions("harder").regressions("easier").build();
        assertThat(rule.check(candidate, byId(harder, easier))).isEmpty();
    }

    @Test
    void rejectsALinkToAMissingExercise() {
        Exercise candidate = exercise("middle").progressions("harder", "ghost").build();
        assertThat(rule.check(candidate, byId(harder)))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("progressions[1]");
                    assertThat(violation.message())
                            .isEqualTo("progressions[1]: expected the id of an existing exercise, received 'ghost'");
                });
    }

    @Test
    void rejectsALinkFromAnActiveToARetiredExercise() {
        Exercise retired = easier.withStatus(ExerciseStatus.RETIRED);
        Exercise candidate = exercise("middle").regressions("easier").build();
        assertThat(rule.check(candidate, byId(retired))).extracting(Violation::field).containsExactly("regressions[0]");
    }

    @Test
    void aRetiredExerciseMayKeepItsLinkToARetiredOne() {
        Exercise retired = easier.withStatus(ExerciseStatus.RETIRED);
        Exercise candidate = exercise("middle").regressions("easier").status(ExerciseStatus.RETIRED).build();
        assertThat(rule.check(candidate, byId(retired))).isEmpty();
    }

    @Test
    void rejectsASelfLinkADuplicateAndAnIdOnBothSides() {
        Exercise self = exercise("middle").progressions("middle").build();
        assertThat(rule.check(self, byId(self))).extracting(Violation::field).containsExactly("progressions[0]");

        Exercise duplicate = exercise("middle").progressions("harder", "harder").build();
        assertThat(rule.check(duplicate, byId(harder))).extracting(Violation::field).containsExactly("progressions[1]");

        Exercise bothSides = exercise("middle").progressions("harder").regressions("harder").build();
        assertThat(rule.check(bothSides, byId(harder))).extracting(Violation::field).containsExactly("regressions");
    }
}
