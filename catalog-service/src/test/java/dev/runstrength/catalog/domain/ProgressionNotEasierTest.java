package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.byId;
import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressionNotEasierTest {

    private final ProgressionNotEasier rule = new ProgressionNotEasier();

    @Test
    void rejectsAProgressionOfALowerLevel() {
        Exercise beginner = exercise("beginner").level(Level.BEGINNER).build();
        Exercise candidate = exercise("candidate").level(Level.INTERMEDIATE).progressions("beginner").build();
        assertThat(rule.check(candidate, byId(beginner)))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("progressions[0]");
                    assertThat(violation.message()).isEqualTo("progressions[0]: expected an exercise of minLevel "
                            + "INTERMEDIATE or above, or one that adds load, received 'beginner (minLevel BEGINNER)'");
                });
    }

    @Test
    void acceptsAProgressionOfTheSameOrAHigherLevel() {
        Exercise same = exercise("same").level(Level.INTERMEDIATE).build();
        Exercise higher = exercise("higher").level(Level.ADVANCED).build();
        Exercise candidate = exercise("candidate").level(Level.INTERMEDIATE).progressions("same", "higher").build();
        assertThat(rule.check(candidate, byId(same, higher))).isEmpty();
    }

    @Test
    void aLowerLevelProgressionIsAcceptedWhenItAddsLoad() {
        Exercise loaded = exercise("loaded").level(Level.BEGINNER).loadable(true).load(8.0).build();
        Exercise candidate = exercise("candidate").level(Level.INTERMEDIATE).progressions("loaded").build();
        assertThat(rule.check(candidate, byId(loaded))).isEmpty();
    }

    @Test
    void rejectsARegressionOfAHigherLevelAndAcceptsTheNearMiss() {
        Exercise advanced = exercise("advanced").level(Level.ADVANCED).build();
        Exercise intermediate = exercise("intermediate").level(Level.INTERMEDIATE).build();
        Exercise candidate = exercise("candidate").level(Level.INTERMEDIATE).regressions("advanced").build();
        assertThat(rule.check(candidate, byId(advanced))).extracting(Violation::field).containsExactly("regressions[0]");
        Exercise nearMiss = exercise("candidate").level(Level.INTERMEDIATE).regressions("intermediate").build();
        assertThat(rule.check(nearMiss, byId(intermediate))).isEmpty();
    }

    @Test
    void ignoresLinksThatDoNotResolve() {
        Exercise candidate = exercise("candidate").progressions("ghost").build();
        assertThat(rule.check(candidate, byId())).isEmpty();
    }
}
