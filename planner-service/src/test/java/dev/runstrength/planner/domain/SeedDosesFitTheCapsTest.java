package dev.runstrength.planner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.dose.Dose;
import org.junit.jupiter.api.Test;

/**
 * Every jump in the seed catalogue can be given, alone in a session, at its week-1 level dose within the
 * foot-contact cap of every level it is open to (DOMAIN rule 6). The planner never cuts a jump below that
 * dose, so one over the cap would never be prescribed. catalog-service checks the same with its own copy of
 * these numbers (DoseFitsFootContactCap); this test checks the seed with the planner's.
 */
class SeedDosesFitTheCapsTest {

    @Test
    void everyJumpFitsTheCapOfEveryLevelItIsOpenTo() {
        for (CatalogueExercise exercise : PlannerSeed.load().exercises()) {
            if (exercise.footContactsPerRep() == 0) {
                continue;
            }
            for (Level level : Level.values()) {
                if (!level.atLeast(exercise.minLevel())) {
                    continue;
                }
                Dose dose = exercise.levelDose(level);
                int contacts = PlyometricsGate.contacts(exercise.footContactsPerRep(), dose.sets(), dose.reps(),
                        dose.holdSeconds(), exercise.prescription().perSide());
                assertThat(contacts).as("%s at %s (%d x %d)", exercise.id(), level, dose.sets(), dose.amount())
                        .isLessThanOrEqualTo(PlyometricsGate.contactCap(level));
            }
        }
    }

    @Test
    void theRopeJumpIsOneOfThem() {
        CatalogueExercise rope = PlannerSeed.load().find("rope-jump").orElseThrow();
        assertThat(rope.footContactsPerRep()).isPositive();
        assertThat(rope.minLevel()).isEqualTo(Level.INTERMEDIATE);
    }
}
