package dev.runstrength.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner must build a valid session for every profile, including a beginner with no
 * equipment and pain in any one area. These checks mirror its needs: enough body-weight,
 * BEGINNER, non-HIGH-impact options for each role, muscle group and single-leg slot that are not
 * contraindicated for the area (DOMAIN planner rules 1, 3, 4, 5, 8).
 */
class PlannerCoverageTest {

    private static final List<Exercise> SEED = SeedFile.load().exercises();
    private static final List<MuscleGroup> WEEKLY_GROUPS = List.of(MuscleGroup.GLUTES, MuscleGroup.QUADS,
            MuscleGroup.CALVES, MuscleGroup.HAMSTRINGS, MuscleGroup.HIP_FLEXORS, MuscleGroup.CORE);

    static Stream<Optional<PainArea>> painOrNone() {
        return Stream.concat(Stream.of(Optional.<PainArea>empty()), EnumSet.allOf(PainArea.class).stream().map(Optional::of));
    }

    static Stream<Arguments> painAndGroup() {
        return painOrNone().flatMap(pain -> WEEKLY_GROUPS.stream().map(group -> Arguments.of(pain, group)));
    }

    /** Body weight only, BEGINNER, active, not HIGH impact, and allowed with the pain. */
    private static Stream<Exercise> options(Optional<PainArea> pain, Level level) {
        return SEED.stream()
                .filter(Exercise::active)
                .filter(Exercise::bodyWeightOnly)
                .filter(exercise -> exercise.minLevel().atOrBelow(level))
                .filter(exercise -> exercise.impact() != Impact.HIGH)
                .filter(exercise -> pain.map(area -> !exercise.isContraindicatedFor(area)).orElse(true));
    }

    private static long count(Optional<PainArea> pain, Phase phase, Predicate<Exercise> role) {
        return options(pain, Level.BEGINNER).filter(exercise -> exercise.servesPhase(phase)).filter(role).count();
    }

    @ParameterizedTest(name = "pain {0}")
    @MethodSource("painOrNone")
    void prepareHasTwoMobilizeAndTwoActivateOptions(Optional<PainArea> pain) {
        assertThat(count(pain, Phase.PREPARE, exercise -> exercise.serves(Purpose.MOBILIZE))).isGreaterThanOrEqualTo(2);
        assertThat(count(pain, Phase.PREPARE, exercise -> exercise.serves(Purpose.ACTIVATE))).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "pain {0}")
    @MethodSource("painOrNone")
    void recoverHasTwoFlushOrStretchOptions(Optional<PainArea> pain) {
        assertThat(count(pain, Phase.RECOVER,
                exercise -> exercise.serves(Purpose.FLUSH) || exercise.serves(Purpose.STRETCH)))
                .isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "pain {0}, {1}")
    @MethodSource("painAndGroup")
    void strengthenCoversEveryWeeklyMuscleGroup(Optional<PainArea> pain, MuscleGroup group) {
        Map<String, Muscle> muscles = SeedFile.load().musclesById();
        long options = count(pain, Phase.STRENGTHEN, exercise -> exercise.primaryMuscles().stream()
                .anyMatch(muscle -> muscles.get(muscle).group() == group));
        assertThat(options).as("body-weight beginner STRENGTHEN options for %s with pain %s", group, pain)
                .isGreaterThanOrEqualTo(pain.isEmpty() ? 2 : 1);
    }

    @ParameterizedTest(name = "pain {0}")
    @MethodSource("painOrNone")
    void strengthenHasSeveralSingleLegOptions(Optional<PainArea> pain) {
        assertThat(count(pain, Phase.STRENGTHEN, Exercise::unilateral)).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "pain {0}")
    @MethodSource("painOrNone")
    void rotationIsAvailableToIntermediatesWithoutEquipment(Optional<PainArea> pain) {
        assertThat(options(pain, Level.INTERMEDIATE).filter(exercise -> exercise.serves(Purpose.ROTATION))).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void kneePainLeavesHipDominantWork() {
        assertThat(options(Optional.of(PainArea.KNEE), Level.BEGINNER)
                .filter(exercise -> exercise.pattern() == MovementPattern.HIP || exercise.pattern() == MovementPattern.HINGE)
                .filter(exercise -> !exercise.deepKneeFlexion()))
                .extracting(Exercise::id)
                .contains("glute-bridge", "single-leg-glute-bridge", "single-leg-deadlift");
    }

    @org.junit.jupiter.api.Test
    void heelAndAchillesPainLeaveNonCalfLowerLegWork() {
        for (PainArea area : List.of(PainArea.HEEL, PainArea.ACHILLES)) {
            assertThat(options(Optional.of(area), Level.BEGINNER)
                    .filter(exercise -> exercise.servesPhase(Phase.STRENGTHEN))
                    .filter(exercise -> exercise.bodyAreas().contains(BodyArea.SHIN)))
                    .extracting(Exercise::id).contains("standing-toe-raise");
        }
    }

    @org.junit.jupiter.api.Test
    void everyExerciseContraindicatedForSomethingHasAnAllowedRegressionOrSubstitute() {
        // Jumps are left out: with leg pain the planner drops plyometrics altogether (DOMAIN rules 5, 6).
        for (Exercise exercise : SEED.stream().filter(exercise -> exercise.impact() != Impact.HIGH
                && !exercise.serves(Purpose.PLYOMETRIC)).toList()) {
            for (PainArea area : exercise.contraindications()) {
                boolean substitute = SEED.stream()
                        .filter(other -> !other.isContraindicatedFor(area))
                        .filter(other -> other.minLevel().atOrBelow(exercise.minLevel()))
                        .anyMatch(other -> other.phases().stream().anyMatch(exercise::servesPhase)
                                && other.purposes().stream().anyMatch(exercise::serves));
                assertThat(substitute).as("a %s substitute for %s", area, exercise.id()).isTrue();
            }
        }
    }
}
