package dev.runstrength.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What linear tracking rests on: the state after a history's first workouts, with the rest folded
 * onto it ({@link ProgressionEngine#replayFrom}), is the state and the updates of replaying the whole
 * history from the start, wherever the history is cut, and however often.
 */
class IncrementalReplayPropertiesTest {

    private static final CatalogueView CATALOGUE = Histories.CATALOGUE;
    private static final RandomHistories RANDOM = new RandomHistories(CatalogueFile.fixture());
    private static final ProgressionEngine ENGINE = new ProgressionEngine();

    @Test
    void foldingTheRestOntoASnapshotGivesTheStateAndUpdatesOfTheWholeReplay() {
        qt().withExamples(1000).forAll(RANDOM.scenarios(), integers().between(0, 100))
                .checkAssert(IncrementalReplayPropertiesTest::foldingTheRestOntoASnapshotGivesTheWholeReplay);
    }

    private static void foldingTheRestOntoASnapshotGivesTheWholeReplay(RandomHistories.Scenario s, int cutPercent) {
        List<Workout> ordered = ProgressionEngine.distinctInOrder(s.history());
        int cut = ordered.size() * cutPercent / 100;
        Replay whole = ENGINE.replayAll(ordered, s.lookup(), CATALOGUE);

        Replay head = ENGINE.replayAll(ordered.subList(0, cut), s.lookup(), CATALOGUE);
        ProgressionState snapshot = cut == 0 ? ProgressionState.empty(ordered.get(0).runnerId()) : head.finalState();
        Replay tail = ENGINE.replayFrom(snapshot, ordered.subList(cut, ordered.size()), s.lookup(), CATALOGUE);

        assertThat(tail.finalState()).isEqualTo(whole.finalState());
        Map<String, ProgressionUpdate> joined = new LinkedHashMap<>(head.updates());
        joined.putAll(tail.updates());
        assertThat(joined).isEqualTo(whole.updates());
    }

    @Test
    void oneWorkoutAtATimeOntoTheLastStateGivesTheWholeReplay() {
        qt().withExamples(300).forAll(RANDOM.scenarios())
                .checkAssert(IncrementalReplayPropertiesTest::oneWorkoutAtATime);
    }

    private static void oneWorkoutAtATime(RandomHistories.Scenario s) {
        List<Workout> ordered = ProgressionEngine.distinctInOrder(s.history());
        Replay whole = ENGINE.replayAll(ordered, s.lookup(), CATALOGUE);
        ProgressionState state = ProgressionState.empty(ordered.get(0).runnerId());
        for (Workout workout : ordered) {
            Replay step = ENGINE.replayFrom(state, List.of(workout), s.lookup(), CATALOGUE);
            assertThat(step.updates().get(workout.workoutId())).isEqualTo(whole.updates().get(workout.workoutId()));
            state = step.finalState();
        }
        assertThat(state).isEqualTo(whole.finalState());
    }
}
