package dev.runstrength.tracking.domain;

import org.junit.jupiter.api.Test;

import static dev.runstrength.tracking.domain.Histories.change;
import static dev.runstrength.tracking.domain.Histories.day;
import static dev.runstrength.tracking.domain.Histories.flags;
import static dev.runstrength.tracking.domain.Histories.loaded;
import static dev.runstrength.tracking.domain.Histories.plan;
import static dev.runstrength.tracking.domain.Histories.planned;
import static dev.runstrength.tracking.domain.Histories.replay;
import static dev.runstrength.tracking.domain.Histories.reps;
import static org.assertj.core.api.Assertions.assertThat;

class PainMonitoringTest {

    private static final Prescription CALF = Prescription.ofReps("single-leg-calf-raise", 3, 12);

    private static Replay one(Prescription prescription, PerformedExercise performed) {
        return replay(plan(RunnerLevel.INTERMEDIATE, 1, 2, prescription),
                planned("w1", day(0), "p1", "s1", performed));
    }

    private static Replay twoEasy(Prescription prescription, PerformedExercise easy, int painOnSecond) {
        return replay(plan(RunnerLevel.INTERMEDIATE, 2, 2, prescription),
                planned("w1", day(0), "p1", "s1", easy),
                planned("w2", day(2), "p1", "s2", easy.withPain(painOnSecond, PainArea.ACHILLES)));
    }

    @Test
    void painSixRegressesAtOnceToTheEasierRungAndFlagsTheArea() {
        Replay replay = one(CALF, reps("single-leg-calf-raise", 6.0, 12, 12, 12).withPain(6, PainArea.ACHILLES));

        Change change = change(replay, "w1", "single-leg-calf-raise");
        assertThat(change.decision()).isEqualTo(Decision.REGRESS);
        assertThat(change.to()).isEqualTo(Prescription.ofReps("double-leg-calf-raise", 3, 20));
        assertThat(change.reason()).isEqualTo("Pain 6/10 is more than this exercise should cause:"
                + " step back to Double-leg calf raise at 3 x 20.");
        assertThat(change.rule()).isEqualTo(TooMuchPain.NAME);
        assertThat(flags(replay, "w1")).singleElement().satisfies(flag -> {
            assertThat(flag.type()).isEqualTo(FlagType.PAIN);
            assertThat(flag.area()).isEqualTo(PainArea.ACHILLES);
            assertThat(flag.message()).startsWith("Pain 6/10 (ACHILLES) during Single-leg calf raise: above 5 is too much");
        });
    }

    @Test
    void painFiveHoldsAndFlagsTheCautionZone() {
        Replay replay = one(CALF, reps("single-leg-calf-raise", 6.0, 12, 12, 12).withPain(5, PainArea.ACHILLES));

        Change change = change(replay, "w1", "single-leg-calf-raise");
        assertThat(change.decision()).isEqualTo(Decision.HOLD);
        assertThat(change.reason()).isEqualTo("Pain 5/10 is in the caution zone (4-5): keep 3 x 12, no progression until it settles.");
        assertThat(flags(replay, "w1")).singleElement().satisfies(flag -> {
            assertThat(flag.type()).isEqualTo(FlagType.PAIN);
            assertThat(flag.message()).contains("4-5 is the caution zone");
        });
    }

    @Test
    void painFourStopsAProgressionAndPainThreeDoesNot() {
        PerformedExercise easy = reps("single-leg-calf-raise", 6.0, 12, 12, 12);

        Replay four = twoEasy(CALF, easy, 4);
        Replay three = twoEasy(CALF, easy, 3);

        assertThat(change(four, "w2", "single-leg-calf-raise").decision()).isEqualTo(Decision.HOLD);
        assertThat(change(four, "w2", "single-leg-calf-raise").rule()).isEqualTo(PainCaution.NAME);
        assertThat(flags(four, "w2")).extracting(Flag::type).containsExactly(FlagType.PAIN);
        assertThat(change(three, "w2", "single-leg-calf-raise").decision()).isEqualTo(Decision.PROGRESS);
        assertThat(flags(three, "w2")).isEmpty();
    }

    @Test
    void painSixAfterTwoEasySessionsRegressesInsteadOfProgressing() {
        Replay replay = twoEasy(CALF, reps("single-leg-calf-raise", 6.0, 12, 12, 12), 6);

        assertThat(change(replay, "w2", "single-leg-calf-raise").decision()).isEqualTo(Decision.REGRESS);
    }

    @Test
    void aSessionInTheCautionZoneDoesNotCountAsASuccess() {
        PerformedExercise easy = reps("single-leg-calf-raise", 6.0, 12, 12, 12);
        Replay replay = replay(plan(RunnerLevel.INTERMEDIATE, 3, 2, CALF),
                planned("w1", day(0), "p1", "s1", easy.withPain(4, PainArea.ACHILLES)),
                planned("w2", day(2), "p1", "s2", easy),
                planned("w3", day(4), "p1", "s3", easy));

        assertThat(change(replay, "w2", "single-leg-calf-raise").decision()).isEqualTo(Decision.HOLD);
        assertThat(change(replay, "w3", "single-leg-calf-raise").decision()).isEqualTo(Decision.PROGRESS);
    }

    @Test
    void painSixOnALoadedExerciseTakesTheLoadOff() {
        Prescription loadedSquat = new Prescription("goblet-squat", 3, 10, null, 12.0);
        Replay replay = one(loadedSquat, loaded("goblet-squat", 12.0, 6.0, 10, 10, 10).withPain(7, PainArea.KNEE));

        Change change = change(replay, "w1", "goblet-squat");
        assertThat(change.to()).isEqualTo(Prescription.ofReps("goblet-squat", 3, 10));
        assertThat(change.reason()).isEqualTo("Pain 7/10 is more than this exercise should cause: load 12 kg removed, 3 x 10.");
        assertThat(flags(replay, "w1")).extracting(Flag::area).containsExactly(PainArea.KNEE);
    }

    @Test
    void painSixWithNoEasierRungCutsASetAndGoesToTheBottomOfTheRange() {
        Replay replay = one(Prescription.ofReps("glute-bridge", 3, 12),
                reps("glute-bridge", 12, 12, 12).withPain(8, PainArea.HIP));

        assertThat(change(replay, "w1", "glute-bridge").to()).isEqualTo(Prescription.ofReps("glute-bridge", 2, 10));
    }

    @Test
    void painSixAtTheEasiestDoseHoldsButStillFlags() {
        Replay replay = one(Prescription.ofReps("glute-bridge", 1, 10),
                reps("glute-bridge", 10).withPain(6, PainArea.HIP));

        assertThat(change(replay, "w1", "glute-bridge").decision()).isEqualTo(Decision.HOLD);
        assertThat(change(replay, "w1", "glute-bridge").reason()).contains("see a clinician");
        assertThat(flags(replay, "w1")).extracting(Flag::type).containsExactly(FlagType.PAIN);
    }

    @Test
    void zonesFollowSilbernagel() {
        assertThat(PainMonitoring.zone(3)).isEqualTo(PainMonitoring.Zone.ACCEPTABLE);
        assertThat(PainMonitoring.zone(4)).isEqualTo(PainMonitoring.Zone.CAUTION);
        assertThat(PainMonitoring.zone(5)).isEqualTo(PainMonitoring.Zone.CAUTION);
        assertThat(PainMonitoring.zone(6)).isEqualTo(PainMonitoring.Zone.TOO_MUCH);
    }

    @Test
    void painSixOnASkippedExerciseStillRegresses() {
        Replay replay = one(CALF, PerformedExercise.skippedExercise("single-leg-calf-raise").withPain(6, PainArea.ACHILLES));

        assertThat(change(replay, "w1", "single-leg-calf-raise").decision()).isEqualTo(Decision.REGRESS);
    }

    @Test
    void painOnAnExerciseUnknownToTheCatalogueIsStillFlagged() {
        Replay replay = one(CALF, reps("moon-walk", 10).withPain(7, PainArea.KNEE));

        assertThat(flags(replay, "w1")).singleElement().satisfies(flag -> {
            assertThat(flag.area()).isEqualTo(PainArea.KNEE);
            assertThat(flag.message()).startsWith("Pain 7/10 (KNEE) during moon-walk:");
        });
        assertThat(replay.updates().get("w1").changes()).isEmpty();
    }
}
