package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Planner rules 1-10 (v1.1; rule 11 has ProgressionPropertiesTest) on plans for random valid profiles, against the real seed
 * catalogue. Each property is checked on its own, against facts worked out here from the catalogue
 * rather than from the rule classes.
 */
class PlanPropertiesTest {

    static final Catalogue SEED = PlannerSeed.load();
    private static final PlanGenerator GENERATOR = new PlanGenerator();
    private static final int EXAMPLES = 1000;

    static Plan plan(RunnerProfile profile) {
        return GENERATOR.generate(new PlanRequest(profile, SEED, ProgressionState.empty(), Profiles.TODAY,
                Instant.parse("2026-11-22T08:00:05Z"), "p1"));
    }

    static LocalDate start(RunnerProfile p) {
        return p.startDate() != null ? p.startDate() : Profiles.TODAY.plusDays(1);
    }

    static CatalogueExercise ex(PrescribedExercise pe) {
        return SEED.find(pe.exerciseId()).orElseThrow();
    }

    static List<Session> sessions(Plan plan) {
        return plan.weeks().stream().flatMap(w -> w.sessions().stream()).toList();
    }

    static List<PrescribedExercise> all(Session s) {
        return s.blocks().stream().flatMap(b -> b.exercises().stream()).toList();
    }

    static List<PrescribedExercise> strength(Session s) {
        return s.block(BlockPhase.STRENGTHEN).exercises();
    }

    static String rationale(Plan plan, String code) {
        return plan.rationale().stream().filter(r -> r.code().equals(code)).map(Rationale::message).findFirst().orElse("");
    }

    static String allRationale(Plan plan) {
        return String.join("\n", plan.rationale().stream().map(Rationale::message).toList());
    }

    static int seconds(List<PrescribedExercise> exercises) {
        int total = 0;
        for (PrescribedExercise pe : exercises) {
            total += DurationEstimate.seconds(pe, ex(pe).secondsPerRep());
        }
        return total;
    }

    static PainPicture pain(RunnerProfile p) {
        return PainPicture.of(p.painAreas(), List.of());
    }

    /** Expected phase of a week, computed independently of TrainingPhaseRule. */
    static TrainingPhase expectedPhase(LocalDate weekStart, LocalDate race) {
        if (race == null) {
            return TrainingPhase.GENERAL;
        }
        long days = ChronoUnit.DAYS.between(weekStart, race);
        if (days <= 0) {
            return days > -14 ? TrainingPhase.RECOVERY : TrainingPhase.GENERAL;
        }
        double weeks = Math.ceil(days / 7.0);
        if (weeks > 16) {
            return TrainingPhase.BASE;
        }
        if (weeks >= 7) {
            return TrainingPhase.BUILD;
        }
        return weeks >= 3 ? TrainingPhase.PEAK : TrainingPhase.TAPER;
    }

    static boolean regular(TrainingPhase p) {
        return p == TrainingPhase.BASE || p == TrainingPhase.BUILD || p == TrainingPhase.PEAK || p == TrainingPhase.GENERAL;
    }

    /** A lunge or split squat by its name, as a coach reads the catalogue. */
    static boolean lungeOrSplitSquat(CatalogueExercise e) {
        String text = (e.id() + " " + e.name()).toLowerCase(Locale.ROOT);
        return text.contains("lunge") || text.contains("split");
    }

    /** Skips, dribbles, hops, rope: foot contacts, swiftness drills, high impact. */
    static boolean footStrike(CatalogueExercise e) {
        return e.footContactsPerRep() > 0 || e.hasPurpose(Purpose.SWIFTNESS) || e.impact() == Impact.HIGH
                || e.hasPurpose(Purpose.PLYOMETRIC);
    }

    static boolean explosivePushOff(CatalogueExercise e) {
        return e.hasPurpose(Purpose.EXPLOSIVE) && e.pattern() == Pattern.PLYOMETRIC;
    }

    static final Set<PainArea> FOOT_CHAIN = EnumSet.of(PainArea.HEEL, PainArea.ACHILLES, PainArea.FOOT, PainArea.ANKLE,
            PainArea.SHIN, PainArea.CALF);

    static int worstFootChain(RunnerProfile p) {
        PainPicture pain = pain(p);
        return FOOT_CHAIN.stream().mapToInt(pain::severity).max().orElse(0);
    }

    // ---------------------------------------------------------------- rule 1

    @Test
    void rule1_everySessionHasThreePhasesWithTheirRequiredWork() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule1_everySessionHasThreePhasesWithTheirRequiredWork);
    }

    private static void rule1_everySessionHasThreePhasesWithTheirRequiredWork(RunnerProfile profile) {
        for (Session s : sessions(plan(profile))) {
            assertThat(s.blocks()).extracting(Block::phase)
                    .containsExactly(BlockPhase.PREPARE, BlockPhase.STRENGTHEN, BlockPhase.RECOVER);
            assertThat(s.block(BlockPhase.PREPARE).exercises()).anyMatch(pe -> ex(pe).hasPurpose(Purpose.MOBILIZE));
            assertThat(s.block(BlockPhase.PREPARE).exercises()).anyMatch(pe -> ex(pe).hasPurpose(Purpose.ACTIVATE));
            assertThat(s.block(BlockPhase.RECOVER).exercises())
                    .anyMatch(pe -> ex(pe).hasPurpose(Purpose.FLUSH) || ex(pe).hasPurpose(Purpose.STRETCH));
            for (Block b : s.blocks()) {
                assertThat(b.exercises()).allMatch(pe -> ex(pe).servesPhase(b.phase()));
            }
        }
    }

    // ---------------------------------------------------------------- rule 2

    @Test
    void rule2_everySessionFitsTheBudgetByTheDocumentedFormula() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule2_everySessionFitsTheBudgetByTheDocumentedFormula);
    }

    private static void rule2_everySessionFitsTheBudgetByTheDocumentedFormula(RunnerProfile profile) {
        for (Session s : sessions(plan(profile))) {
            assertThat(s.estimatedMinutes()).as("formula").isEqualTo((seconds(all(s)) + 59) / 60);
            assertThat(s.estimatedMinutes()).as(s.sessionId()).isLessThanOrEqualTo(profile.minutesPerSession());
        }
    }

    @Test
    void rule2_prepareAndRecoverTakeTheirMinutesWhateverTheBudgetAndNeverGrow() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule2_prepareAndRecoverTakeTheirMinutesWhateverTheBudgetAndNeverGrow);
    }

    private static void rule2_prepareAndRecoverTakeTheirMinutesWhateverTheBudgetAndNeverGrow(RunnerProfile profile) {
        Plan plan = plan(profile);
        Map<String, List<PrescribedExercise>> firstSupport = new HashMap<>();
        boolean roomy = profile.minutesPerSession() >= 25;
        for (Session s : sessions(plan)) {
            int prepare = seconds(s.block(BlockPhase.PREPARE).exercises());
            int recover = seconds(s.block(BlockPhase.RECOVER).exercises());
            assertThat(prepare).as(s.sessionId() + " PREPARE <= 8 min").isLessThanOrEqualTo(8 * 60);
            assertThat(recover).as(s.sessionId() + " RECOVER <= 6 min").isLessThanOrEqualTo(6 * 60);
            if (roomy) {
                assertThat(prepare).as(s.sessionId() + " PREPARE about 5 min or more").isGreaterThanOrEqualTo(270);
                assertThat(recover).as(s.sessionId() + " RECOVER about 3 min or more").isGreaterThanOrEqualTo(150);
            }
            for (PrescribedExercise pe : s.block(BlockPhase.PREPARE).exercises()) {
                assertThat(pe.sets()).as("rounds of " + pe.exerciseId()).isLessThanOrEqualTo(2);
            }
            // the same warm-up and cool-down every week: neither grows to fill a lighter week's time
            List<PrescribedExercise> support = new ArrayList<>(s.block(BlockPhase.PREPARE).exercises());
            support.addAll(s.block(BlockPhase.RECOVER).exercises());
            List<PrescribedExercise> first = firstSupport.putIfAbsent(Session.label(s.title()), support);
            if (first != null) {
                assertThat(support).as(s.sessionId()).isEqualTo(first);
            }
        }
    }

    /**
     * Found by the property above under {@code -Dqt.seed=1}: session B's favourite stretch was too long for the time its
     * cool-down had left beside session A's ankle pumps, and no other drill was tried, so B cooled down for 75 s.
     */
    @Test
    void rule2_whenTheFavouriteDrillIsTooLongAnotherFillsTheBlock() {
        List<RunDay> mondays = java.util.Collections.nCopies(6, new RunDay(DayOfWeek.MONDAY, RunType.EASY));
        RunnerProfile profile = new RunnerProfile("r-101", Instant.parse("2026-11-22T08:00:00Z"), Level.BEGINNER,
                Goal.GENERAL_FITNESS, null, 2, 25, EnumSet.of(Equipment.DUMBBELLS, Equipment.RESISTANCE_BAND,
                Equipment.STEP, Equipment.BARBELL, Equipment.KETTLEBELL, Equipment.WALL, Equipment.BOX, Equipment.MINI_BAND),
                mondays, null, List.of(), false, null);
        for (Session s : sessions(plan(profile))) {
            assertThat(seconds(s.block(BlockPhase.RECOVER).exercises())).as(s.sessionId() + " RECOVER").isGreaterThanOrEqualTo(150);
            assertThat(seconds(s.block(BlockPhase.PREPARE).exercises())).as(s.sessionId() + " PREPARE").isGreaterThanOrEqualTo(270);
        }
        rule2_prepareAndRecoverTakeTheirMinutesWhateverTheBudgetAndNeverGrow(profile);
    }

    @Test
    void rule2_timeBeyondTheLevelsDoseIsNotFilledAndTheRationaleSaysSo() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule2_timeBeyondTheLevelsDoseIsNotFilledAndTheRationaleSaysSo);
    }

    private static void rule2_timeBeyondTheLevelsDoseIsNotFilledAndTheRationaleSaysSo(RunnerProfile profile) {
        Plan plan = plan(profile);
        Level level = volumeLevel(profile);
        int weeklyVolume = switch (level) {
            case BEGINNER -> 24;
            case INTERMEDIATE -> 42;
            case ADVANCED -> 48;
        };
        int mostExercises = switch (level) {
            case BEGINNER -> 6;
            case INTERMEDIATE -> 7;
            case ADVANCED -> 8;
        };
        int longest = 0;
        for (Week w : plan.weeks()) {
            if (!regular(expectedPhase(w.startsOn(), profile.raceDate()))) {
                continue;
            }
            for (Session s : w.sessions()) {
                longest = Math.max(longest, s.estimatedMinutes());
                assertThat(strength(s)).as(s.sessionId()).hasSizeLessThanOrEqualTo(mostExercises);
            }
            if (w.number() == 1 && w.sessions().size() == profile.sessionsPerWeek()) {
                int sets = w.sessions().stream().flatMap(s -> strength(s).stream()).mapToInt(PrescribedExercise::sets).sum();
                // required picks (heavy lift, power, compound, single-leg, the groups) may pass the volume, extras never do
                int required = w.sessions().size() * 6 * (level == Level.BEGINNER ? 2 : 4);
                assertThat(sets).as("week-1 strength sets").isLessThanOrEqualTo(Math.max(weeklyVolume + 3, required));
            }
        }
        if (longest > 0 && longest * 100 < profile.minutesPerSession() * 85) {
            assertThat(rationale(plan, TimeBudgetRule.CODE)).contains("needs no more");
        }
        if (profile.level() == Level.BEGINNER && profile.minutesPerSession() >= 60 && profile.sessionsPerWeek() <= 2) {
            assertThat(longest).as("a beginner offered an hour or more trains about 30-40 minutes").isLessThanOrEqualTo(42);
        }
    }

    /** The level whose dose and volume the strength work takes: a beginner's with pain of 6/10 or more anywhere (rule 5). */
    static Level volumeLevel(RunnerProfile profile) {
        return profile.painAreas().stream().anyMatch(p -> p.severity() >= 6) ? Level.BEGINNER : profile.level();
    }

    @Test
    void rule2_deloadSessionsAreShorterInProportionToTheirVolume() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule2_deloadSessionsAreShorterInProportionToTheirVolume);
    }

    private static void rule2_deloadSessionsAreShorterInProportionToTheirVolume(RunnerProfile profile) {
        Plan plan = plan(profile);
        Map<String, Session> weekThree = new HashMap<>();
        for (Week w : plan.weeks()) {
            for (Session s : w.sessions()) {
                if (w.number() == 3 && !w.deload()) {
                    weekThree.putIfAbsent(Session.label(s.title()), s);
                }
                Session before = weekThree.get(Session.label(s.title()));
                if (w.deload() && before != null
                        && expectedPhase(w.startsOn(), profile.raceDate()) == expectedPhase(w.startsOn().minusWeeks(1), profile.raceDate())) {
                    int then = seconds(strength(before));
                    int now = seconds(strength(s));
                    assertThat(now).as(s.sessionId() + " strength time").isLessThan(then);
                    assertThat(s.estimatedMinutes()).as(s.sessionId()).isLessThanOrEqualTo(before.estimatedMinutes());
                    assertThat((double) now / then).as(s.sessionId() + " strength time share").isLessThanOrEqualTo(0.85);
                }
            }
        }
    }

    // ---------------------------------------------------------------- rules 3 and 4

    @Test
    void rule3_and_4_onlyOwnedEquipmentAndNothingAboveTheLevel() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule3_and_4_onlyOwnedEquipmentAndNothingAboveTheLevel);
    }

    private static void rule3_and_4_onlyOwnedEquipmentAndNothingAboveTheLevel(RunnerProfile profile) {
        Plan plan = plan(profile);
        for (Session s : sessions(plan)) {
            for (PrescribedExercise pe : all(s)) {
                assertThat(profile.equipment()).containsAll(ex(pe).equipment());
                assertThat(profile.level().atLeast(ex(pe).minLevel())).as(pe.exerciseId()).isTrue();
                if (profile.level() != Level.ADVANCED) {
                    assertThat(pe.loadKg()).isNull();
                }
                assertThat(pe.reps() == null).isNotEqualTo(pe.holdSeconds() == null);
            }
        }
    }

    @Test
    void rule3_everyEquipmentTheRationaleNamesIsUsed() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule3_everyEquipmentTheRationaleNamesIsUsed);
    }

    private static void rule3_everyEquipmentTheRationaleNamesIsUsed(RunnerProfile profile) {
        Plan plan = plan(profile);
        Set<Equipment> used = EnumSet.noneOf(Equipment.class);
        sessions(plan).forEach(s -> all(s).forEach(pe -> used.addAll(ex(pe).equipment())));
        String equipment = rationale(plan, EquipmentFilter.CODE).toLowerCase(Locale.ROOT);
        String text = allRationale(plan).toLowerCase(Locale.ROOT);
        for (Equipment e : Equipment.values()) {
            String name = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            if (!used.contains(e)) {
                // exercise names ("box squat") are not claims about equipment; what the plan says it uses is
                assertThat(equipment).as("names " + name + " but uses none").doesNotContain(name);
                assertThat(text).as("names " + name + " but uses none").doesNotContain("your " + name);
            } else {
                assertThat(equipment).contains(name);
            }
        }
    }

    @Test
    void rule4_weekOneDosesFollowTheLevel() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule4_weekOneDosesFollowTheLevel);
    }

    private static void rule4_weekOneDosesFollowTheLevel(RunnerProfile profile) {
        Plan plan = plan(profile);
        Level level = volumeLevel(profile);
        Week first = plan.weeks().get(0);
        TrainingPhase phase = expectedPhase(first.startsOn(), profile.raceDate());
        if (phase != TrainingPhase.GENERAL && phase != TrainingPhase.BASE && phase != TrainingPhase.BUILD) {
            return;
        }
        boolean setsCut = rationale(plan, TimeBudgetRule.CODE).contains("sets were cut");
        for (Session s : first.sessions()) {
            boolean heavySession = strength(s).stream().anyMatch(pe -> pe.targetRpe() != null);
            for (PrescribedExercise pe : strength(s)) {
                CatalogueExercise e = ex(pe);
                if (pe.targetRpe() != null) {
                    continue;
                }
                int levelSets = level == Level.BEGINNER ? 2 : 3;
                if (setsCut) {
                    assertThat(pe.sets()).isBetween(1, levelSets);
                } else {
                    assertThat(pe.sets()).isEqualTo(levelSets);
                }
                if (e.footContactsPerRep() > 0) {
                    continue;
                }
                CataloguePrescription p = e.prescription();
                if (p.isHold()) {
                    assertThat(pe.holdSeconds()).isEqualTo(e.levelDose(level).holdSeconds());
                } else {
                    int expected = switch (level) {
                        case BEGINNER -> p.repsMin();
                        case INTERMEDIATE -> (p.repsMin() + p.repsMax()) / 2;
                        case ADVANCED -> p.repsMax();
                    };
                    if (heavySession && legCompound(e)) {
                        // supporting work beside the heavy lift: the bottom of its range
                        expected = Math.min(expected, p.repsMin());
                    }
                    assertThat(pe.reps()).as(pe.exerciseId()).isEqualTo(expected);
                }
                Double load = level == Level.ADVANCED && e.loadable() ? p.loadKg() : null;
                assertThat(pe.loadKg()).isEqualTo(load);
            }
        }
    }

    /** A squat, lunge or hinge that works two of glutes, quads and hamstrings, counted in reps, and is no jump. */
    static boolean legCompound(CatalogueExercise e) {
        long legGroups = e.primaryGroups().stream()
                .filter(g -> g == MuscleGroup.GLUTES || g == MuscleGroup.QUADS || g == MuscleGroup.HAMSTRINGS).count();
        return (e.pattern() == Pattern.SQUAT || e.pattern() == Pattern.LUNGE || e.pattern() == Pattern.HINGE)
                && legGroups >= 2 && !e.isPower() && !e.prescription().isHold();
    }

    /**
     * A loaded squat, lunge or hinge compound carried by a barbell, kettlebell or dumbbells that this runner may
     * do, and no pain of 6/10 or more (sets near one's limit wait until it settles).
     */
    static boolean heavyLiftPossible(RunnerProfile p) {
        if (p.level() == Level.BEGINNER || p.minutesPerSession() < 30) {
            return false;
        }
        PainPicture pain = pain(p);
        if (pain.worst() >= 6) {
            return false;
        }
        for (CatalogueExercise e : SEED.exercises()) {
            boolean carried = e.equipment().contains(Equipment.BARBELL) || e.equipment().contains(Equipment.KETTLEBELL)
                    || e.equipment().contains(Equipment.DUMBBELLS);
            if (carried && e.loadable() && e.isCompound() && p.equipment().containsAll(e.equipment())
                    && p.level().atLeast(e.minLevel()) && PainRule.allows(e, pain)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void rule4_aHeavyMainLiftWithATargetRpeWhereLoadEquipmentAndLevelAllow() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule4_aHeavyMainLiftWithATargetRpeWhereLoadEquipmentAndLevelAllow);
    }

    private static void rule4_aHeavyMainLiftWithATargetRpeWhereLoadEquipmentAndLevelAllow(RunnerProfile profile) {
        Plan plan = plan(profile);
        boolean possible = heavyLiftPossible(profile);
        boolean freshCalendar = expectedPhase(start(profile), profile.raceDate()) != TrainingPhase.PEAK;
        for (Week w : plan.weeks()) {
            TrainingPhase phase = expectedPhase(w.startsOn(), profile.raceDate());
            for (Session s : w.sessions()) {
                List<PrescribedExercise> heavy = strength(s).stream().filter(pe -> pe.targetRpe() != null).toList();
                assertThat(all(s).stream().filter(pe -> pe.targetRpe() != null)).as("only STRENGTHEN work is heavy")
                        .hasSameSizeAs(heavy);
                if (!possible) {
                    assertThat(heavy).as(s.sessionId()).isEmpty();
                    continue;
                }
                if (regular(phase) && freshCalendar) {
                    assertThat(heavy).as(s.sessionId() + " heavy lift").hasSize(1);
                }
                for (PrescribedExercise pe : heavy) {
                    CatalogueExercise e = ex(pe);
                    assertThat(e.isCompound() && e.loadable()).isTrue();
                    assertThat(pe.loadKg()).as("no tracked load: the runner picks it").isNull();
                    if (!regular(phase) || w.deload()) {
                        assertThat(pe.targetRpe()).isBetween(6.0, 8.0);
                        continue;
                    }
                    if (profile.level() == Level.ADVANCED) {
                        assertThat(pe.sets()).isBetween(3, 4);
                        assertThat(pe.reps()).isBetween(4, 6);
                        assertThat(pe.targetRpe()).isBetween(7.0, 8.0);
                    } else {
                        assertThat(pe.sets()).isEqualTo(3);
                        assertThat(pe.reps()).isBetween(6, 8);
                        assertThat(pe.targetRpe()).isEqualTo(7.0);
                    }
                }
            }
        }
        if (!possible || profile.level() == Level.BEGINNER) {
            assertThat(sessions(plan).stream().flatMap(s -> all(s).stream())).allMatch(pe -> pe.targetRpe() == null);
        }
    }

    @Test
    void rule4_besideTheHeavyLiftTheOtherLegCompoundsSupportIt() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule4_besideTheHeavyLiftTheOtherLegCompoundsSupportIt);
    }

    private static boolean kneeDominant(CatalogueExercise e) {
        return e.pattern() == Pattern.SQUAT || e.pattern() == Pattern.LUNGE;
    }

    /**
     * In a session with a heavy lift, every other squat, lunge or hinge works at the bottom of its rep range
     * in week 1 (and at most two reps above it by week 3), and the session holds no second compound of the
     * heavy lift's own pattern unless one of the other pattern is there too (or pain rules the other out).
     */
    private static void rule4_besideTheHeavyLiftTheOtherLegCompoundsSupportIt(RunnerProfile profile) {
        Plan plan = plan(profile);
        for (Week w : plan.weeks()) {
            for (Session s : w.sessions()) {
                PrescribedExercise heavy = strength(s).stream().filter(pe -> pe.targetRpe() != null).findFirst().orElse(null);
                if (heavy == null) {
                    continue;
                }
                boolean kneeHeavy = kneeDominant(ex(heavy));
                boolean samePattern = false;
                boolean otherPattern = false;
                for (PrescribedExercise pe : strength(s)) {
                    CatalogueExercise e = ex(pe);
                    if (pe == heavy || !legCompound(e)) {
                        continue;
                    }
                    samePattern |= kneeDominant(e) == kneeHeavy;
                    otherPattern |= kneeDominant(e) != kneeHeavy;
                    assertThat(pe.reps()).as(s.sessionId() + " " + pe.exerciseId() + " beside " + heavy.exerciseId())
                            .isLessThanOrEqualTo(e.prescription().repsMin() + 2);
                }
                // pain may rule the other pattern out (no split squats with a sore knee): then a second of the same is fine
                assertThat(!samePattern || otherPattern || pain(profile).worst() >= 3).as(s.sessionId() + ": only " + (kneeHeavy ? "squats and lunges" : "hinges")
                        + " beside " + heavy.exerciseId() + " while the other pattern waits").isTrue();
            }
        }
    }

    /** Strength work in a session: seconds under tension, with how hard a heavy set is as reps to failure. */
    private record Work(int seconds, double intensity) {
    }

    private static Work work(Session s) {
        int tension = 0;
        double intensity = 0;
        for (PrescribedExercise pe : strength(s)) {
            int perRep = DurationEstimate.secondsPerRep(pe.tempo(), ex(pe).secondsPerRep());
            int perSet = pe.reps() != null ? pe.reps() * perRep : pe.holdSeconds();
            tension += pe.sets() * perSet * (pe.perSide() ? 2 : 1);
            if (pe.targetRpe() != null) {
                // reps the set could have gone to: fewer means a heavier load for the same effort
                intensity += 1.0 / (pe.reps() + (10 - pe.targetRpe()));
            }
            if (pe.loadKg() != null) {
                intensity += pe.loadKg() / 1000.0;
            }
        }
        return new Work(tension, intensity);
    }

    @Test
    void rule4_weekThreeVolumeOrIntensityIsAboveWeekOneForEveryLevel() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule4_weekThreeVolumeOrIntensityIsAboveWeekOneForEveryLevel);
    }

    private static void rule4_weekThreeVolumeOrIntensityIsAboveWeekOneForEveryLevel(RunnerProfile profile) {
        Plan plan = plan(profile);
        if (plan.weeks().size() < 3) {
            return;
        }
        Week one = plan.weeks().get(0);
        Week three = plan.weeks().get(2);
        TrainingPhase phase = expectedPhase(one.startsOn(), profile.raceDate());
        if (!regular(phase) || expectedPhase(three.startsOn(), profile.raceDate()) != phase) {
            return;
        }
        Map<String, Session> first = new HashMap<>();
        one.sessions().forEach(s -> first.putIfAbsent(s.title(), s));
        for (Session s : three.sessions()) {
            Session before = first.get(s.title());
            if (before == null || strength(s).isEmpty()) {
                continue;
            }
            Work then = work(before);
            Work now = work(s);
            boolean volume = now.seconds() >= then.seconds() * 1.05;
            boolean intensity = now.intensity() > then.intensity() && now.seconds() >= then.seconds() * 0.85;
            assertThat(volume || intensity).as(s.sessionId() + ": week 3 " + now + " against week 1 " + then).isTrue();
        }
    }

    @Test
    void rule5_severePainAnywhereMeansGentleWorkWithoutLandingDrillsOrHardRungs() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule5_severePainAnywhereMeansGentleWork);
    }

    private static void rule5_severePainAnywhereMeansGentleWork(RunnerProfile profile) {
        if (!pain(profile).severeAnywhere()) {
            return;
        }
        for (Week w : plan(profile).weeks()) {
            for (Session s : w.sessions()) {
                for (PrescribedExercise pe : all(s)) {
                    CatalogueExercise e = ex(pe);
                    assertThat(footStrike(e) || explosivePushOff(e)).as(pe.exerciseId() + " lands on the foot").isFalse();
                    assertThat(e.minLevel() != Level.BEGINNER && e.loads().containsValue(LoadLevel.HIGH))
                            .as(pe.exerciseId() + " is beyond a beginner's and loads an area heavily").isFalse();
                }
            }
        }
    }

    @Test
    void rule4_theRungFitsTheLevel() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule4_theRungFitsTheLevel);
    }

    private static void rule4_theRungFitsTheLevel(RunnerProfile profile) {
        if (profile.level() != Level.ADVANCED) {
            return;
        }
        Plan plan = plan(profile);
        PainPicture pain = pain(profile);
        for (Week w : plan.weeks()) {
            TrainingPhase phase = expectedPhase(w.startsOn(), profile.raceDate());
            if (!regular(phase) || phase == TrainingPhase.PEAK) {
                continue;
            }
            for (Session s : w.sessions()) {
                for (PrescribedExercise pe : all(s)) {
                    CatalogueExercise e = ex(pe);
                    if (!e.regressions().isEmpty() || SEED.exercises().stream().anyMatch(o -> o.progressions().contains(e.id()))) {
                        continue;
                    }
                    for (String harderId : harder(e)) {
                        CatalogueExercise h = SEED.find(harderId).orElseThrow();
                        boolean open = profile.equipment().containsAll(h.equipment()) && PainRule.allows(h, pain)
                                && !(profile.avoidJumping() && (footStrike(h) || explosivePushOff(h)))
                                && !(h.isPlyometric() && !PlyometricsGate.open(profile.level(), profile.avoidJumping(), pain, phase))
                                && h.phases().containsAll(e.phases());
                        assertThat(open).as(pe.exerciseId() + " is a first rung, yet " + harderId + " fits").isFalse();
                    }
                }
            }
        }
    }

    /** Every harder rung of an exercise, by breadth-first search over the catalogue's links. */
    static Set<String> harder(CatalogueExercise e) {
        Set<String> seen = new HashSet<>();
        List<String> queue = new ArrayList<>(e.progressions());
        SEED.exercises().stream().filter(o -> o.regressions().contains(e.id())).forEach(o -> queue.add(o.id()));
        while (!queue.isEmpty()) {
            String id = queue.remove(0);
            if (id.equals(e.id()) || !seen.add(id)) {
                continue;
            }
            SEED.find(id).ifPresent(o -> {
                queue.addAll(o.progressions());
                SEED.exercises().stream().filter(x -> x.regressions().contains(o.id())).forEach(x -> queue.add(x.id()));
            });
        }
        return seen;
    }

    // ---------------------------------------------------------------- rule 5

    @Test
    void rule5_painByLoadsAtEachSeverityBandAndArea() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule5_painByLoadsAtEachSeverityBandAndArea);
    }

    private static void rule5_painByLoadsAtEachSeverityBandAndArea(RunnerProfile profile) {
        Plan plan = plan(profile);
        PainPicture pain = pain(profile);
        for (Session s : sessions(plan)) {
            for (PrescribedExercise pe : all(s)) {
                CatalogueExercise e = ex(pe);
                boolean moderateInCaution = false;
                for (PainArea area : PainArea.values()) {
                    int severity = pain.severity(area);
                    LoadLevel load = e.load(area);
                    if (e.contraindications().contains(area)) {
                        assertThat(severity).as(pe.exerciseId() + " contraindicated for " + area).isLessThan(3);
                    }
                    if (severity >= 3 && severity <= 5) {
                        assertThat(load).as(pe.exerciseId() + " loads " + area + " at " + severity).isNotEqualTo(LoadLevel.HIGH);
                        moderateInCaution |= load == LoadLevel.MODERATE;
                    }
                    if (severity >= 6) {
                        assertThat(load == null || load == LoadLevel.LOW).as(pe.exerciseId() + " loads " + area + " at " + severity)
                                .isTrue();
                    }
                }
                if (pain.worst() >= 6) {
                    assertThat(e.impact()).as(pe.exerciseId() + " high impact").isNotEqualTo(Impact.HIGH);
                }
                long monitoring = pe.cautions().stream()
                        .filter(c -> c.contains("stop if it climbs above 3/10 or is worse the next morning")).count();
                if (moderateInCaution) {
                    assertThat(monitoring).as(pe.exerciseId() + " carries the caution once").isEqualTo(1);
                } else {
                    assertThat(monitoring).isLessThanOrEqualTo(1);
                }
            }
        }
        boolean anyPain = pain.worst() > 0;
        assertThat(plan.rationale().stream().anyMatch(r -> r.message().contains("not medical advice"))).isEqualTo(anyPain);
        assertThat(allRationale(plan).contains("physiotherapist or doctor")).isEqualTo(pain.worst() >= 6);
    }

    /** A random valid profile with one more pain: {@code area} at a severity of the band {@code min}-{@code max}. */
    static Gen<RunnerProfile> withPain(int min, int max) {
        return Profiles.valid().zip(Generate.enumValues(PainArea.class), Generate.range(min, max), (p, area, severity) -> {
            List<Pain> pains = new ArrayList<>(p.painAreas());
            pains.add(new Pain(area, severity));
            return new RunnerProfile(p.runnerId(), p.updatedAt(), p.level(), p.goal(), p.weeklyRunningKm(), p.sessionsPerWeek(),
                    p.minutesPerSession(), p.equipment(), p.runDays(), p.raceDate(), pains, p.avoidJumping(), p.startDate());
        });
    }

    /** Checks every area at a band for {@code examples} profiles, then that every area, the back and hip among them, was drawn. */
    private static void forEveryArea(int min, int max, java.util.function.BiConsumer<RunnerProfile, PainArea> property) {
        Map<PainArea, Integer> drawn = new java.util.EnumMap<>(PainArea.class);
        qt().withExamples(EXAMPLES).forAll(withPain(min, max)).checkAssert(p -> {
            Pain added = p.painAreas().get(p.painAreas().size() - 1);
            drawn.merge(added.area(), 1, Integer::sum);
            property.accept(p, added.area());
        });
        for (PainArea area : PainArea.values()) {
            assertThat(drawn.getOrDefault(area, 0)).as(area + " drawn at " + min + "-" + max).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void rule5_cautionBand_nothingLoadsAnAreaInPainOf3To5HeavilyAndModerateLoadCarriesTheCaution() {
        forEveryArea(3, 5, (profile, area) -> {
            Plan plan = plan(profile);
            int severity = pain(profile).severity(area);
            for (Session s : sessions(plan)) {
                for (PrescribedExercise pe : all(s)) {
                    LoadLevel load = ex(pe).load(area);
                    assertThat(load).as(pe.exerciseId() + " loads " + area + " at " + severity).isNotEqualTo(LoadLevel.HIGH);
                    if (load == LoadLevel.MODERATE) {
                        assertThat(pe.cautions()).as(pe.exerciseId() + " loads " + area + " moderately")
                                .filteredOn(c -> c.contains("stop if it climbs above 3/10 or is worse the next morning")).hasSize(1);
                    }
                }
            }
            assertThat(allRationale(plan)).contains("not medical advice");
        });
    }

    @Test
    void rule5_severeBand_nothingLoadsAnAreaInPainOf6OrMoreAboveLowNoHighImpactAndAClinician() {
        forEveryArea(6, 10, (profile, area) -> {
            Plan plan = plan(profile);
            for (Session s : sessions(plan)) {
                for (PrescribedExercise pe : all(s)) {
                    CatalogueExercise e = ex(pe);
                    LoadLevel load = e.load(area);
                    assertThat(load == null || load == LoadLevel.LOW).as(pe.exerciseId() + " loads " + area + " " + load).isTrue();
                    assertThat(e.impact()).as(pe.exerciseId() + " with " + area + " pain").isNotEqualTo(Impact.HIGH);
                    assertThat(pe.targetRpe()).as(pe.exerciseId() + ": no heavy lift with severe pain").isNull();
                }
            }
            assertThat(allRationale(plan)).contains("physiotherapist or doctor").contains("not medical advice");
        });
    }

    @Test
    void rule5_noLungesSplitSquatsDeepKneeBendsOrKneelingWithKneePain() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule5_noLungesSplitSquatsDeepKneeBendsOrKneelingWithKneePain);
    }

    private static void rule5_noLungesSplitSquatsDeepKneeBendsOrKneelingWithKneePain(RunnerProfile profile) {
        if (pain(profile).severity(PainArea.KNEE) < 3) {
            return;
        }
        Plan plan = plan(profile);
        for (Session s : sessions(plan)) {
            for (PrescribedExercise pe : all(s)) {
                CatalogueExercise e = ex(pe);
                assertThat(lungeOrSplitSquat(e)).as(pe.exerciseId() + " lunge or split squat").isFalse();
                assertThat(e.deepKneeFlexion()).as(pe.exerciseId() + " deep knee bend").isFalse();
                assertThat(e.kneeling()).as(pe.exerciseId() + " kneeling").isFalse();
                assertThat(e.footContactsPerRep()).as(pe.exerciseId() + " jump").isZero();
            }
        }
        assertThat(rationale(plan, PainRule.CODE_KNEE)).contains("no lunges or split squats");
    }

    @Test
    void rule5_and_6_noFootStrikeOrExplosivePushOffWithAvoidJumpingOrFootChainPain() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule5_and_6_noFootStrikeOrExplosivePushOffWithAvoidJumpingOrFootChainPain);
    }

    private static void rule5_and_6_noFootStrikeOrExplosivePushOffWithAvoidJumpingOrFootChainPain(RunnerProfile profile) {
        int footChain = worstFootChain(profile);
        if (!profile.avoidJumping() && footChain < 3) {
            return;
        }
        Plan plan = plan(profile);
        for (Session s : sessions(plan)) {
            for (PrescribedExercise pe : all(s)) {
                CatalogueExercise e = ex(pe);
                assertThat(footStrike(e)).as(pe.exerciseId() + " strikes the ground").isFalse();
                assertThat(explosivePushOff(e)).as(pe.exerciseId() + " pushes off explosively").isFalse();
                if (footChain >= 3 && e.isCalfRaise()) {
                    assertThat(pe.cautions()).as(pe.exerciseId() + " toe level")
                            .anyMatch(c -> c.contains("toe level") || c.contains("level with the toes"));
                    assertThat(Tempo.lowering(pe.tempo())).as(pe.exerciseId() + " slow lowering").isGreaterThanOrEqualTo(3);
                }
            }
        }
    }

    @Test
    void rule5_eachCautionOnceAndOnlyCautionsThatConcernThisRunner() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule5_eachCautionOnceAndOnlyCautionsThatConcernThisRunner);
    }

    private static final java.util.regex.Pattern WITH_PAIN = java.util.regex.Pattern.compile(
            "^(?:With|Heel or Achilles trouble)[^,:.]*", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static void rule5_eachCautionOnceAndOnlyCautionsThatConcernThisRunner(RunnerProfile profile) {
        Plan plan = plan(profile);
        PainPicture pain = pain(profile);
        for (Session s : sessions(plan)) {
            for (PrescribedExercise pe : all(s)) {
                assertThat(pe.cautions()).as(pe.exerciseId()).doesNotHaveDuplicates();
                assertThat(pe.cautions().stream().filter(c -> c.toLowerCase(Locale.ROOT).contains("toe")).count())
                        .as(pe.exerciseId() + ": one toe-level caution at most").isLessThanOrEqualTo(1);
                for (String c : pe.cautions()) {
                    java.util.regex.Matcher m = WITH_PAIN.matcher(c);
                    if (m.find()) {
                        String condition = m.group().toLowerCase(Locale.ROOT);
                        boolean concerns = false;
                        for (PainArea area : PainArea.values()) {
                            String word = area == PainArea.LOWER_BACK ? "back" : area.name().toLowerCase(Locale.ROOT);
                            concerns |= condition.contains(word) && pain.severity(area) > 0;
                        }
                        assertThat(concerns).as(pe.exerciseId() + ": \"" + c + "\" for " + pain).isTrue();
                    }
                    if (c.startsWith("Your ")) {
                        assertThat(pain.worst()).as(c).isPositive();
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- rule 6

    @Test
    void rule6_plyometricsOnlyThroughTheGateAndUnderTheContactCap() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule6_plyometricsOnlyThroughTheGateAndUnderTheContactCap);
    }

    static int cap(Level level) {
        return switch (level) {
            case BEGINNER -> 40;
            case INTERMEDIATE -> 60;
            case ADVANCED -> 100;
        };
    }

    static int contacts(Session s) {
        int contacts = 0;
        for (PrescribedExercise pe : all(s)) {
            contacts += ex(pe).footContactsPerRep() * pe.sets() * (pe.reps() != null ? pe.reps() : pe.holdSeconds())
                    * (pe.perSide() ? 2 : 1);
        }
        return contacts;
    }

    private static void rule6_plyometricsOnlyThroughTheGateAndUnderTheContactCap(RunnerProfile profile) {
        Plan plan = plan(profile);
        PainPicture pain = pain(profile);
        boolean legPain = pain.worstLeg() >= 3;
        for (Week week : plan.weeks()) {
            TrainingPhase phase = expectedPhase(week.startsOn(), profile.raceDate());
            boolean open = profile.level() != Level.BEGINNER && !profile.avoidJumping() && !legPain && pain.worst() < 6
                    && phase != TrainingPhase.TAPER && phase != TrainingPhase.RECOVERY;
            for (Session s : week.sessions()) {
                for (PrescribedExercise pe : all(s)) {
                    CatalogueExercise e = ex(pe);
                    if (e.hasPurpose(Purpose.PLYOMETRIC) || e.impact() == Impact.HIGH) {
                        assertThat(open).as(pe.exerciseId() + " in " + phase).isTrue();
                    }
                }
                assertThat(contacts(s)).isLessThanOrEqualTo(cap(profile.level()));
            }
        }
        boolean jumps = sessions(plan).stream().flatMap(s -> all(s).stream()).anyMatch(pe -> ex(pe).isPlyometric());
        assertThat(rationale(plan, PlyometricsGate.CODE).startsWith("Jumps in this plan")).isEqualTo(jumps);
    }

    @Test
    void rule6_aRunnersFirstJumpsStartAtAboutHalfTheCapAndBuildWeekByWeek() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule6_aRunnersFirstJumpsStartAtAboutHalfTheCapAndBuildWeekByWeek);
    }

    private static void rule6_aRunnersFirstJumpsStartAtAboutHalfTheCapAndBuildWeekByWeek(RunnerProfile profile) {
        Plan plan = plan(profile);
        // within one phase (PEAK drops a set, a real fall that is not the introduction's)
        Map<String, List<Integer>> byLabel = new HashMap<>();
        // a session's first week with jumps in the plan, whatever its phase: PEAK after BUILD continues, not starts
        Map<String, Integer> firstJumps = new HashMap<>();
        for (Week w : plan.weeks()) {
            TrainingPhase phase = expectedPhase(w.startsOn(), profile.raceDate());
            if (!regular(phase) || w.deload()) {
                continue;
            }
            for (Session s : w.sessions()) {
                int contacts = contacts(s);
                byLabel.computeIfAbsent(s.title() + (phase == TrainingPhase.PEAK ? " PEAK" : ""), k -> new ArrayList<>())
                        .add(contacts);
                if (contacts > 0) {
                    firstJumps.putIfAbsent(s.title(), contacts);
                }
            }
        }
        firstJumps.forEach((session, contacts) -> assertThat(contacts).as(session + " first week of jumps")
                .isLessThanOrEqualTo(cap(profile.level()) * 55 / 100));
        for (Map.Entry<String, List<Integer>> e : byLabel.entrySet()) {
            List<Integer> c = e.getValue();
            if (c.isEmpty() || c.get(0) == 0) {
                continue;
            }
            for (int i = 1; i < c.size(); i++) {
                assertThat(c.get(i)).as(e.getKey() + " builds week by week " + c).isGreaterThanOrEqualTo(c.get(i - 1));
            }
        }
    }

    // ---------------------------------------------------------------- rule 7

    @Test
    void rule7_strengthenRunsPowerBigLiftsBalanceCalfCoreHip() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule7_strengthenRunsPowerBigLiftsBalanceCalfCoreHip);
    }

    private static void rule7_strengthenRunsPowerBigLiftsBalanceCalfCoreHip(RunnerProfile profile) {
        for (Session s : sessions(plan(profile))) {
            List<Integer> ranks = new ArrayList<>();
            boolean bigLiftSeen = false;
            for (PrescribedExercise pe : strength(s)) {
                CatalogueExercise e = ex(pe);
                boolean power = e.pattern() == Pattern.PLYOMETRIC || e.hasPurpose(Purpose.PLYOMETRIC)
                        || e.mainPurpose() == Purpose.EXPLOSIVE;
                int rank = power ? 0 : switch (e.pattern()) {
                    case SQUAT, LUNGE, HINGE -> 1;
                    case BALANCE -> 2;
                    case CALF_FOOT -> 3;
                    case HIP -> 5;
                    default -> 4;
                };
                ranks.add(rank);
                if (pe.targetRpe() != null) {
                    assertThat(bigLiftSeen).as(pe.exerciseId() + ": the heavy lift comes first among the big lifts").isFalse();
                }
                bigLiftSeen |= rank == 1;
            }
            assertThat(ranks).isSorted();
        }
    }

    // ---------------------------------------------------------------- rule 8

    @Test
    void rule8_aSquatLungeOrHingeInEverySessionUnlessPainRulesItOut() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule8_aSquatLungeOrHingeInEverySessionUnlessPainRulesItOut);
    }

    private static void rule8_aSquatLungeOrHingeInEverySessionUnlessPainRulesItOut(RunnerProfile profile) {
        Plan plan = plan(profile);
        String coverage = rationale(plan, CoverageRule.CODE);
        for (Session s : sessions(plan)) {
            boolean compound = strength(s).stream().map(PlanPropertiesTest::ex)
                    .anyMatch(e -> (e.pattern() == Pattern.SQUAT || e.pattern() == Pattern.LUNGE || e.pattern() == Pattern.HINGE)
                            && !e.isPlyometric() && e.mainPurpose() != Purpose.EXPLOSIVE && !e.id().contains("nordic"));
            if (!compound) {
                assertThat(coverage).as(s.sessionId() + " has no squat, lunge or hinge").contains("no squat, lunge or hinge");
                if (pain(profile).worst() > 0) {
                    assertThat(coverage).contains("your pain rules out");
                }
            }
        }
    }

    @Test
    void rule8_coverageSingleLegAndRotationOrAnHonestGap() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule8_coverageSingleLegAndRotationOrAnHonestGap);
    }

    private static void rule8_coverageSingleLegAndRotationOrAnHonestGap(RunnerProfile profile) {
        Plan plan = plan(profile);
        if (sessions(plan).isEmpty()) {
            return;
        }
        String coverage = rationale(plan, CoverageRule.CODE);
        assertThat(coverage).isNotEmpty();
        for (Week week : plan.weeks()) {
            if (week.sessions().isEmpty()) {
                continue;
            }
            Set<MuscleGroup> covered = EnumSet.noneOf(MuscleGroup.class);
            boolean rotation = false;
            for (Session s : week.sessions()) {
                boolean unilateral = false;
                for (PrescribedExercise pe : strength(s)) {
                    CatalogueExercise e = ex(pe);
                    if (!e.isPower()) {
                        for (MuscleGroup g : e.primaryGroups()) {
                            // a straight-leg raise does not stand in for quad strength
                            if (g != MuscleGroup.QUADS || e.pattern() == Pattern.SQUAT || e.pattern() == Pattern.LUNGE) {
                                covered.add(g);
                            }
                        }
                    }
                    unilateral |= e.unilateral();
                    rotation |= e.hasPurpose(Purpose.ROTATION) || e.pattern() == Pattern.ROTATION;
                }
                assertThat(unilateral || coverage.contains("no single-leg exercise")).as(s.sessionId()).isTrue();
            }
            for (MuscleGroup g : List.of(MuscleGroup.GLUTES, MuscleGroup.QUADS, MuscleGroup.HAMSTRINGS,
                    MuscleGroup.CALVES, MuscleGroup.HIP_FLEXORS, MuscleGroup.CORE)) {
                boolean named = coverage.matches("(?s).*" + g.name() + " \\(weeks? [0-9, ]*\\b" + week.number() + "\\b.*");
                assertThat(covered.contains(g) || named).as(g + " week " + week.number() + ": " + coverage).isTrue();
            }
            if (profile.level() != Level.BEGINNER) {
                assertThat(rotation || coverage.contains("no rotation work")).isTrue();
            }
        }
    }

    @Test
    void rule8_neverTwoRungsOfOneLadderInASession() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule8_neverTwoRungsOfOneLadderInASession);
    }

    private static void rule8_neverTwoRungsOfOneLadderInASession(RunnerProfile profile) {
        for (Session s : sessions(plan(profile))) {
            List<PrescribedExercise> exercises = all(s);
            for (PrescribedExercise a : exercises) {
                Set<String> above = harder(ex(a));
                for (PrescribedExercise b : exercises) {
                    assertThat(above).as(s.sessionId() + ": " + a.exerciseId() + " and " + b.exerciseId()).doesNotContain(b.exerciseId());
                }
            }
        }
    }

    // ---------------------------------------------------------------- rule 9

    @Test
    void rule9_scheduleKeepsItsRulesOrSaysWhichBent() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule9_scheduleKeepsItsRulesOrSaysWhichBent);
    }

    private static void rule9_scheduleKeepsItsRulesOrSaysWhichBent(RunnerProfile profile) {
        Plan plan = plan(profile);
        String schedule = rationale(plan, ScheduleRule.CODE);
        Map<DayOfWeek, RunType> runWeek = ScheduleRule.runWeek(profile.runDays());
        List<LocalDate> dates = new ArrayList<>();
        for (Week w : plan.weeks()) {
            for (Session s : w.sessions()) {
                assertThat(s.date()).isBetween(w.startsOn(), w.startsOn().plusDays(6));
                assertThat(s.day()).isEqualTo(s.date().getDayOfWeek());
                dates.add(s.date());
            }
        }
        assertThat(new HashSet<>(dates)).hasSameSizeAs(dates);
        assertThat(dates).isSorted();
        boolean hardRuns = runWeek.values().stream().anyMatch(RunType::needsFreshLegs);
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            if (i > 0 && ChronoUnit.DAYS.between(dates.get(i - 1), d) == 1) {
                assertThat(schedule).contains("consecutive days");
                if (profile.raceDate() == null) {
                    assertThat(profile.sessionsPerWeek() == 4 || hardRuns).as("avoidable consecutive days").isTrue();
                }
            }
            RunType next = runWeek.get(d.getDayOfWeek().plus(1));
            if (next != null && next.needsFreshLegs()) {
                assertThat(schedule).contains("day before a hard or long run");
            }
        }
    }

    // ---------------------------------------------------------------- rule 10

    @Test
    void rule10_phaseWeeksSessionCountsAndRaceWindows() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule10_phaseWeeksSessionCountsAndRaceWindows);
    }

    private static void rule10_phaseWeeksSessionCountsAndRaceWindows(RunnerProfile profile) {
        Plan plan = plan(profile);
        LocalDate start = start(profile);
        LocalDate race = profile.raceDate();
        assertThat(plan.trainingPhase()).isEqualTo(expectedPhase(start, race));
        int expectedWeeks = race == null || !race.isAfter(start) ? 4
                : (int) Math.min(4, Math.ceil(ChronoUnit.DAYS.between(start, race) / 7.0));
        assertThat(plan.weeks()).hasSize(expectedWeeks);
        for (Week w : plan.weeks()) {
            assertThat(w.startsOn()).isEqualTo(start.plusWeeks(w.number() - 1L));
            TrainingPhase phase = expectedPhase(w.startsOn(), race);
            int max = switch (phase) {
                case PEAK -> Math.min(2, profile.sessionsPerWeek());
                case TAPER -> 1;
                default -> profile.sessionsPerWeek();
            };
            assertThat(w.sessions().size()).isLessThanOrEqualTo(max);
            if (w.sessions().size() < max) {
                assertThat(rationale(plan, ScheduleRule.CODE)).contains("Fewer sessions: week " + w.number());
            }
            for (Session s : w.sessions()) {
                if (race != null) {
                    long until = ChronoUnit.DAYS.between(s.date(), race);
                    assertThat(until > 5 || until < -4).as(s.date() + ": no strength 5 days before or 4 after " + race).isTrue();
                }
                if (phase == TrainingPhase.RECOVERY) {
                    for (PrescribedExercise pe : strength(s)) {
                        CatalogueExercise e = ex(pe);
                        assertThat(e.minLevel()).isEqualTo(Level.BEGINNER);
                        assertThat(e.impact()).isEqualTo(Impact.NONE);
                        assertThat(pe.loadKg()).isNull();
                        assertThat(pe.sets()).isEqualTo(1);
                        assertThat(e.loads()).as(pe.exerciseId() + " loads nothing heavily").doesNotContainValue(LoadLevel.HIGH);
                    }
                    assertThat(all(s)).noneMatch(pe -> footStrike(ex(pe)));
                }
            }
        }
        assertThat(rationale(plan, TrainingPhaseRule.CODE)).isNotEmpty();
    }

    @Test
    void rule10_nothingInTheFourDaysAfterARace() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule10_nothingInTheFourDaysAfterARace);
    }

    private static void rule10_nothingInTheFourDaysAfterARace(RunnerProfile profile) {
        LocalDate race = profile.raceDate();
        if (race == null) {
            return;
        }
        for (Session s : sessions(plan(profile))) {
            assertThat(s.date().isAfter(race) && !s.date().isAfter(race.plusDays(4))).as(s.date() + " after " + race).isFalse();
        }
    }

    @Test
    void rule10_week4IsCalledADeloadOnlyWhenItIsOneAndTheRationaleDescribesOnlyRealSessions() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule10_week4IsCalledADeloadOnlyWhenItIsOneAndTheRationaleDescribesOnlyRealSessions);
    }

    private static void rule10_week4IsCalledADeloadOnlyWhenItIsOneAndTheRationaleDescribesOnlyRealSessions(RunnerProfile profile) {
        Plan plan = plan(profile);
        String text = allRationale(plan);
        for (Week w : plan.weeks()) {
            TrainingPhase phase = expectedPhase(w.startsOn(), profile.raceDate());
            boolean expected = w.number() == 4 && regular(phase) && !w.sessions().isEmpty()
                    && phase != TrainingPhase.RECOVERY && expectedPhase(start(profile), profile.raceDate()) != TrainingPhase.RECOVERY;
            assertThat(w.deload()).as("week " + w.number() + " deload").isEqualTo(expected);
            for (Session s : w.sessions()) {
                assertThat(s.title().endsWith("(deload)")).isEqualTo(w.deload());
            }
            if (w.deload()) {
                assertThat(text).contains("week " + w.number() + " is a deload");
            }
        }
        if (plan.weeks().stream().noneMatch(Week::deload)) {
            assertThat(text).doesNotContain("is a deload").doesNotContain("Deload sessions");
        }
        if (sessions(plan).isEmpty()) {
            assertThat(plan.rationale()).extracting(Rationale::code)
                    .allMatch(c -> c.equals(TrainingPhaseRule.CODE) || c.equals(ScheduleRule.CODE) || c.startsWith("PAIN"));
        }
        for (Week w : plan.weeks()) {
            TrainingPhase phase = expectedPhase(w.startsOn(), profile.raceDate());
            if (w.sessions().isEmpty()) {
                assertThat(rationale(plan, TrainingPhaseRule.CODE)).doesNotContain(" " + w.number() + " " + phase.name());
            }
        }
    }

    @Test
    void rule10_peakAndTaperBringInNoNewPowerWithoutHistory() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule10_peakAndTaperBringInNoNewPowerWithoutHistory);
    }

    private static void rule10_peakAndTaperBringInNoNewPowerWithoutHistory(RunnerProfile profile) {
        Plan plan = plan(profile);
        Set<String> earlier = new HashSet<>();
        for (Week w : plan.weeks()) {
            TrainingPhase phase = expectedPhase(w.startsOn(), profile.raceDate());
            for (Session s : w.sessions()) {
                for (PrescribedExercise pe : strength(s)) {
                    if (phase == TrainingPhase.PEAK || phase == TrainingPhase.TAPER) {
                        assertThat(!ex(pe).isPower() || earlier.contains(pe.exerciseId()))
                                .as(pe.exerciseId() + " new power work in " + phase).isTrue();
                    }
                }
            }
            if (phase != TrainingPhase.PEAK && phase != TrainingPhase.TAPER) {
                w.sessions().forEach(s -> strength(s).forEach(pe -> earlier.add(pe.exerciseId())));
            }
        }
    }

    // ---------------------------------------------------------------- determinism

    @Test
    void determinism_sameInputsSamePlanAndStableIds() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::determinism_sameInputsSamePlanAndStableIds);
    }

    private static void determinism_sameInputsSamePlanAndStableIds(RunnerProfile profile) {
        Plan a = plan(profile);
        Plan b = plan(profile);
        assertThat(a).isEqualTo(b);
        List<String> ids = sessions(a).stream().map(Session::sessionId).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allMatch(id -> id.matches("p1-w[1-4]-s[1-4]"));
        assertThat(a.rationale()).extracting(Rationale::code).doesNotHaveDuplicates();
        assertThat(a.basedOn().profileUpdatedAt()).isEqualTo(profile.updatedAt());
    }
}
