package dev.runstrength.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.runstrength.tracking.service.StateJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Snapshots and plan views are kept as JSON (StateJson): a state read back must be the state written,
 * or a fold continued from a stored snapshot would drift from the replay of the whole history.
 */
class StateJsonPropertiesTest {

    private static final RandomHistories RANDOM = new RandomHistories(CatalogueFile.fixture());

    @Test
    void everyStateOfAFoldReadsBackAsItselfAndFoldsOnTheSame() {
        qt().withExamples(500).forAll(RANDOM.scenarios()).checkAssert(StateJsonPropertiesTest::readsBackAsItself);
    }

    private static void readsBackAsItself(RandomHistories.Scenario s) {
        List<Workout> ordered = ProgressionEngine.distinctInOrder(s.history());
        ProgressionEngine engine = new ProgressionEngine();
        Replay whole = engine.replayAll(ordered, s.lookup(), Histories.CATALOGUE);
        ProgressionState state = ProgressionState.empty(ordered.get(0).runnerId());
        for (Workout workout : ordered) {
            ProgressionState stored = StateJson.read(StateJson.write(state), ProgressionState.class, "state").orElseThrow();
            assertThat(stored).isEqualTo(state);
            state = engine.replayFrom(stored, List.of(workout), s.lookup(), Histories.CATALOGUE).finalState();
        }
        assertThat(state).isEqualTo(whole.finalState());
    }

    @Test
    void everyPlanViewReadsBackAsItself() {
        qt().withExamples(300).forAll(RANDOM.scenarios()).checkAssert(s -> s.plans().forEach(plan ->
                assertThat(StateJson.read(StateJson.write(plan), PlanView.class, "view")).contains(plan)));
    }
}
