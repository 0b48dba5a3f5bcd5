package dev.runstrength.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.runstrength.dose.BlockPhase;
import dev.runstrength.tracking.service.ProgressStore.Snapshot;
import dev.runstrength.tracking.service.StateJson;
import dev.runstrength.tracking.service.StoredForms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Snapshots and plan views are stored in a compact binary form since V14_2 (format 2), and rows written
 * before hold JSON (format 1): whichever a row holds, the state read back must be the state written, or a
 * fold continued from it would drift from the replay of the whole history.
 */
class CompactFormPropertiesTest {

    private static final RandomHistories RANDOM = new RandomHistories(CatalogueFile.fixture());

    @Test
    void everyStateOfAFoldReadsBackAsItselfFromBothFormsAndFoldsOnTheSame() {
        qt().withExamples(500).forAll(RANDOM.scenarios()).checkAssert(CompactFormPropertiesTest::readsBackAsItself);
    }

    private static void readsBackAsItself(RandomHistories.Scenario s) {
        List<Workout> ordered = ProgressionEngine.distinctInOrder(s.history());
        ProgressionEngine engine = new ProgressionEngine();
        Replay whole = engine.replayAll(ordered, s.lookup(), Histories.CATALOGUE);
        ProgressionState state = ProgressionState.empty(ordered.get(0).runnerId());
        String last = null;
        int position = 0;
        for (Workout workout : ordered) {
            Snapshot snapshot = new Snapshot(last, position, state);
            Snapshot compact = StoredForms.readSnapshot(StoredForms.SNAPSHOT_FORMAT, null,
                    StoredForms.writeSnapshot(snapshot)).orElseThrow();
            Snapshot json = StoredForms.readSnapshot(StoredForms.SNAPSHOT_JSON_FORMAT, StateJson.write(snapshot), null)
                    .orElseThrow();
            assertThat(compact).isEqualTo(snapshot);
            assertThat(json).isEqualTo(snapshot);
            state = engine.replayFrom(compact.state(), List.of(workout), s.lookup(), Histories.CATALOGUE).finalState();
            last = workout.workoutId();
            position++;
        }
        assertThat(state).isEqualTo(whole.finalState());
    }

    @Test
    void everyPlanViewReadsBackAsItselfFromBothForms() {
        qt().withExamples(300).forAll(RANDOM.scenarios()).checkAssert(s -> s.plans().forEach(plan -> {
            PlanView view = withBlocks(plan);
            assertThat(StoredForms.readView(StoredForms.VIEW_FORMAT, null, StoredForms.writeView(view))).contains(view);
            assertThat(StoredForms.readView(StoredForms.VIEW_JSON_FORMAT, StateJson.write(view), null)).contains(view);
        }));
    }

    @Test
    void aStateWithEveryFieldSetReadsBackAsItself() {
        Instant at = Instant.parse("2026-03-01T07:30:00.123456789Z");
        Prescription loaded = new Prescription("goblet-squat", 3, 10, null, 12.5);
        Prescription held = Prescription.ofHold("plank", 2, 45);
        TreeMap<String, ExerciseProgress> exercises = new TreeMap<>(Map.of(
                "goblet-squat", new ExerciseProgress("goblet-squat", loaded, Decision.PROGRESS, "2 x 2 met: 3 x 10 at 12.5 kg — ü",
                        at, 0, 0),
                "plank", new ExerciseProgress("plank", held, null, null, null, 1, -1)));
        TreeMap<String, java.util.Set<String>> done = new TreeMap<>(Map.of("p1", java.util.Set.of("s1", "s2"), "p2", java.util.Set.of()));
        ProgressionState state = new ProgressionState("runner-1", exercises, at, 8.5, 2, done,
                new Adherence(6, 5, 5.0 / 6, 3),
                List.of(new Flag(FlagType.PAIN, PainArea.KNEE, 6, "knee pain 6/10"), new Flag(FlagType.MISSED_SESSIONS, null, "missed")),
                new TreeMap<>(Map.of(PainArea.KNEE, new PainWatch(PainArea.KNEE, 6, at.minusSeconds(86_400), 1))));
        Snapshot snapshot = new Snapshot("w-9", 9, state);
        byte[] data = StoredForms.writeSnapshot(snapshot);
        assertThat(StoredForms.readSnapshot(StoredForms.SNAPSHOT_FORMAT, null, data)).contains(snapshot);
        assertThat(data.length).as("compact: a fraction of the JSON").isLessThan(StateJson.write(snapshot).length() / 2);
    }

    @Test
    void bytesThatDoNotReadAsASnapshotAreRebuiltNotGuessed() {
        byte[] data = StoredForms.writeSnapshot(new Snapshot("w-1", 1, ProgressionState.empty("runner-1")));
        assertThat(StoredForms.readSnapshot(StoredForms.SNAPSHOT_FORMAT, null, Arrays.copyOf(data, data.length - 1))).isEmpty();
        assertThat(StoredForms.readSnapshot(StoredForms.SNAPSHOT_FORMAT, null, Arrays.copyOf(data, data.length + 1))).isEmpty();
        assertThat(StoredForms.readSnapshot(StoredForms.SNAPSHOT_FORMAT + 1, null, data)).as("another format").isEmpty();
        assertThat(StoredForms.readView(StoredForms.VIEW_FORMAT, null, new byte[] {1, 2, 3})).isEmpty();
    }

    /** The plan with a block named for each exercise of each session (the generated plans have none). */
    private static PlanView withBlocks(PlanView plan) {
        BlockPhase[] phases = BlockPhase.values();
        List<PlannedSession> sessions = plan.sessions().stream().map(session -> {
            Map<String, BlockPhase> blocks = new LinkedHashMap<>();
            session.prescriptions().forEach(p -> blocks.putIfAbsent(p.exerciseId(),
                    phases[Math.floorMod(p.exerciseId().hashCode() + p.sets(), phases.length)]));
            return new PlannedSession(session.planId(), session.sessionId(), session.date(), session.prescriptions(), blocks);
        }).toList();
        return new PlanView(plan.planId(), plan.generatedAt(), plan.runnerLevel(),
                plan.startsOn() == null ? LocalDate.of(2026, 1, 5) : plan.startsOn(), sessions);
    }
}
