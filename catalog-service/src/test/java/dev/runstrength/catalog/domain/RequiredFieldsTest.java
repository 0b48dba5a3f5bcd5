package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequiredFieldsTest {

    private final RequiredFields rule = new RequiredFields();

    @Test
    void acceptsAMinimalExercise() {
        assertThat(rule.check(exercise("a").build(), Map.of())).isEmpty();
    }

    @Test
    void rejectsEachMissingField() {
        assertThat(rule.check(exercise("a").name(" ").build(), Map.of())).extracting(Violation::field).containsExactly("name");
        assertThat(rule.check(exercise("a").version(0).build(), Map.of())).extracting(Violation::field).containsExactly("version");
        assertThat(rule.check(exercise("a").status(null).build(), Map.of())).extracting(Violation::field).containsExactly("status");
        assertThat(rule.check(exercise("a").level(null).build(), Map.of())).extracting(Violation::field).containsExactly("minLevel");
        assertThat(rule.check(exercise("a").impact(null).build(), Map.of())).extracting(Violation::field).containsExactly("impact");
        assertThat(rule.check(exercise("a").prescription(null).build(), Map.of())).extracting(Violation::field)
                .containsExactly("prescription");
        assertThat(rule.check(exercise("a").phases().build(), Map.of())).extracting(Violation::field).containsExactly("phases");
        assertThat(rule.check(exercise("a").purposes().build(), Map.of())).extracting(Violation::field).containsExactly("purposes");
        assertThat(rule.check(exercise("a").primaryMuscles().build(), Map.of())).extracting(Violation::field)
                .containsExactly("primaryMuscles");
        assertThat(rule.check(exercise("a").sources().build(), Map.of())).extracting(Violation::field).containsExactly("sources");
        assertThat(rule.check(exercise("a").sources(new Source("", null)).build(), Map.of())).extracting(Violation::field)
                .containsExactly("sources[0].title");
    }

    @Test
    void theMessageNamesFieldExpectedAndReceived() {
        List<Violation> violations = rule.check(exercise("a").phases().build(), Map.of());
        assertThat(violations.get(0).message()).isEqualTo("phases: expected at least one entry, received []");
    }
}
