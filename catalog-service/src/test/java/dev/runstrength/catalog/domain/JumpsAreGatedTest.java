package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JumpsAreGatedTest {

    private final JumpsAreGated rule = new JumpsAreGated();

    @Test
    void acceptsAGatedJump() {
        assertThat(rule.check(exercise("hop").jump().build(), Map.of())).isEmpty();
    }

    @Test
    void rejectsABeginnerJump() {
        assertThat(rule.check(exercise("hop").jump().level(Level.BEGINNER).build(), Map.of()))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message())
                        .isEqualTo("minLevel: expected INTERMEDIATE or ADVANCED for HIGH impact or PLYOMETRIC work, "
                                + "received BEGINNER"));
    }

    @Test
    void rejectsAJumpWithoutFootContacts() {
        assertThat(rule.check(exercise("hop").jump().footContactsPerRep(0).build(), Map.of()))
                .extracting(Violation::field).containsExactly("footContactsPerRep");
    }

    @Test
    void rejectsAJumpThatIsNotContraindicatedForTheLandingAreas() {
        Exercise allowedWithShinPain = exercise("hop").jump()
                .contraindications(PainArea.KNEE, PainArea.ACHILLES, PainArea.HEEL, PainArea.FOOT).build();
        assertThat(rule.check(allowedWithShinPain, Map.of())).extracting(Violation::field)
                .containsExactly("contraindications");
    }

    @Test
    void highImpactAloneMakesItAJump() {
        Exercise rope = exercise("rope").impact(Impact.HIGH).purposes(Purpose.SWIFTNESS).secondsPerRep(1).build();
        assertThat(rule.check(rope, Map.of())).extracting(Violation::field)
                .containsExactlyInAnyOrder("minLevel", "footContactsPerRep", "contraindications");
    }

    @Test
    void nonJumpsCountNoFootContacts() {
        assertThat(rule.check(exercise("squat").footContactsPerRep(1).build(), Map.of()))
                .extracting(Violation::field).containsExactly("footContactsPerRep");
        assertThat(rule.check(exercise("squat").impact(Impact.LOW).build(), Map.of())).isEmpty();
    }
}
