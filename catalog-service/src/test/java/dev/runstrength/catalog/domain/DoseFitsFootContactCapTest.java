package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DoseFitsFootContactCapTest {

    private final DoseFitsFootContactCap rule = new DoseFitsFootContactCap();

    @Test
    void theOldRopeJumpDoseIsOverEveryCapItIsEligibleFor() {
        // 3 x 30-50 jumps: intermediates would get 3 x 40 = 120 contacts (cap 60), advanced 3 x 50 = 150 (cap 100)
        Exercise rope = exercise("rope-jump").jump().reps(3, 30, 50).build();
        assertThat(rule.check(rope, Map.of())).extracting(Violation::message).containsExactly(
                "prescription: expected a dose whose INTERMEDIATE level dose (3 x 40) stays within the INTERMEDIATE "
                        + "cap of 60 foot contacts, received '120 foot contacts'",
                "prescription: expected a dose whose ADVANCED level dose (3 x 50) stays within the ADVANCED "
                        + "cap of 100 foot contacts, received '150 foot contacts'");
    }

    @Test
    void aDoseExactlyOnTheCapFitsAndOneContactMoreDoesNot() {
        // intermediate: 3 x (20+20)/2 = 60, the cap; advanced: 3 x 20 = 60
        assertThat(rule.check(exercise("rope").jump().reps(3, 20, 20).build(), Map.of())).isEmpty();
        assertThat(rule.check(exercise("rope").jump().reps(3, 21, 21).build(), Map.of()))
                .extracting(Violation::message).singleElement().asString().contains("INTERMEDIATE", "63 foot contacts");
    }

    @Test
    void perSideWorkCountsBothLegs() {
        Exercise bothSides = exercise("single-leg-hops").jump().level(Level.ADVANCED)
                .prescription(new Prescription(3, 12, 17, null, true, null, 90, null)).build();
        // advanced: 3 x 17 x 2 = 102 > 100
        assertThat(rule.check(bothSides, Map.of())).extracting(Violation::message).singleElement().asString()
                .contains("ADVANCED level dose (3 x 17 per side)", "102 foot contacts");
    }

    @Test
    void onlyTheLevelsThatMayBeGivenTheExerciseCount() {
        // 3 x 40 at ADVANCED is 120; an advanced-only exercise fails only there, never at the lower caps
        Exercise advanced = exercise("bounds").jump().level(Level.ADVANCED).reps(3, 30, 40).build();
        assertThat(rule.check(advanced, Map.of())).extracting(Violation::message).singleElement().asString()
                .contains("ADVANCED");
    }

    @Test
    void aHoldWithFootContactsCountsThemPerSecond() {
        // intermediate 3 x 20 s = 60 contacts at one a second; advanced 3 x round5(26.7) = 3 x 25 = 75
        assertThat(rule.check(exercise("skipping").jump().hold(3, 20).build(), Map.of())).isEmpty();
        // intermediate 3 x 22 s = 66; advanced 3 x round5(29.3) = 3 x 30 = 90, inside its cap
        assertThat(rule.check(exercise("skipping").jump().hold(3, 22).build(), Map.of()))
                .extracting(Violation::message).singleElement().asString().contains("INTERMEDIATE", "66 foot contacts");
    }

    @Test
    void workWithoutFootContactsOrAnUnreadableDoseIsNotConcerned() {
        assertThat(rule.check(exercise("squat").reps(3, 100, 200).build(), Map.of())).isEmpty();
        assertThat(rule.check(exercise("broken").jump().prescription(new Prescription(3, 50, null, null, false, null, 60,
                null)).build(), Map.of())).isEmpty();
    }
}
