package dev.runstrength.tracking.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

class ProgressionPropertiesTest {

    private static final CatalogueView CATALOGUE = Histories.CATALOGUE;
    private static final RandomHistories RANDOM = new RandomHistories(CatalogueFile.fixture());
    private static final int EXAMPLES = 1000;

    private static Replay replay(RandomHistories.Scenario s, List<Workout> delivered) {
        return ProgressionEngine.replay(delivered, s.lookup(), CATALOGUE);
    }

    @Test
    void anyDeliveryOrderAndAnyDuplicatesGiveTheSameStateAndUpdates() {
        qt().withExamples(EXAMPLES).forAll(RANDOM.scenarios(), longs().all())
                .checkAssert(ProgressionPropertiesTest::anyDeliveryOrderAndAnyDuplicatesGiveTheSameStateAndUpdates);
    }

    /** {@code shuffleSeed} seeds the duplicates and the shuffle, so a failure shows it. */
    private static void anyDeliveryOrderAndAnyDuplicatesGiveTheSameStateAndUpdates(RandomHistories.Scenario s,
            long shuffleSeed) {
        Random random = new Random(shuffleSeed);
        List<Workout> delivered = new ArrayList<>(s.history());
        int duplicates = random.nextInt(s.history().size() + 3);
        for (int i = 0; i < duplicates; i++) {
            delivered.add(s.history().get(random.nextInt(s.history().size())));
        }
        Collections.shuffle(delivered, random);

        Replay inOrder = replay(s, s.history());
        Replay shuffled = replay(s, delivered);

        assertThat(shuffled.finalState()).isEqualTo(inOrder.finalState());
        assertThat(shuffled.updates()).isEqualTo(inOrder.updates());
        assertThat(List.copyOf(shuffled.updates().keySet())).isEqualTo(List.copyOf(inOrder.updates().keySet()));
    }

    @Test
    void oneUpdatePerWorkoutStampedWithItsCompletionTime() {
        qt().withExamples(EXAMPLES).forAll(RANDOM.scenarios())
                .checkAssert(ProgressionPropertiesTest::oneUpdatePerWorkoutStampedWithItsCompletionTime);
    }

    private static void oneUpdatePerWorkoutStampedWithItsCompletionTime(RandomHistories.Scenario s) {
        Replay replay = replay(s, s.history());

        assertThat(replay.updates()).hasSameSizeAs(s.history());
        for (Workout workout : s.history()) {
            ProgressionUpdate update = replay.updates().get(workout.workoutId());
            assertThat(update.updatedAt()).isEqualTo(workout.completedAt());
            assertThat(update.runnerId()).isEqualTo(workout.runnerId());
        }
    }

    @Test
    void aMoveAlongTheLadderOnlyEverGoesToTheNearestRung() {
        qt().withExamples(EXAMPLES).forAll(RANDOM.scenarios())
                .checkAssert(ProgressionPropertiesTest::aMoveAlongTheLadderOnlyEverGoesToTheNearestRung);
    }

    private static void aMoveAlongTheLadderOnlyEverGoesToTheNearestRung(RandomHistories.Scenario s) {
        Replay replay = replay(s, s.history());

        changes(replay).filter(c -> !c.to().exerciseId().equals(c.exerciseId())).forEach(c -> {
            ExerciseInfo exercise = CATALOGUE.find(c.exerciseId()).orElseThrow();
            assertThat(c.decision()).isIn(Decision.PROGRESS, Decision.REGRESS);
            List<String> rungs = c.decision() == Decision.PROGRESS ? exercise.progressions() : exercise.regressions();
            assertThat(c.to().exerciseId()).as(c.reason()).isEqualTo(rungs.get(0));
        });
        replay.finalState().exercises().values().forEach(p -> {
            ExerciseInfo exercise = CATALOGUE.find(p.exerciseId()).orElseThrow();
            String current = p.current().exerciseId();
            assertThat(current.equals(p.exerciseId())
                    || current.equals(first(exercise.progressions()))
                    || current.equals(first(exercise.regressions()))).as(p.toString()).isTrue();
        });
    }

    @Test
    void painFrom4NeverProgressesAndAbove5RegressesAndFlags() {
        qt().withExamples(EXAMPLES).forAll(RANDOM.scenarios())
                .checkAssert(ProgressionPropertiesTest::painFrom4NeverProgressesAndAbove5RegressesAndFlags);
    }

    private static void painFrom4NeverProgressesAndAbove5RegressesAndFlags(RandomHistories.Scenario s) {
        Replay replay = replay(s, s.history());

        for (Workout workout : s.history()) {
            ProgressionUpdate update = replay.updates().get(workout.workoutId());
            for (PerformedExercise performed : workout.exercises()) {
                if (performed.painLevel() != null && performed.painLevel() >= PainMonitoring.CAUTION_FROM) {
                    assertThat(update.changes())
                            .filteredOn(c -> c.exerciseId().equals(performed.exerciseId()))
                            .extracting(Change::decision)
                            .doesNotContain(Decision.PROGRESS);
                }
                if (performed.painLevel() != null && performed.painLevel() >= PainMonitoring.TOO_MUCH_FROM) {
                    assertThat(update.flags()).extracting(Flag::type).contains(FlagType.PAIN);
                    assertThat(update.changes())
                            .filteredOn(c -> c.exerciseId().equals(performed.exerciseId()))
                            .allSatisfy(c -> assertThat(c.rule()).isEqualTo(TooMuchPain.NAME));
                }
            }
        }
    }

    @Test
    void loadNeverNegativeAndSetsAtLeastOne() {
        qt().withExamples(EXAMPLES).forAll(RANDOM.scenarios())
                .checkAssert(ProgressionPropertiesTest::loadNeverNegativeAndSetsAtLeastOne);
    }

    private static void loadNeverNegativeAndSetsAtLeastOne(RandomHistories.Scenario s) {
        Replay replay = replay(s, s.history());

        Stream.concat(changes(replay).flatMap(c -> Stream.of(c.from(), c.to())),
                        replay.finalState().exercises().values().stream().map(ExerciseProgress::current))
                .forEach(p -> {
                    assertThat(p.sets()).as(p.toString()).isBetween(1, DoubleProgression.MAX_SETS);
                    if (p.loadKg() != null) {
                        assertThat(p.loadKg()).as(p.toString()).isGreaterThanOrEqualTo(0.0);
                    }
                });
    }

    @Test
    void repsAndHoldsStayWithinTheCatalogueRange() {
        qt().withExamples(EXAMPLES).forAll(RANDOM.scenarios())
                .checkAssert(ProgressionPropertiesTest::repsAndHoldsStayWithinTheCatalogueRange);
    }

    private static void repsAndHoldsStayWithinTheCatalogueRange(RandomHistories.Scenario s) {
        Replay replay = replay(s, s.history());

        Stream.concat(changes(replay).map(Change::to),
                        replay.finalState().exercises().values().stream().map(ExerciseProgress::current))
                .forEach(p -> {
                    ExerciseInfo exercise = CATALOGUE.find(p.exerciseId()).orElseThrow();
                    assertThat(p.countsHold()).as(p.toString()).isEqualTo(exercise.countsHold());
                    assertThat(p.target()).as(p.toString()).isBetween(exercise.rangeBottom(), exercise.rangeTop());
                });
    }

    @Test
    void everyChangeHasAReadableReasonAndUnknownExercisesAreOnlyReported() {
        qt().withExamples(EXAMPLES).forAll(RANDOM.scenarios())
                .checkAssert(ProgressionPropertiesTest::everyChangeHasAReadableReasonAndUnknownExercisesAreOnlyReported);
    }

    private static void everyChangeHasAReadableReasonAndUnknownExercisesAreOnlyReported(RandomHistories.Scenario s) {
        Replay replay = replay(s, s.history());

        changes(replay).forEach(c -> assertThat(c.reason()).isNotBlank().endsWith("."));
        for (Workout workout : s.history()) {
            ProgressionUpdate update = replay.updates().get(workout.workoutId());
            boolean hasUnknown = workout.exercises().stream().anyMatch(e -> e.exerciseId().equals(RandomHistories.UNKNOWN));
            assertThat(update.unknownExercises().contains(RandomHistories.UNKNOWN)).isEqualTo(hasUnknown);
            assertThat(update.changes()).extracting(Change::exerciseId).doesNotContain(RandomHistories.UNKNOWN);
        }
    }

    private static Stream<Change> changes(Replay replay) {
        return replay.updates().values().stream().flatMap(u -> u.changes().stream());
    }

    private static String first(List<String> rungs) {
        return rungs.isEmpty() ? null : rungs.get(0);
    }
}
