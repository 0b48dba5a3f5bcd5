package dev.runstrength.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed content DOMAIN.md "Catalogue content" asks for. */
class SeedCatalogueTest {

    private static final String SEED_004 = "Strength notes for runners (seed 004)";
    private static final String SEED_000 = "Strength masterclass for runners (seed 000)";

    private final Catalogue catalogue = SeedFile.load();
    private final Map<String, Exercise> byId = catalogue.exercisesById();

    private Exercise exercise(String id) {
        assertThat(byId).as("catalogue holds %s", id).containsKey(id);
        return byId.get(id);
    }

    @Test
    void theWholeSeedPassesEveryIntegrityRule() {
        assertThat(CatalogueIntegrity.checkAll(catalogue)).isEmpty();
        assertThat(CatalogueIntegrity.checkAll(catalogue.exercises())).isEmpty();
    }

    @Test
    void holdsAtLeastFiftyActiveExercisesEachWithASource() {
        assertThat(catalogue.exercises()).hasSizeGreaterThanOrEqualTo(50).allMatch(Exercise::active);
        assertThat(catalogue.exercises()).allSatisfy(exercise -> {
            assertThat(exercise.sources()).isNotEmpty();
            assertThat(exercise.cues()).as("cues of %s", exercise.id()).isNotEmpty();
            assertThat(exercise.description()).as("description of %s", exercise.id()).isNotBlank();
            assertThat(exercise.pattern()).as("pattern of %s", exercise.id()).isNotNull();
            assertThat(exercise.version()).isEqualTo(1);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "calf-walk", "heel-walk", "single-leg-calf-raise", "toe-raise", "rope-jump", "bodyweight-squat",
            "bulgarian-split-squat", "single-leg-deadlift", "lunge-circuit", "glute-bridge", "box-jump",
            "nordic-hamstring-curl", "banded-hip-flexion", "plank", "side-plank", "side-plank-abductor-hold",
            "explosive-step-up", "pogo-hops", "a-skip", "b-skip", "ankle-dribbles"})
    void everySeed004ExerciseCitesTheSeed(String id) {
        assertThat(exercise(id).sources()).extracting(Source::title).contains(SEED_004);
    }

    @ParameterizedTest(name = "{0} links {1}")
    @CsvSource({
            "single-leg-calf-raise, https://www.youtube.com/watch?v=c5Kv6-fnTj8",
            "toe-raise, https://www.youtube.com/watch?v=VzIcGAgBiaM",
            "lunge-circuit, https://youtu.be/SnNlrFcXjVU?t=227",
            "side-plank-abductor-hold, https://youtu.be/SnNlrFcXjVU?t=488",
            "box-jump, https://youtu.be/GcZJhNi2yOM?si=lOzsqXmWts7HvHCt",
            "explosive-step-up, https://youtu.be/GcZJhNi2yOM?si=lOzsqXmWts7HvHCt"})
    void seed004VideoLinksAreKept(String id, String url) {
        assertThat(exercise(id).sources()).contains(new Source(SEED_004, url));
    }

    @ParameterizedTest(name = "{0}: {1} x {2}-{3}")
    @CsvSource({
            "single-leg-calf-raise, 3, 12, 15",
            "toe-raise, 3, 10, 15",
            "bulgarian-split-squat, 3, 10, 15",
            "single-leg-deadlift, 3, 10, 15",
            "lunge-circuit, 3, 5, 8"})
    void seed004DosesAreTheReference(String id, int sets, int repsMin, int repsMax) {
        Prescription dose = exercise(id).prescription();
        assertThat(dose.sets()).isEqualTo(sets);
        assertThat(dose.repsMin()).isEqualTo(repsMin);
        // The seed's "15x3" calf raise is the top of the range: the planner's ADVANCED dose.
        assertThat(dose.repsMax()).isEqualTo(repsMax);
    }

    @Test
    void lungeCircuitAndUnilateralSeedDosesArePerSide() {
        assertThat(exercise("lunge-circuit").prescription().perSide()).isTrue();
        assertThat(exercise("single-leg-calf-raise").prescription().perSide()).isTrue();
        assertThat(exercise("single-leg-calf-raise").unilateral()).isTrue();
    }

    @Test
    void seed004OptionsAreLadderSteps() {
        assertThat(exercise("single-leg-calf-raise").progressions()).containsExactly("weighted-single-leg-calf-raise");
        assertThat(exercise("bodyweight-squat").progressions()).contains("goblet-squat", "squat-jump");
        assertThat(exercise("bulgarian-split-squat").progressions()).containsExactly("weighted-bulgarian-split-squat");
        assertThat(exercise("weighted-single-leg-calf-raise").loadable()).isTrue();
        assertThat(exercise("weighted-single-leg-calf-raise").prescription().loadKg()).isPositive();
    }

    @Test
    void seed004CuesAndCautionsAreCarried() {
        assertThat(exercise("single-leg-calf-raise").cautions()).anyMatch(text -> text.contains("never let it sink below"));
        assertThat(exercise("single-leg-calf-raise").cues()).anyMatch(text -> text.contains("slowly") && text.contains("quickly"));
        assertThat(exercise("bodyweight-squat").cues()).anyMatch(text -> text.contains("slowly") && text.contains("fast"));
        assertThat(exercise("bulgarian-split-squat").cues()).anyMatch(text -> text.contains("glutes"))
                .anyMatch(text -> text.contains("quads"));
        assertThat(exercise("glute-bridge").cues()).anyMatch(text -> text.contains("further"));
        assertThat(exercise("glute-bridge").primaryMuscles()).contains("HAMSTRINGS");
        assertThat(exercise("single-leg-deadlift").cues()).anyMatch(text -> text.contains("arms forward"));
        assertThat(exercise("toe-raise").equipment()).containsExactly(Equipment.WALL);
        assertThat(exercise("banded-hip-flexion").primaryMuscles()).containsExactly("ILIOPSOAS");
        assertThat(exercise("banded-hip-flexion").equipment()).contains(Equipment.RESISTANCE_BAND);
        assertThat(exercise("side-plank-abductor-hold").primaryMuscles()).contains("ADDUCTORS");
    }

    @ParameterizedTest(name = "{0} serves {1} / {2}")
    @CsvSource({
            "PREPARE, MOBILIZE, ankle-rocker", "PREPARE, MOBILIZE, ninety-ninety-hip-switch",
            "PREPARE, MOBILIZE, standing-hip-circle", "PREPARE, MOBILIZE, open-book-rotation",
            "PREPARE, MOBILIZE, leg-swing-front-back", "PREPARE, MOBILIZE, leg-swing-side-to-side",
            "PREPARE, ACTIVATE, single-leg-balance", "PREPARE, ACTIVATE, fire-hydrant",
            "PREPARE, ACTIVATE, lateral-band-walk", "PREPARE, ACTIVATE, clamshell", "PREPARE, ACTIVATE, dead-bug",
            "STRENGTHEN, STRENGTH_ENDURANCE, wall-sit", "STRENGTHEN, BALANCE, single-leg-deadlift",
            "STRENGTHEN, ROTATION, woodchop", "STRENGTHEN, ROTATION, pallof-press",
            "STRENGTHEN, ROTATION, single-leg-reach-with-rotation",
            "RECOVER, FLUSH, legs-up-the-wall", "RECOVER, FLUSH, foam-roll-calves", "RECOVER, FLUSH, foam-roll-quads",
            "RECOVER, FLUSH, foam-roll-glutes", "RECOVER, STRETCH, wall-calf-stretch",
            "RECOVER, STRETCH, kneeling-hip-flexor-stretch", "RECOVER, STRETCH, lying-hamstring-stretch"})
    void everySeed000PhaseIsServed(Phase phase, Purpose purpose, String id) {
        assertThat(exercise(id).phases()).contains(phase);
        assertThat(exercise(id).purposes()).contains(purpose);
    }

    @Test
    void seed000EquipmentIsNamed() {
        assertThat(exercise("lateral-band-walk").equipment()).containsExactly(Equipment.MINI_BAND);
        assertThat(exercise("pallof-press").equipment()).containsExactly(Equipment.RESISTANCE_BAND);
        assertThat(exercise("legs-up-the-wall").equipment()).containsExactly(Equipment.WALL);
        assertThat(exercise("foam-roll-calves").equipment()).containsExactly(Equipment.FOAM_ROLLER);
        assertThat(catalogue.exercises().stream()
                .filter(exercise -> exercise.sources().stream().anyMatch(source -> source.title().equals(SEED_000))))
                .allSatisfy(exercise -> assertThat(exercise.sources())
                        .filteredOn(source -> source.title().equals(SEED_000))
                        .extracting(Source::url).containsOnlyNulls());
    }

    @ParameterizedTest(name = "{0} in {1}, roles {2}")
    @CsvSource({
            "GLUTEUS_MAXIMUS, GLUTES, STRIDE_LENGTH", "GLUTEUS_MEDIUS, GLUTES, STRIDE_LENGTH",
            "QUADRICEPS, QUADS, STRIDE_LENGTH", "RECTUS_FEMORIS, QUADS, STRIDE_LENGTH",
            "GASTROCNEMIUS, CALVES, STRIDE_LENGTH", "SOLEUS, CALVES, STRIDE_LENGTH",
            "HAMSTRINGS, HAMSTRINGS, CADENCE", "ILIOPSOAS, HIP_FLEXORS, CADENCE",
            "TIBIALIS_ANTERIOR, SHIN, ''", "ADDUCTORS, ADDUCTORS, ''", "FOOT_INTRINSICS, FOOT, ''",
            "TRANSVERSUS_ABDOMINIS, CORE, ''", "OBLIQUES, CORE, ''", "RECTUS_ABDOMINIS, CORE, ''",
            "ERECTOR_SPINAE, BACK, ''"})
    void runnerMusclesAreTaggedWithTheirRunningRole(String id, MuscleGroup group, String role) {
        Muscle muscle = catalogue.musclesById().get(id);
        assertThat(muscle).as("muscle %s", id).isNotNull();
        assertThat(muscle.group()).isEqualTo(group);
        assertThat(muscle.runningRoles()).containsExactlyElementsOf(
                role.isEmpty() ? List.of() : List.of(RunningRole.valueOf(role)));
    }

    @Test
    void everyMuscleIsUsedByAtLeastOneExercise() {
        Set<String> used = catalogue.exercises().stream()
                .flatMap(exercise -> java.util.stream.Stream.concat(exercise.primaryMuscles().stream(),
                        exercise.secondaryMuscles().stream()))
                .collect(Collectors.toSet());
        assertThat(used).containsAll(catalogue.musclesById().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "double-leg-calf-raise > single-leg-calf-raise > weighted-single-leg-calf-raise",
            "glute-bridge > single-leg-glute-bridge > single-leg-hip-thrust",
            "split-squat > bulgarian-split-squat > weighted-bulgarian-split-squat",
            "knee-side-plank > side-plank > side-plank-abductor-hold",
            "box-squat > bodyweight-squat > goblet-squat",
            "bodyweight-squat > squat-jump > box-jump",
            "split-squat > reverse-lunge > lunge-circuit > split-jump",
            "assisted-nordic-hamstring-curl > nordic-hamstring-curl",
            "knee-plank > plank > plank-leg-lift",
            "pogo-hops > lateral-line-hops > single-leg-pogo-hops",
            "standing-toe-raise > toe-raise",
            "standing-knee-drive > banded-hip-flexion",
            "clamshell > banded-clamshell",
            "ankle-dribbles > a-skip > b-skip",
            "bodyweight-woodchop > woodchop",
            "single-leg-deadlift > weighted-single-leg-deadlift",
            "step-up > explosive-step-up",
            "box-squat > bodyweight-squat > kettlebell-goblet-squat > barbell-back-squat",
            "goblet-squat > barbell-back-squat",
            "split-squat > dumbbell-split-squat > weighted-bulgarian-split-squat",
            "low-step-up > step-up > dumbbell-step-up",
            "low-step-up > step-down",
            "isometric-calf-raise-hold > slow-heavy-calf-raise > weighted-single-leg-calf-raise",
            "isometric-bent-knee-calf-raise-hold > slow-heavy-bent-knee-calf-raise",
            "bent-knee-calf-raise > slow-heavy-bent-knee-calf-raise",
            "copenhagen-adductor-short-lever > copenhagen-adductor-long-lever",
            "glute-bridge > barbell-hip-thrust",
            "single-leg-deadlift > kettlebell-single-leg-deadlift"})
    void namedLaddersExistInBothDirections(String ladder) {
        List<String> steps = List.of(ladder.split(" > "));
        for (int i = 0; i + 1 < steps.size(); i++) {
            assertThat(exercise(steps.get(i)).progressions()).as("progressions of %s", steps.get(i)).contains(steps.get(i + 1));
            assertThat(exercise(steps.get(i + 1)).regressions()).as("regressions of %s", steps.get(i + 1)).contains(steps.get(i));
        }
    }

    @Test
    void everyLadderLinkIsSymmetric() {
        for (Exercise exercise : catalogue.exercises()) {
            for (String harder : exercise.progressions()) {
                assertThat(byId.get(harder).regressions()).as("%s lists %s as a regression", harder, exercise.id())
                        .contains(exercise.id());
            }
            for (String easier : exercise.regressions()) {
                assertThat(byId.get(easier).progressions()).as("%s lists %s as a progression", easier, exercise.id())
                        .contains(exercise.id());
            }
        }
    }

    @Test
    void jumpsAreHighImpactGatedAndCountFootContacts() {
        for (String id : List.of("rope-jump", "pogo-hops", "single-leg-pogo-hops", "lateral-line-hops", "squat-jump",
                "box-jump", "split-jump")) {
            Exercise jump = exercise(id);
            assertThat(jump.impact()).as("impact of %s", id).isEqualTo(Impact.HIGH);
            assertThat(jump.minLevel()).as("minLevel of %s", id).isNotEqualTo(Level.BEGINNER);
            assertThat(jump.footContactsPerRep()).as("footContactsPerRep of %s", id).isPositive();
            assertThat(jump.secondsPerRep()).as("secondsPerRep of %s", id).isBetween(1, 3);
            assertThat(jump.contraindications()).containsAll(JumpsAreGated.LANDING_AREAS);
        }
        assertThat(exercise("calf-walk").impact()).isEqualTo(Impact.LOW);
        assertThat(exercise("plank").impact()).isEqualTo(Impact.NONE);
    }

    @Test
    void contraindicationsFollowTheDomain() {
        assertThat(catalogue.exercises()).filteredOn(Exercise::deepKneeFlexion).isNotEmpty()
                .allMatch(exercise -> exercise.isContraindicatedFor(PainArea.KNEE));
        assertThat(exercise("nordic-hamstring-curl").contraindications()).contains(PainArea.HAMSTRING);
        assertThat(exercise("assisted-nordic-hamstring-curl").contraindications()).contains(PainArea.HAMSTRING);
        // Basic calf raises stay allowed for heel and Achilles pain, with the toe-level caution instead.
        for (String id : List.of("double-leg-calf-raise", "single-leg-calf-raise")) {
            assertThat(exercise(id).contraindications()).doesNotContain(PainArea.ACHILLES, PainArea.HEEL);
            assertThat(exercise(id).cautions()).anyMatch(text -> text.contains("toes"));
        }
        assertThat(exercise("weighted-single-leg-calf-raise").contraindications()).contains(PainArea.ACHILLES, PainArea.HEEL);
    }

    @Test
    void doseFieldsFollowTheConventions() {
        assertThat(catalogue.exercises()).allSatisfy(exercise -> {
            Prescription dose = exercise.prescription();
            if (!exercise.loadable()) {
                assertThat(dose.loadKg()).as("loadKg of %s", exercise.id()).isNull();
            }
            if (dose.holdBased()) {
                assertThat(exercise.secondsPerRep()).as("secondsPerRep of hold %s", exercise.id()).isZero();
            } else {
                assertThat(exercise.secondsPerRep()).as("secondsPerRep of %s", exercise.id()).isBetween(1, 8);
            }
            if (exercise.unilateral()) {
                assertThat(dose.perSide()).as("perSide of unilateral %s", exercise.id()).isTrue();
            }
        });
        assertThat(catalogue.exercises()).filteredOn(Exercise::loadable)
                .allSatisfy(exercise -> assertThat(exercise.prescription().loadKg()).isPositive());
    }

    @Test
    void theBulgarianSplitSquatGivesOneTrunkAngleNotTwoOpposite() {
        // seed 004: lean to bias the glutes, upright to bias the quads; a runner keeps one of them per set
        for (String id : List.of("bulgarian-split-squat", "weighted-bulgarian-split-squat")) {
            assertThat(exercise(id).cues()).as("cues of %s", id)
                    .filteredOn(cue -> cue.contains("trunk")).singleElement().asString()
                    .contains("glutes", "quads");
        }
    }

    @Test
    void theAnkleDribbleSaysHowHighTheFootLifts() {
        assertThat(exercise("ankle-dribbles").cues()).anyMatch(cue -> cue.contains("as high as the other ankle"));
        assertThat(exercise("ankle-dribbles").description()).contains("height of the other ankle");
    }

    @Test
    void everyPieceOfEquipmentAProfileCanNameIsUsedAndTheLoadsHaveThreeStrengthExercisesEach() {
        for (Equipment equipment : Equipment.values()) {
            assertThat(catalogue.exercises().stream()
                    .filter(exercise -> exercise.active() && exercise.equipment().contains(equipment))
                    .map(Exercise::id)).as("exercises needing %s", equipment).isNotEmpty();
        }
        for (Equipment load : List.of(Equipment.DUMBBELLS, Equipment.KETTLEBELL, Equipment.BARBELL)) {
            assertThat(catalogue.exercises().stream()
                    .filter(exercise -> exercise.active() && exercise.servesPhase(Phase.STRENGTHEN)
                            && exercise.loadable() && exercise.equipment().contains(load))
                    .map(Exercise::id)).as("loaded STRENGTHEN exercises with %s", load).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
            "barbell-back-squat, BARBELL, true", "romanian-deadlift, BARBELL, true", "barbell-hip-thrust, BARBELL, true",
            "kettlebell-goblet-squat, KETTLEBELL, true", "kettlebell-single-leg-deadlift, KETTLEBELL, true",
            "kettlebell-swing, KETTLEBELL, true",
            "dumbbell-split-squat, DUMBBELLS, true", "dumbbell-step-up, DUMBBELLS, true",
            "weighted-single-leg-calf-raise, DUMBBELLS, true",
            "pallof-press, RESISTANCE_BAND, false", "woodchop, RESISTANCE_BAND, false",
            "lateral-band-walk, MINI_BAND, false"})
    void theLoadedStaplesOfEachPieceOfEquipmentAreThere(String id, Equipment equipment, boolean loadable) {
        assertThat(exercise(id).equipment()).contains(equipment);
        assertThat(exercise(id).loadable()).isEqualTo(loadable);
        if (loadable) {
            assertThat(exercise(id).prescription().loadKg()).as("entry load of %s", id).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"barbell-back-squat", "romanian-deadlift"})
    void theBarbellMainLiftsAreHeavyAndLowRep(String id) {
        // heavy, low-rep work is what improves running economy (Blagrove 2018; Ronnestad & Mujika 2014)
        Prescription dose = exercise(id).prescription();
        assertThat(dose.repsMin()).isLessThanOrEqualTo(5);
        assertThat(dose.repsMax()).isLessThanOrEqualTo(8);
        assertThat(dose.restSeconds()).isGreaterThanOrEqualTo(120);
        assertThat(exercise(id).minLevel()).isEqualTo(Level.INTERMEDIATE);
    }

    @ParameterizedTest(name = "{0} stays with mild {1} pain")
    @CsvSource({
            "wall-sit, KNEE", "spanish-squat, KNEE", "box-squat, KNEE", "low-step-up, KNEE", "step-down, KNEE",
            "isometric-calf-raise-hold, ACHILLES", "isometric-calf-raise-hold, CALF",
            "isometric-bent-knee-calf-raise-hold, ACHILLES", "isometric-bent-knee-calf-raise-hold, CALF",
            "slow-heavy-calf-raise, ACHILLES", "slow-heavy-calf-raise, CALF",
            "slow-heavy-bent-knee-calf-raise, ACHILLES", "slow-heavy-bent-knee-calf-raise, CALF",
            "copenhagen-adductor-short-lever, GROIN"})
    void theRehabGradeOptionsLoadTheirAreaButNotHigh(String id, PainArea area) {
        assertThat(exercise(id).loadOn(area)).as("%s on %s", id, area).isPresent().get()
                .satisfies(load -> assertThat(load).isNotEqualTo(LoadLevel.HIGH));
        assertThat(exercise(id).contraindications()).doesNotContain(area);
        assertThat(exercise(id).cautions()).as("cautions of %s", id).anyMatch(text -> text.contains("3/10"));
    }

    @Test
    void calfRehabComesWithBothKneeAnglesSlowAndStill() {
        assertThat(exercise("slow-heavy-calf-raise").prescription().tempo()).isEqualTo("3-0-3-0");
        assertThat(exercise("slow-heavy-bent-knee-calf-raise").prescription().tempo()).isEqualTo("3-0-3-0");
        assertThat(exercise("isometric-calf-raise-hold").prescription().holdBased()).isTrue();
        assertThat(exercise("isometric-bent-knee-calf-raise-hold").prescription().holdBased()).isTrue();
        assertThat(exercise("slow-heavy-bent-knee-calf-raise").primaryMuscles()).containsExactly("SOLEUS");
        assertThat(exercise("isometric-bent-knee-calf-raise-hold").primaryMuscles()).containsExactly("SOLEUS");
    }

    @ParameterizedTest(name = "{0} cites {1}")
    @CsvSource(delimiter = '|', value = {
            "barbell-back-squat|Blagrove", "romanian-deadlift|Rønnestad", "slow-heavy-calf-raise|Beyer",
            "slow-heavy-bent-knee-calf-raise|Beyer", "spanish-squat|Rio", "isometric-calf-raise-hold|Rio",
            "copenhagen-adductor-short-lever|Harøy", "copenhagen-adductor-long-lever|Harøy",
            "step-down|Crossley", "low-step-up|Crossley"})
    void theNewExercisesCiteTheirSource(String id, String author) {
        assertThat(exercise(id).sources()).extracting(Source::title).anyMatch(title -> title.startsWith(author));
    }

    @Test
    void theSeedVersionMovedOnWhenLoadsCame() {
        // the service upgrades a database whose applied seed version is lower (SeedLoader)
        assertThat(catalogue.catalogVersion()).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0} loads KNEE and HIP")
    @CsvSource({"split-squat", "bulgarian-split-squat", "weighted-bulgarian-split-squat", "reverse-lunge",
            "lateral-lunge", "lunge-circuit", "step-up"})
    void lungesLoadKneeAndHip(String id) {
        assertThat(exercise(id).loads()).containsKeys(PainArea.KNEE, PainArea.HIP);
    }

    @ParameterizedTest(name = "{0} kneels")
    @CsvSource({"ankle-rocker", "fire-hydrant", "quadruped-hip-extension", "bird-dog", "assisted-nordic-hamstring-curl",
            "nordic-hamstring-curl", "knee-plank", "knee-side-plank", "kneeling-hip-flexor-stretch"})
    void kneelingDrillsAreMarkedAndLoadTheKneeHigh(String id) {
        assertThat(exercise(id).kneeling()).isTrue();
        assertThat(exercise(id).loadOn(PainArea.KNEE)).contains(LoadLevel.HIGH);
    }

    @ParameterizedTest(name = "{0} loads the lower leg HIGH")
    @CsvSource({"ankle-dribbles", "a-skip", "b-skip", "rope-jump", "pogo-hops", "lateral-line-hops",
            "single-leg-pogo-hops", "squat-jump", "box-jump", "split-jump", "explosive-step-up"})
    void footStrikesLoadTheWholeLowerLegHigh(String id) {
        for (PainArea area : List.of(PainArea.FOOT, PainArea.HEEL, PainArea.ACHILLES, PainArea.ANKLE, PainArea.CALF,
                PainArea.SHIN)) {
            assertThat(exercise(id).loadOn(area)).as("%s on %s", id, area).contains(LoadLevel.HIGH);
        }
    }

    @Test
    void loadedHingesLoadTheLowerBackAndHamstrings() {
        assertThat(exercise("weighted-single-leg-deadlift").loads())
                .containsEntry(PainArea.LOWER_BACK, LoadLevel.HIGH).containsKey(PainArea.HAMSTRING);
        assertThat(exercise("single-leg-deadlift").loads()).containsKeys(PainArea.LOWER_BACK, PainArea.HAMSTRING);
    }

    @ParameterizedTest(name = "{0} holds the back straight against a near-maximal pull")
    @CsvSource({"nordic-hamstring-curl", "assisted-nordic-hamstring-curl"})
    void nordicCurlsLoadTheLowerBackModerately(String id) {
        assertThat(exercise(id).loadOn(PainArea.LOWER_BACK)).contains(LoadLevel.MODERATE);
    }

    @Test
    void theHeelWalkLoadsTheHeelHigh() {
        assertThat(exercise("heel-walk").loadOn(PainArea.HEEL)).contains(LoadLevel.HIGH);
    }

    @ParameterizedTest(name = "{0} stays with mild knee pain")
    @CsvSource({"wall-sit", "box-squat", "straight-leg-raise"})
    void theKneeOptionsOfThePainRuleDoNotLoadTheKneeHigh(String id) {
        assertThat(exercise(id).loadOn(PainArea.KNEE)).isPresent().get()
                .satisfies(load -> assertThat(load).isNotEqualTo(LoadLevel.HIGH));
    }

    @Test
    void calfRaisesClimbTheLoadScaleWithTheLoadPerLeg() {
        assertThat(exercise("double-leg-calf-raise").loadOn(PainArea.ACHILLES)).contains(LoadLevel.LOW);
        assertThat(exercise("single-leg-calf-raise").loadOn(PainArea.ACHILLES)).contains(LoadLevel.MODERATE);
        assertThat(exercise("weighted-single-leg-calf-raise").loadOn(PainArea.ACHILLES)).contains(LoadLevel.HIGH);
    }

    @Test
    void theRopeJumpCanBeGivenToEveryLevelItIsOpenTo() {
        Exercise rope = exercise("rope-jump");
        for (Level level : List.of(Level.INTERMEDIATE, Level.ADVANCED)) {
            assertThat(LevelDose.footContacts(rope, level)).as("contacts at %s", level)
                    .isLessThanOrEqualTo(DoseFitsFootContactCap.cap(level));
        }
    }

    @Test
    void textIsNotCopiedFromTheSeed() {
        // Seed 004's own phrases (typos included) must not appear verbatim in our text.
        List<String> seedPhrases = List.of("dip the heal", "modrate", "Lean back on the wall, whil",
                "Free-holding and extend upper body", "The most basic one", "the farther away the lower foot",
                "Similar to calf stretch when pushing towards a wall", "Also improves inner muscle of the tighs");
        for (Exercise exercise : catalogue.exercises()) {
            String text = String.join(" ", exercise.cues()) + " " + String.join(" ", exercise.cautions()) + " "
                    + exercise.description();
            for (String phrase : seedPhrases) {
                assertThat(text).as("text of %s", exercise.id()).doesNotContainIgnoringCase(phrase);
            }
        }
    }
}
