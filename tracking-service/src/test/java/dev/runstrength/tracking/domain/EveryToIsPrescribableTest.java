package dev.runstrength.tracking.domain;

import dev.runstrength.dose.BlockPhase;
import dev.runstrength.dose.Prescribable;
import dev.runstrength.dose.SupportDose;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN rule 11 (v1.1) from tracking's side, over the seed catalogue's real ladders: for every
 * exercise, level and block it serves, a runner who does exactly what each new plan prescribes (the
 * last {@code to}) through a long run of easy sessions, a two-week break, a painful session and a run
 * of failed ones only ever gets {@code to} doses the shared dose model deems prescribable, and PREPARE
 * and RECOVER work never gains a set.
 */
class EveryToIsPrescribableTest {

    private static final List<ExerciseInfo> SEED = CatalogueFile.read(CatalogueFile.seedFile().orElseThrow());
    private static final CatalogueView CATALOGUE = CatalogueView.of(SEED);
    private static final ProgressionEngine ENGINE = new ProgressionEngine();

    private enum Session { EASY, AFTER_A_BREAK, PAINFUL, FAILED }

    private static final List<Session> STORY = story();

    private static List<Session> story() {
        List<Session> story = new ArrayList<>(Collections.nCopies(30, Session.EASY));
        story.add(Session.AFTER_A_BREAK);
        story.add(Session.PAINFUL);
        story.addAll(Collections.nCopies(16, Session.FAILED));
        return story;
    }

    @Test
    void everyToIsADoseThePlannerPrescribes() {
        int checked = 0;
        for (ExerciseInfo exercise : SEED) {
            for (RunnerLevel level : RunnerLevel.values()) {
                if (!level.atLeast(exercise.minLevel())) {
                    continue;
                }
                for (BlockPhase phase : exercise.phases()) {
                    checked += follow(exercise, level, phase);
                }
            }
        }
        assertThat(checked).isGreaterThan(5000);
    }

    @Test
    void aPlannedDoseThePlannerWouldNotStartABlockFromIsCarriedOnAsTheNearestOneItWould() {
        // a deload week's 2 x 7 below the 10-15 range, four sets for an intermediate, a 9 kg dumbbell
        PlanView plan = Histories.plan(RunnerLevel.INTERMEDIATE, 1, 2, Prescription.ofReps("glute-bridge", 2, 7),
                Prescription.ofReps("split-squat", 4, 12), new Prescription("goblet-squat", 3, 10, null, 9.0));
        Replay replay = Histories.replay(plan, Histories.planned("w1", Histories.day(0), "p1", "s1",
                Histories.reps("glute-bridge", 8.0, 7, 7), Histories.reps("split-squat", 8.0, 12, 12, 12, 12),
                Histories.loaded("goblet-squat", 9.0, 8.0, 10, 10, 10)));

        Change bridge = Histories.change(replay, "w1", "glute-bridge");
        assertThat(bridge.decision()).isEqualTo(Decision.HOLD);
        assertThat(bridge.to()).isEqualTo(Prescription.ofReps("glute-bridge", 2, 10));
        assertThat(bridge.reason()).endsWith(" Your plan carries it on as 2 x 10.");
        assertThat(Histories.change(replay, "w1", "split-squat").to()).isEqualTo(Prescription.ofReps("split-squat", 3, 12));
        assertThat(Histories.change(replay, "w1", "goblet-squat").to()).isEqualTo(new Prescription("goblet-squat", 3, 10, null, 8.0));
        assertThat(replay.finalState().exercise("glute-bridge").orElseThrow().current())
                .isEqualTo(Prescription.ofReps("glute-bridge", 2, 10));
    }

    private static int follow(ExerciseInfo exercise, RunnerLevel level, BlockPhase phase) {
        Prescription current = phase.isSupport()
                ? Prescription.of(exercise.id(), SupportDose.dose(exercise.reference(), 2, SupportDose.normal(exercise.reference())))
                : PrescriptionToJudge.levelDefault(exercise, level);
        ProgressionState state = ProgressionState.empty(Histories.RUNNER);
        Instant at = Histories.START;
        int checked = 0;
        for (int i = 0; i < STORY.size(); i++) {
            Session session = STORY.get(i);
            at = at.plus(session == Session.AFTER_A_BREAK ? Duration.ofDays(15) : Duration.ofDays(2));
            String planId = "p" + i;
            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
            PlanView plan = new PlanView(planId, at.minus(Duration.ofHours(1)), level, day, List.of(
                    new PlannedSession(planId, "s", day, List.of(current), Map.of(current.exerciseId(), phase))));
            Workout workout = new Workout("w" + i, Histories.RUNNER, at, planId, "s", 30, null,
                    List.of(performed(current, session)));
            ProgressionEngine.Step step = ENGINE.apply(state, workout, PlanLookup.of(List.of(plan)), CATALOGUE);
            state = step.state();
            Change change = step.update().changes().get(0);
            ExerciseInfo to = CATALOGUE.find(change.to().exerciseId()).orElseThrow();
            String where = exercise.id() + " " + level + " " + phase + " " + session + " #" + i + ": " + change;
            assertThat(Prescribable.problems(to.reference(), level.toDose(), phase, change.to().toDose()))
                    .as(where).isEmpty();
            if (phase.isSupport()) {
                assertThat(change.to().sets()).as(where).isLessThanOrEqualTo(change.from().sets());
            }
            current = change.to();
            checked++;
        }
        return checked;
    }

    private static PerformedExercise performed(Prescription p, Session session) {
        double rpe = session == Session.FAILED ? 10.0 : 6.0;
        PerformedSet set = (p.countsHold() ? PerformedSet.hold(p.holdSeconds()) : PerformedSet.reps(p.reps()))
                .withRpe(rpe).withLoad(p.loadKg());
        PerformedExercise done = PerformedExercise.done(p.exerciseId(), Collections.nCopies(p.sets(), set));
        return session == Session.PAINFUL ? done.withPain(7, null) : done;
    }
}
