package dev.runstrength.tracking.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** The engine over the real ladders of catalog-service's seed catalogue. */
class SeedCatalogueTest {

    private static final List<ExerciseInfo> SEED = CatalogueFile.read(CatalogueFile.seedFile()
            .orElseThrow(() -> new AssertionError(CatalogueFile.SEED_PATH + " not found above the working directory")));
    private static final CatalogueView CATALOGUE = CatalogueView.of(SEED);

    @Test
    void theSeedCatalogueLoadsWithLadders() {
        assertThat(SEED).hasSizeGreaterThanOrEqualTo(45);
        assertThat(SEED).anySatisfy(e -> assertThat(e.progressions()).isNotEmpty());
    }

    @Test
    void randomHistoriesOverTheRealLaddersKeepTheInvariants() {
        qt().withExamples(200).forAll(new RandomHistories(SEED).scenarios())
                .checkAssert(SeedCatalogueTest::randomHistoriesOverTheRealLaddersKeepTheInvariants);
    }

    private static void randomHistoriesOverTheRealLaddersKeepTheInvariants(RandomHistories.Scenario s) {
        Replay replay = ProgressionEngine.replay(s.history(), s.lookup(), CATALOGUE);
        List<Workout> reversed = new java.util.ArrayList<>(s.history());
        java.util.Collections.reverse(reversed);

        assertThat(ProgressionEngine.replay(reversed, s.lookup(), CATALOGUE)).isEqualTo(replay);
        replay.updates().values().stream().flatMap(u -> u.changes().stream()).forEach(c -> {
            ExerciseInfo from = CATALOGUE.find(c.exerciseId()).orElseThrow();
            ExerciseInfo to = CATALOGUE.find(c.to().exerciseId()).orElseThrow();
            if (!to.id().equals(from.id())) {
                List<String> rungs = c.decision() == Decision.PROGRESS ? from.progressions() : from.regressions();
                assertThat(to.id()).as(c.reason()).isEqualTo(rungs.get(0));
            }
            assertThat(c.to().target()).as(c.toString()).isBetween(to.rangeBottom(), to.rangeTop());
            if (c.to().loadKg() != null) {
                assertThat(c.to().loadKg()).isGreaterThanOrEqualTo(0.0);
            }
        });
    }
}
