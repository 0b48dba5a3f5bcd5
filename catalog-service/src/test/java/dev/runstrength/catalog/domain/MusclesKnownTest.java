package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MusclesKnownTest {

    private final MusclesKnown rule = new MusclesKnown(Set.of("GLUTEUS_MAXIMUS", "SOLEUS"));

    @Test
    void acceptsKnownMusclesAndRejectsUnknownOnes() {
        assertThat(rule.check(exercise("a").primaryMuscles("GLUTEUS_MAXIMUS", "SOLEUS").build(), Map.of())).isEmpty();
        assertThat(rule.check(exercise("a").primaryMuscles("SOLEUS", "BICEPS").build(), Map.of()))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message())
                        .isEqualTo("primaryMuscles[1]: expected one of the catalogue's muscle ids, received 'BICEPS'"));
    }
}
