package dev.runstrength.tracking.domain;

import dev.runstrength.dose.BlockPhase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static dev.runstrength.tracking.domain.Histories.START;
import static dev.runstrength.tracking.domain.Histories.date;
import static dev.runstrength.tracking.domain.Histories.day;
import static org.assertj.core.api.Assertions.assertThat;

/** Tracking v1.1: PREPARE and RECOVER work stays light: it never gains a set or a load; it may move along its range and ladder. */
class SupportWorkTest {

    private static final ExerciseInfo ANKLE_ROCKER = support("ankle-rocker", BlockPhase.PREPARE, 10, 12, null, List.of());
    private static final ExerciseInfo CLAMSHELL = support("clamshell", BlockPhase.PREPARE, 12, 15, null, List.of("banded-clamshell"));
    private static final ExerciseInfo BANDED_CLAMSHELL = support("banded-clamshell", BlockPhase.PREPARE, 12, 15, null, List.of());
    private static final ExerciseInfo CALF_STRETCH = support("calf-stretch", BlockPhase.RECOVER, null, null, 30, List.of());
    private static final CatalogueView CATALOGUE = id -> List.of(ANKLE_ROCKER, CLAMSHELL, BANDED_CLAMSHELL, CALF_STRETCH)
            .stream().filter(e -> e.id().equals(id)).findFirst()
            .or(() -> Histories.CATALOGUE.find(id));

    private static ExerciseInfo support(String id, BlockPhase phase, Integer min, Integer max, Integer hold,
                                        List<String> progressions) {
        return new ExerciseInfo(id, id, false, false, false, min, max, hold, null, progressions, List.of(),
                RunnerLevel.BEGINNER, ExerciseStatus.ACTIVE, Set.of(phase), List.of(), List.of(), Set.of(), Map.of());
    }

    /** Two planned sessions of this prescription in this block, both done exactly as prescribed at RPE 6. */
    private static Change twoEasySessions(RunnerLevel level, Prescription p, BlockPhase block) {
        List<PlannedSession> sessions = List.of(
                new PlannedSession("p1", "s1", date(0), List.of(p), Map.of(p.exerciseId(), block)),
                new PlannedSession("p1", "s2", date(2), List.of(p), Map.of(p.exerciseId(), block)));
        PlanView plan = new PlanView("p1", START.minus(Duration.ofDays(1)), level, date(0), sessions);
        Replay replay = ProgressionEngine.replay(List.of(
                Histories.planned("w1", day(0), "p1", "s1", asPrescribed(p)),
                Histories.planned("w2", day(2), "p1", "s2", asPrescribed(p))), PlanLookup.of(List.of(plan)), CATALOGUE);
        return Histories.change(replay, "w2", p.exerciseId());
    }

    private static PerformedExercise asPrescribed(Prescription p) {
        PerformedSet set = p.countsHold() ? PerformedSet.hold(p.holdSeconds()).withRpe(6.0) : PerformedSet.reps(p.reps(), 6.0);
        return PerformedExercise.done(p.exerciseId(), java.util.Collections.nCopies(p.sets(), set.withLoad(p.loadKg())));
    }

    @Test
    void warmUpWorkAtTheTopOfItsRangeGainsNoSet() {
        Change change = twoEasySessions(RunnerLevel.INTERMEDIATE, Prescription.ofReps("ankle-rocker", 2, 12), BlockPhase.PREPARE);

        assertThat(change.decision()).isEqualTo(Decision.HOLD);
        assertThat(change.to()).isEqualTo(Prescription.ofReps("ankle-rocker", 2, 12));
        assertThat(change.reason()).endsWith("2 x 12 is the top of this ladder for warm-up and cool-down work: keep it.");
    }

    @Test
    void theSameDoseDoneAsStrengthWorkWouldGainOne() {
        Change change = twoEasySessions(RunnerLevel.INTERMEDIATE, Prescription.ofReps("ankle-rocker", 2, 12), BlockPhase.STRENGTHEN);

        assertThat(change.decision()).isEqualTo(Decision.PROGRESS);
        assertThat(change.to()).isEqualTo(Prescription.ofReps("ankle-rocker", 3, 12));
    }

    @Test
    void warmUpRepsStillClimbTheRange() {
        Change change = twoEasySessions(RunnerLevel.BEGINNER, Prescription.ofReps("ankle-rocker", 2, 10), BlockPhase.PREPARE);

        assertThat(change.decision()).isEqualTo(Decision.PROGRESS);
        assertThat(change.to()).isEqualTo(Prescription.ofReps("ankle-rocker", 2, 11));
    }

    @Test
    void warmUpWorkMovesAlongItsLadderKeepingItsRounds() {
        Change change = twoEasySessions(RunnerLevel.ADVANCED, Prescription.ofReps("clamshell", 1, 15), BlockPhase.PREPARE);

        assertThat(change.decision()).isEqualTo(Decision.PROGRESS);
        assertThat(change.to()).isEqualTo(Prescription.ofReps("banded-clamshell", 1, 12));
    }

    @Test
    void coolDownWorkDoneOutsideAPlanIsKnownByItsCatalogueBlock() {
        Prescription stretch = Prescription.ofHold("calf-stretch", 2, 60);
        Replay replay = ProgressionEngine.replay(List.of(
                Histories.workout("w1", day(0), asPrescribed(stretch)),
                Histories.workout("w2", day(2), asPrescribed(stretch)),
                Histories.workout("w3", day(4), asPrescribed(stretch))), PlanLookup.none(), CATALOGUE);

        assertThat(CALF_STRETCH.usualPhase()).isEqualTo(BlockPhase.RECOVER);
        assertThat(Histories.change(replay, "w3", "calf-stretch").to().sets()).isEqualTo(2);
        assertThat(replay.updates().values()).flatExtracting(ProgressionUpdate::changes)
                .allSatisfy(c -> assertThat(c.to().sets()).isLessThanOrEqualTo(c.from().sets()));
    }

    @Test
    void aLoadableExerciseUsedAsWarmUpGainsNoLoad() {
        Change change = twoEasySessions(RunnerLevel.INTERMEDIATE, Prescription.ofReps("goblet-squat", 2, 12), BlockPhase.PREPARE);

        assertThat(change.decision()).isEqualTo(Decision.HOLD);
        assertThat(change.to().loadKg()).isNull();
        assertThat(change.to().sets()).isEqualTo(2);
    }
}
