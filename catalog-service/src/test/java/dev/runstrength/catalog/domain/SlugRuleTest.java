package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugRuleTest {

    private final SlugRule rule = new SlugRule();

    @ParameterizedTest
    @ValueSource(strings = {"squat", "single-leg-calf-raise", "ninety-90-hip", "a"})
    void acceptsSlugs(String id) {
        assertThat(rule.check(exercise(id).build(), Map.of())).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Squat", "single_leg", "calf--raise", "-squat", "squat-", "calf raise", "kniebeuge-ä"})
    void rejectsNonSlugs(String id) {
        assertThat(rule.check(exercise(id).build(), Map.of()))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("id");
                    assertThat(violation.message()).contains("id: expected a slug").contains("received");
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 65})
    void capsTheLengthAtSixtyFourCharacters(int length) {
        String id = "a".repeat(length);
        assertThat(rule.check(exercise(id).build(), Map.of())).hasSize(length <= SlugRule.MAX_LENGTH ? 0 : 1);
    }
}
