package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/** Every planner rule (DOMAIN 1-10) on plans for random valid profiles, against the real seed catalogue. */
class PlanPropertiesTest {

    private static final Catalogue SEED = SeedCatalogue.load();
    private static final PlanGenerator GENERATOR = new PlanGenerator();
    private static final int EXAMPLES = 1000;

    static Plan plan(RunnerProfile profile) {
        return GENERATOR.generate(new PlanRequest(profile, SEED, ProgressionState.empty(), Profiles.TODAY,
                Instant.parse("2026-11-22T08:00:05Z"), "p1"));
    }

    static LocalDate start(RunnerProfile p) {
        return p.startDate() != null ? p.startDate() : Profiles.TODAY.plusDays(1);
    }

    static CatalogExercise ex(PrescribedExercise pe) {
        return SEED.find(pe.exerciseId()).orElseThrow();
    }

    static List<Session> sessions(Plan plan) {
        return plan.weeks().stream().flatMap(w -> w.sessions().stream()).toList();
    }

    static List<PrescribedExercise> all(Session s) {
        return s.blocks().stream().flatMap(b -> b.exercises().stream()).toList();
    }

    static String rationale(Plan plan, String code) {
        return plan.rationale().stream().filter(r -> r.code().equals(code)).map(Rationale::message).findFirst().orElse("");
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

    @Test
    void rule2_everySessionFitsTheTimeWindowByTheDocumentedFormula() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule2_everySessionFitsTheTimeWindowByTheDocumentedFormula);
    }

    private static void rule2_everySessionFitsTheTimeWindowByTheDocumentedFormula(RunnerProfile profile) {
        int minutes = profile.minutesPerSession();
        for (Session s : sessions(plan(profile))) {
            int seconds = 0;
            for (PrescribedExercise pe : all(s)) {
                seconds += DurationEstimate.seconds(pe, ex(pe).secondsPerRep());
            }
            assertThat(s.estimatedMinutes()).as("formula").isEqualTo((seconds + 59) / 60);
            assertThat(s.estimatedMinutes()).as(s.sessionId()).isLessThanOrEqualTo(minutes);
            assertThat(s.estimatedMinutes() * 10).as(s.sessionId() + " >= 70 %").isGreaterThanOrEqualTo(minutes * 7);
        }
    }

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
        assertThat(rationale(plan, EquipmentFilter.CODE)).isNotEmpty();
        assertThat(rationale(plan, LevelRule.CODE)).isNotEmpty();
    }

    @Test
    void rule4_weekOneDosesFollowTheLevel() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule4_weekOneDosesFollowTheLevel);
    }

    private static void rule4_weekOneDosesFollowTheLevel(RunnerProfile profile) {
        Plan plan = plan(profile);
        Week first = plan.weeks().get(0);
        TrainingPhase phase = expectedPhase(first.startsOn(), profile.raceDate());
        if (phase != TrainingPhase.GENERAL && phase != TrainingPhase.BASE && phase != TrainingPhase.BUILD) {
            return;
        }
        boolean setsCut = rationale(plan, TimeBudgetRule.CODE).contains("sets were cut");
        for (Session s : first.sessions()) {
            for (PrescribedExercise pe : s.block(BlockPhase.STRENGTHEN).exercises()) {
                CatalogExercise e = ex(pe);
                int levelSets = profile.level() == Level.BEGINNER ? 2 : 3;
                if (setsCut) {
                    assertThat(pe.sets()).isBetween(1, levelSets);
                } else {
                    assertThat(pe.sets()).isEqualTo(levelSets);
                }
                if (e.footContactsPerRep() > 0) {
                    continue;
                }
                CatalogPrescription p = e.prescription();
                if (p.isHold()) {
                    assertThat(pe.holdSeconds()).isEqualTo(LevelRule.dose(e, profile.level()).holdSeconds());
                } else {
                    int expected = switch (profile.level()) {
                        case BEGINNER -> p.repsMin();
                        case INTERMEDIATE -> (p.repsMin() + p.repsMax()) / 2;
                        case ADVANCED -> p.repsMax();
                    };
                    assertThat(pe.reps()).isEqualTo(expected);
                }
                Double load = profile.level() == Level.ADVANCED && e.loadable() ? p.loadKg() : null;
                assertThat(pe.loadKg()).isEqualTo(load);
            }
        }
    }

    @Test
    void rule5_painExcludesSubstitutesCautionsAndAdvises() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule5_painExcludesSubstitutesCautionsAndAdvises);
    }

    private static void rule5_painExcludesSubstitutesCautionsAndAdvises(RunnerProfile profile) {
        Plan plan = plan(profile);
        Map<PainArea, Integer> pain = PainPicture.of(profile.painAreas(), List.of()).severities();
        int knee = pain.getOrDefault(PainArea.KNEE, 0);
        int worstLeg = pain.entrySet().stream().filter(e -> e.getKey() != PainArea.LOWER_BACK)
                .mapToInt(Map.Entry::getValue).max().orElse(0);
        boolean heel = pain.getOrDefault(PainArea.HEEL, 0) >= 1 || pain.getOrDefault(PainArea.ACHILLES, 0) >= 1;
        for (Session s : sessions(plan)) {
            for (PrescribedExercise pe : all(s)) {
                CatalogExercise e = ex(pe);
                for (PainArea area : e.contraindications()) {
                    assertThat(pain.getOrDefault(area, 0)).as(pe.exerciseId() + " vs " + area).isLessThan(3);
                }
                if (knee >= 3) {
                    assertThat(e.deepKneeFlexion()).isFalse();
                    assertThat(e.footContactsPerRep() == 0 && !PlyometricsGate.isPlyometric(e)).isTrue();
                }
                if (worstLeg >= 6) {
                    assertThat(e.impact()).isNotEqualTo(Impact.HIGH);
                }
                if (heel && PainExclusionRule.isCalfRaise(e)) {
                    assertThat(pe.cautions()).contains(PainExclusionRule.HEEL_CAUTION);
                    assertThat(Integer.parseInt(pe.tempo().split("-")[0])).isGreaterThanOrEqualTo(3);
                }
            }
        }
        boolean anyPain = pain.values().stream().anyMatch(v -> v > 0);
        assertThat(plan.rationale().stream().anyMatch(r -> r.message().contains("not medical advice"))).isEqualTo(anyPain);
        assertThat(rationale(plan, PainExclusionRule.CODE_SEVERE).contains("physiotherapist or doctor")).isEqualTo(worstLeg >= 6);
    }

    @Test
    void rule6_plyometricsOnlyThroughTheGateAndUnderTheContactCap() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule6_plyometricsOnlyThroughTheGateAndUnderTheContactCap);
    }

    private static void rule6_plyometricsOnlyThroughTheGateAndUnderTheContactCap(RunnerProfile profile) {
        Plan plan = plan(profile);
        Map<PainArea, Integer> pain = PainPicture.of(profile.painAreas(), List.of()).severities();
        boolean legPain = pain.entrySet().stream().anyMatch(e -> e.getKey() != PainArea.LOWER_BACK && e.getValue() >= 3);
        int cap = switch (profile.level()) {
            case BEGINNER -> 40;
            case INTERMEDIATE -> 60;
            case ADVANCED -> 100;
        };
        for (Week week : plan.weeks()) {
            TrainingPhase phase = expectedPhase(week.startsOn(), profile.raceDate());
            boolean open = profile.level() != Level.BEGINNER && !profile.avoidJumping() && !legPain
                    && phase != TrainingPhase.TAPER && phase != TrainingPhase.RECOVERY;
            for (Session s : week.sessions()) {
                int contacts = 0;
                for (PrescribedExercise pe : all(s)) {
                    CatalogExercise e = ex(pe);
                    if (e.hasPurpose(Purpose.PLYOMETRIC) || e.impact() == Impact.HIGH) {
                        assertThat(open).as(pe.exerciseId() + " in " + phase).isTrue();
                    }
                    contacts += e.footContactsPerRep() * pe.sets() * (pe.reps() != null ? pe.reps() : pe.holdSeconds())
                            * (pe.perSide() ? 2 : 1);
                }
                assertThat(contacts).isLessThanOrEqualTo(cap);
            }
        }
    }

    @Test
    void rule7_strengthenRunsPowerBigLiftsBalanceCalfCoreHip() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule7_strengthenRunsPowerBigLiftsBalanceCalfCoreHip);
    }

    private static void rule7_strengthenRunsPowerBigLiftsBalanceCalfCoreHip(RunnerProfile profile) {
        for (Session s : sessions(plan(profile))) {
            List<Integer> ranks = new ArrayList<>();
            for (PrescribedExercise pe : s.block(BlockPhase.STRENGTHEN).exercises()) {
                CatalogExercise e = ex(pe);
                boolean power = e.pattern() == Pattern.PLYOMETRIC || e.hasPurpose(Purpose.PLYOMETRIC)
                        || e.mainPurpose() == Purpose.EXPLOSIVE;
                ranks.add(power ? 0 : switch (e.pattern()) {
                    case SQUAT, LUNGE, HINGE -> 1;
                    case BALANCE -> 2;
                    case CALF_FOOT -> 3;
                    case HIP -> 5;
                    default -> 4;
                });
            }
            assertThat(ranks).isSorted();
        }
    }

    @Test
    void rule8_coverageSingleLegAndRotationOrAnHonestGap() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule8_coverageSingleLegAndRotationOrAnHonestGap);
    }

    private static void rule8_coverageSingleLegAndRotationOrAnHonestGap(RunnerProfile profile) {
        Plan plan = plan(profile);
        String coverage = rationale(plan, WeeklyCoverage.CODE);
        assertThat(coverage).isNotEmpty();
        for (Week week : plan.weeks()) {
            if (week.sessions().isEmpty()) {
                continue;
            }
            Set<MuscleGroup> covered = EnumSet.noneOf(MuscleGroup.class);
            boolean rotation = false;
            for (Session s : week.sessions()) {
                boolean unilateral = false;
                for (PrescribedExercise pe : s.block(BlockPhase.STRENGTHEN).exercises()) {
                    covered.addAll(ex(pe).primaryGroups());
                    unilateral |= ex(pe).unilateral();
                    rotation |= ex(pe).hasPurpose(Purpose.ROTATION) || ex(pe).pattern() == Pattern.ROTATION;
                }
                assertThat(unilateral || coverage.contains("no single-leg exercise")).as(s.sessionId()).isTrue();
            }
            for (MuscleGroup g : List.of(MuscleGroup.GLUTES, MuscleGroup.QUADS, MuscleGroup.HAMSTRINGS,
                    MuscleGroup.CALVES, MuscleGroup.HIP_FLEXORS, MuscleGroup.CORE)) {
                assertThat(covered.contains(g) || coverage.contains(g.name() + " (week " + week.number() + ")"))
                        .as(g + " week " + week.number()).isTrue();
            }
            if (profile.level() != Level.BEGINNER) {
                assertThat(rotation || coverage.contains("no rotation work")).isTrue();
            }
        }
    }

    @Test
    void rule8_roomyRegularSessionsCoverEverythingEveryWeek() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule8_roomyRegularSessionsCoverEverythingEveryWeek);
    }

    private static void rule8_roomyRegularSessionsCoverEverythingEveryWeek(RunnerProfile profile) {
        Plan plan = plan(profile);
        TrainingPhase phase = expectedPhase(start(profile), profile.raceDate());
        if (profile.minutesPerSession() < 20 || !phase.isRegular() || plan.weeks().size() < 4
                || expectedPhase(start(profile).plusWeeks(3), profile.raceDate()) != phase) {
            return;
        }
        assertThat(rationale(plan, WeeklyCoverage.CODE)).doesNotContain("Not covered").doesNotContain("no single-leg");
    }

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

    @Test
    void rule10_phaseWeeksSessionCountsAndRaceWindow() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::rule10_phaseWeeksSessionCountsAndRaceWindow);
    }

    private static void rule10_phaseWeeksSessionCountsAndRaceWindow(RunnerProfile profile) {
        Plan plan = plan(profile);
        LocalDate start = start(profile);
        LocalDate race = profile.raceDate();
        assertThat(plan.trainingPhase()).isEqualTo(expectedPhase(start, race));
        int expectedWeeks = race == null || !race.isAfter(start) ? 4
                : (int) Math.min(4, Math.ceil(ChronoUnit.DAYS.between(start, race) / 7.0));
        assertThat(plan.weeks()).hasSize(expectedWeeks);
        for (Week w : plan.weeks()) {
            assertThat(w.startsOn()).isEqualTo(start.plusWeeks(w.number() - 1L));
            assertThat(w.deload()).isEqualTo(w.number() == 4);
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
                if (race != null && !race.isBefore(s.date())) {
                    assertThat(ChronoUnit.DAYS.between(s.date(), race)).as("no strength in the 5 days before the race")
                            .isGreaterThan(5);
                }
                if (phase == TrainingPhase.RECOVERY) {
                    for (PrescribedExercise pe : s.block(BlockPhase.STRENGTHEN).exercises()) {
                        CatalogExercise e = ex(pe);
                        assertThat(e.minLevel()).isEqualTo(Level.BEGINNER);
                        assertThat(e.impact()).isNotEqualTo(Impact.HIGH);
                        assertThat(pe.loadKg()).isNull();
                        assertThat(pe.sets()).isEqualTo(1);
                    }
                }
            }
        }
        assertThat(rationale(plan, TrainingPhaseRule.CODE)).isNotEmpty();
    }

    @Test
    void structure_sameSessionsEachWeekRisingThenDeloadAndNothingNewInTaper() {
        qt().withExamples(EXAMPLES).forAll(Profiles.valid())
                .checkAssert(PlanPropertiesTest::structure_sameSessionsEachWeekRisingThenDeloadAndNothingNewInTaper);
    }

    private static void structure_sameSessionsEachWeekRisingThenDeloadAndNothingNewInTaper(RunnerProfile profile) {
        Plan plan = plan(profile);
        LocalDate race = profile.raceDate();
        Map<String, Session> previous = new java.util.HashMap<>();
        TrainingPhase previousPhase = null;
        Set<String> regularStrength = new HashSet<>();
        for (Week w : plan.weeks()) {
            TrainingPhase phase = expectedPhase(w.startsOn(), race);
            Map<String, Session> thisWeek = new java.util.HashMap<>();
            for (Session s : w.sessions()) {
                String key = s.title().replace(" (deload)", "");
                if (phase.isRegular()) {
                    s.block(BlockPhase.STRENGTHEN).exercises().forEach(pe -> regularStrength.add(pe.exerciseId()));
                }
                thisWeek.putIfAbsent(key, s);
                Session same = thisWeek.get(key);
                for (Block b : s.blocks()) {
                    assertThat(b.exercises()).extracting(PrescribedExercise::exerciseId).as("same pattern " + key)
                            .isEqualTo(same.block(b.phase()).exercises().stream().map(PrescribedExercise::exerciseId).toList());
                }
                Session before = previous.get(key);
                if (before == null) {
                    continue;
                }
                for (Block b : s.blocks()) {
                    assertThat(b.exercises()).extracting(PrescribedExercise::exerciseId).as("same pattern " + key)
                            .isEqualTo(before.block(b.phase()).exercises().stream().map(PrescribedExercise::exerciseId).toList());
                }
                List<PrescribedExercise> now = s.block(BlockPhase.STRENGTHEN).exercises();
                List<PrescribedExercise> then = before.block(BlockPhase.STRENGTHEN).exercises();
                if (phase == previousPhase && phase.isRegular() && w.number() <= 3) {
                    for (int i = 0; i < now.size(); i++) {
                        assertThat(now.get(i).volume()).isGreaterThanOrEqualTo(then.get(i).volume());
                        if (then.get(i).loadKg() != null) {
                            assertThat(now.get(i).loadKg()).isGreaterThanOrEqualTo(then.get(i).loadKg());
                        }
                    }
                }
                if (phase == previousPhase && phase.isRegular() && w.number() == 4 && !now.isEmpty()) {
                    double ratio = (double) now.stream().mapToInt(PrescribedExercise::volume).sum()
                            / then.stream().mapToInt(PrescribedExercise::volume).sum();
                    assertThat(ratio).as("deload about 40 % less").isBetween(0.45, 0.72);
                }
            }
            if (!w.sessions().isEmpty()) {
                previous = thisWeek;
                previousPhase = phase;
            }
        }
        for (Week w : plan.weeks()) {
            if (expectedPhase(w.startsOn(), race) == TrainingPhase.TAPER && !regularStrength.isEmpty()) {
                for (Session s : w.sessions()) {
                    assertThat(regularStrength).as("nothing new in the taper")
                            .containsAll(s.block(BlockPhase.STRENGTHEN).exercises().stream()
                                    .map(PrescribedExercise::exerciseId).toList());
                }
            }
        }
    }

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
