package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import dev.runstrength.dose.DoseSteps;
import dev.runstrength.dose.LadderDose;
import dev.runstrength.dose.Prescribable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * DOMAIN rule 11 (v1.1) on random profiles and random tracking states: what tracking sends is prescribed as
 * sent, a progressed exercise keeps its session, and a replan keeps the block calendar; and rule 10's
 * restart after a race and nothing new before one.
 */
class ProgressionPropertiesTest {

    private static final Catalogue SEED = PlannerSeed.load();
    private static final PlanGenerator GENERATOR = new PlanGenerator();
    private static final int EXAMPLES = 1000;
    private static final Instant GENERATED = Instant.parse("2026-11-22T08:00:05Z");
    private static final List<CatalogueExercise> STRENGTH = SEED.exercises().stream()
            .filter(e -> e.servesPhase(BlockPhase.STRENGTHEN)).toList();

    static Plan plan(RunnerProfile profile, ProgressionState state, PreviousPlan previous, String id) {
        return GENERATOR.generate(new PlanRequest(profile, SEED, state, Profiles.TODAY, GENERATED, id, previous));
    }

    static RunnerProfile startingOn(RunnerProfile p, LocalDate start) {
        return new RunnerProfile(p.runnerId(), p.updatedAt(), p.level(), p.goal(), p.weeklyRunningKm(), p.sessionsPerWeek(),
                p.minutesPerSession(), p.equipment(), p.runDays(), p.raceDate(), p.painAreas(), p.avoidJumping(), start);
    }

    static LocalDate start(RunnerProfile p) {
        return PlanPropertiesTest.start(p);
    }

    // ---------------------------------------------------------------- tracking states from a plan

    /** One change tracking made: the session and block of the exercise, its dose before and its {@code to}. */
    record Change(String session, BlockPhase block, String from, Prescription to) {
    }

    /**
     * Changes as tracking makes them after workouts of the plan's sessions: for some of the exercises of its
     * first week, a HOLD, a step within the exercise (harder or easier) or a move to the next rung, with the
     * shared dose model's steps, from the dose the session prescribed.
     */
    static List<Change> changes(Plan plan, RunnerProfile profile, long seed) {
        java.util.Random random = new java.util.Random(seed);
        PainPicture pain = PainPicture.of(profile.painAreas(), List.of());
        Level level = profile.level();
        List<Change> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> inPlan = new HashSet<>();
        plan.weeks().forEach(w -> w.sessions().forEach(s -> s.blocks().forEach(b -> b.exercises()
                .forEach(pe -> inPlan.add(pe.exerciseId())))));
        Set<String> targets = new HashSet<>();
        Week first = plan.weeks().stream().filter(w -> !w.sessions().isEmpty() && !w.deload()).findFirst().orElse(null);
        if (first == null) {
            return changes;
        }
        for (Session s : first.sessions()) {
            for (Block b : s.blocks()) {
                for (PrescribedExercise pe : b.exercises()) {
                    CatalogueExercise e = SEED.find(pe.exerciseId()).orElseThrow();
                    if (!seen.add(e.id()) || random.nextInt(3) == 0 || e.footContactsPerRep() > 0) {
                        continue;
                    }
                    Dose from = new Dose(pe.sets(), pe.reps(), pe.holdSeconds(), pe.loadKg());
                    boolean recovery = s.title().startsWith("Recovery");
                    Dose to = from;
                    String toId = e.id();
                    switch (random.nextInt(4)) {
                        case 1 -> to = DoseSteps.harder(e.reference(), from, 1, level.toDose(), b.phase().toDose()).orElse(from);
                        case 2 -> to = DoseSteps.easier(e.reference(), from, 1).orElse(from);
                        case 3 -> {
                            Optional<CatalogueExercise> next = e.progressions().stream().findFirst().flatMap(SEED::find)
                                    .filter(n -> !inPlan.contains(n.id()) && !targets.contains(n.id())
                                            // a session never holds two rungs of one ladder: a move into a ladder
                                            // the session already climbs is not one the planner can keep
                                            && PlanPropertiesTest.all(s).stream().noneMatch(o -> !o.exerciseId().equals(e.id())
                                                    && SEED.ladders().sameLadder(o.exerciseId(), n.id()))
                                            && level.atLeast(n.minLevel()) && profile.equipment().containsAll(n.equipment())
                                            && PainRule.allows(n, pain) && n.footContactsPerRep() == 0
                                            && n.servesPhase(b.phase()) && !recovery
                                            && !(profile.avoidJumping() && (n.isFootStrike() || n.isExplosivePushOff())));
                            if (next.isPresent()) {
                                toId = next.get().id();
                                to = LadderDose.entry(next.get().reference(), level.toDose(), b.phase().toDose(), from.sets());
                            }
                        }
                        default -> {
                        }
                    }
                    CatalogueExercise target = SEED.find(toId).orElseThrow();
                    boolean heavy = pe.targetRpe() != null && toId.equals(e.id());
                    if (!Prescribable.fits(target.reference(), level.toDose(), b.phase().toDose(), to)
                            && !(heavy && target.takesAsHeavyLift(level, to))) {
                        continue;
                    }
                    if ((recovery && (to.sets() != 1 || to.loaded())) || !targets.add(toId)) {
                        continue; // tracking holds one dose per exercise: the latest for every key that leads to it
                    }
                    changes.add(new Change(Session.label(s.title()), b.phase(), e.id(),
                            new Prescription(toId, to.sets(), to.reps(), to.holdSeconds(), to.loadKg())));
                }
            }
        }
        return changes;
    }

    static ProgressionState state(List<Change> changes) {
        Map<String, Prescription> map = new TreeMap<>();
        Map<String, String> reasons = new TreeMap<>();
        changes.forEach(c -> {
            map.put(c.from(), c.to());
            reasons.put(c.from(), "tracked");
        });
        return new ProgressionState(Instant.parse("2026-11-30T18:00:00Z"), map, List.of(), reasons);
    }

    static Gen<RunnerProfile> profiles() {
        return Profiles.valid();
    }

    // ---------------------------------------------------------------- properties

    @Test
    void rule11_everyToIsPrescribedAsSentByTheNextPlanInItsSessionInAnyPhase() {
        qt().withExamples(EXAMPLES).forAll(profiles(), range(0, 24), longs().all())
                .checkAssert(ProgressionPropertiesTest::rule11_everyToIsPrescribedAsSentByTheNextPlanInItsSessionInAnyPhase);
    }

    private static void rule11_everyToIsPrescribedAsSentByTheNextPlanInItsSessionInAnyPhase(RunnerProfile profile,
                                                                                          int days, long seed) {
        Plan before = plan(profile, ProgressionState.empty(), null, "p0");
        LocalDate replanStart = start(profile).plusDays(days);
        LocalDate race = profile.raceDate();
        if (race != null && !race.isBefore(start(profile)) && race.isBefore(replanStart)) {
            return; // a race in between starts a new calendar (rule 10): nothing is kept across it
        }
        List<Change> changes = changes(before, profile, seed);
        Plan after = plan(startingOn(profile, replanStart), state(changes), PreviousPlan.of(before), "p1");
        String budget = PlanPropertiesTest.rationale(after, TimeBudgetRule.CODE);
        for (Change c : changes) {
            Session session = firstSession(after, c.session());
            if (session == null) {
                continue; // the replan holds no such session (fewer weeks before a race, another phase)
            }
            CatalogueExercise to = SEED.find(c.to().exerciseId()).orElseThrow();
            List<PrescribedExercise> found = session.block(c.block()).exercises().stream()
                    .filter(pe -> pe.exerciseId().equals(to.id())).toList();
            if (found.isEmpty() && budget.contains(to.name())) {
                continue; // left out to fit the time budget, and said so
            }
            assertThat(found).as(c + " in " + session.sessionId() + " of " + ids(after)).hasSize(1);
            PrescribedExercise pe = found.get(0);
            if (budget.contains(session.title().replace(" (deload)", "") + " runs") && budget.contains(to.name())) {
                continue; // warm-up or cool-down work cut short to fit the time budget, and said so
            }
            assertThat(new Prescription(pe.exerciseId(), pe.sets(), pe.reps(), pe.holdSeconds(), pe.loadKg()))
                    .as(session.sessionId()).isEqualTo(c.to());
            if (!c.from().equals(to.id())) {
                assertThat(ids(after)).as("the old rung gives way in " + c.session()).doesNotContain(c.from() + "@" + c.session());
            }
        }
    }

    /** The first session with this label in a week that is not a deload. */
    static Session firstSession(Plan plan, String label) {
        for (Week w : plan.weeks()) {
            if (w.deload()) {
                continue;
            }
            for (Session s : w.sessions()) {
                if (Session.label(s.title()).equals(label)) {
                    return s;
                }
            }
        }
        return null;
    }

    /** "exercise@session" for every exercise of the plan. */
    static Set<String> ids(Plan plan) {
        Set<String> ids = new HashSet<>();
        for (Week w : plan.weeks()) {
            for (Session s : w.sessions()) {
                s.blocks().forEach(b -> b.exercises().forEach(pe -> ids.add(pe.exerciseId() + "@" + Session.label(s.title()))));
            }
        }
        return ids;
    }

    @Test
    void rule11_theBlockCalendarCarriesOverAReplan() {
        qt().withExamples(EXAMPLES).forAll(profiles(), range(0, 29))
                .checkAssert(ProgressionPropertiesTest::rule11_theBlockCalendarCarriesOverAReplan);
    }

    private static void rule11_theBlockCalendarCarriesOverAReplan(RunnerProfile profile, int days) {
        Plan before = plan(profile, ProgressionState.empty(), null, "p0");
        LocalDate race = profile.raceDate();
        LocalDate replanStart = start(profile).plusDays(days);
        LocalDate lastDay = before.weeks().get(before.weeks().size() - 1).startsOn().plusDays(6);
        if (before.blockStart() == null || replanStart.isAfter(lastDay.plusDays(1))
                || (race != null && !race.isBefore(before.blockStart()) && race.isBefore(replanStart))) {
            return; // a plan that has ended, or a race in between, starts a new calendar
        }
        Plan after = plan(startingOn(profile, replanStart), ProgressionState.empty(), PreviousPlan.of(before), "p1");
        LocalDate anchor = before.blockStart();
        assertThat(ChronoUnit.DAYS.between(anchor, after.blockStart()) % 28).as("block starts on the same 4-week cycle").isZero();
        for (Week w : after.weeks()) {
            long sinceAnchor = ChronoUnit.DAYS.between(anchor, w.startsOn());
            assertThat(sinceAnchor % 7).as("week " + w.number() + " lines up with the calendar").isZero();
            int blockWeek = (int) (sinceAnchor / 7 % 4) + 1;
            TrainingPhase phase = PlanPropertiesTest.expectedPhase(w.startsOn(), race);
            boolean deload = blockWeek == 4 && PlanPropertiesTest.regular(phase) && !w.sessions().isEmpty();
            assertThat(w.deload()).as("week " + w.number() + " is block week " + blockWeek).isEqualTo(deload);
            w.sessions().forEach(s -> assertThat(s.date()).isAfterOrEqualTo(replanStart));
        }
        assertThat(after.weeks().get(0).startsOn()).isBeforeOrEqualTo(replanStart)
                .isAfter(replanStart.minusDays(7));
        // the same plan again, a week into the block, still has its deload where the first plan had it
        before.weeks().stream().filter(Week::deload).findFirst().ifPresent(d -> after.weeks().stream()
                .filter(w -> w.startsOn().equals(d.startsOn()) && !w.sessions().isEmpty()
                        && PlanPropertiesTest.regular(PlanPropertiesTest.expectedPhase(w.startsOn(), race)))
                .forEach(w -> assertThat(w.deload()).as("the deload stays on " + d.startsOn()).isTrue()));
    }

    @Test
    void rule10_afterRaceRecoveryTheRunnerRestartsAtTheWeekOneDose() {
        qt().withExamples(EXAMPLES).forAll(profiles(), range(0, 13), states())
                .checkAssert(ProgressionPropertiesTest::rule10_afterRaceRecoveryTheRunnerRestartsAtTheWeekOneDose);
    }

    private static void rule10_afterRaceRecoveryTheRunnerRestartsAtTheWeekOneDose(RunnerProfile profile, int daysAgo,
                                                                                ProgressionState state) {
        LocalDate start = start(profile);
        RunnerProfile afterRace = new RunnerProfile(profile.runnerId(), profile.updatedAt(), profile.level(), profile.goal(),
                profile.weeklyRunningKm(), profile.sessionsPerWeek(), profile.minutesPerSession(), profile.equipment(),
                profile.runDays(), start.minusDays(daysAgo), profile.painAreas(), profile.avoidJumping(), start);
        ProgressionState noFlags = new ProgressionState(state.updatedAt(), state.prescriptions(), List.of(), state.reasons());
        Plan plan = plan(afterRace, noFlags, null, "p1");
        Week firstRegular = plan.weeks().stream()
                .filter(w -> PlanPropertiesTest.expectedPhase(w.startsOn(), afterRace.raceDate()) == TrainingPhase.GENERAL)
                .findFirst().orElse(null);
        if (firstRegular == null) {
            return;
        }
        for (Session s : firstRegular.sessions()) {
            boolean heavySession = s.block(BlockPhase.STRENGTHEN).exercises().stream().anyMatch(pe -> pe.targetRpe() != null);
            for (PrescribedExercise pe : s.block(BlockPhase.STRENGTHEN).exercises()) {
                CatalogueExercise e = SEED.find(pe.exerciseId()).orElseThrow();
                if (e.footContactsPerRep() > 0) {
                    continue; // a first block of jumps starts under its own foot-contact allowance (rule 6)
                }
                // with severe pain the strength work takes a beginner's dose whatever the level (rule 4)
                Dose expected = pe.targetRpe() != null ? HeavyLiftRule.start(profile.level())
                        : e.levelDose(PlanPropertiesTest.volumeLevel(profile));
                if (pe.targetRpe() == null && heavySession && PlanPropertiesTest.legCompound(e)) {
                    // supporting work beside the heavy lift starts at the bottom of its range (rule 4)
                    expected = expected.withAmount(Math.min(expected.amount(), e.prescription().repsMin()));
                }
                assertThat(pe.reps() != null ? pe.reps() : pe.holdSeconds()).as(pe.exerciseId() + " restarts at week 1")
                        .isEqualTo(expected.amount());
                assertThat(pe.sets()).isLessThanOrEqualTo(expected.sets());
                assertThat(pe.loadKg()).isEqualTo(expected.loadKg());
            }
        }
    }

    @Test
    void rule10_peakAndTaperBringInNoExerciseTheRunnerHasNotHad() {
        qt().withExamples(EXAMPLES).forAll(profiles(), range(22, 70))
                .checkAssert(ProgressionPropertiesTest::rule10_peakAndTaperBringInNoExerciseTheRunnerHasNotHad);
    }

    private static void rule10_peakAndTaperBringInNoExerciseTheRunnerHasNotHad(RunnerProfile profile, int raceInDays) {
        // a first plan four weeks before the replan, the replan starting the day after it ends
        LocalDate start = start(profile);
        LocalDate replanStart = start.plusDays(28);
        RunnerProfile racing = new RunnerProfile(profile.runnerId(), profile.updatedAt(), profile.level(), profile.goal(),
                profile.weeklyRunningKm(), profile.sessionsPerWeek(), profile.minutesPerSession(), profile.equipment(),
                profile.runDays(), replanStart.plusDays(raceInDays), profile.painAreas(), profile.avoidJumping(), start);
        Plan before = plan(racing, ProgressionState.empty(), null, "p0");
        Set<String> had = new HashSet<>();
        before.weeks().forEach(w -> w.sessions().forEach(s -> s.blocks().forEach(b -> b.exercises()
                .forEach(pe -> had.add(pe.exerciseId())))));
        Plan after = plan(startingOn(racing, replanStart), ProgressionState.empty(), PreviousPlan.of(before), "p1");
        Set<String> earlier = new HashSet<>(had);
        for (Week w : after.weeks()) {
            TrainingPhase phase = PlanPropertiesTest.expectedPhase(w.startsOn(), racing.raceDate());
            for (Session s : w.sessions()) {
                for (PrescribedExercise pe : s.block(BlockPhase.STRENGTHEN).exercises()) {
                    if (phase == TrainingPhase.PEAK || phase == TrainingPhase.TAPER) {
                        assertThat(earlier).as(pe.exerciseId() + " is new in " + phase + " week " + w.number())
                                .contains(pe.exerciseId());
                    }
                }
            }
            if (phase != TrainingPhase.PEAK && phase != TrainingPhase.TAPER) {
                w.sessions().forEach(s -> s.block(BlockPhase.STRENGTHEN).exercises().forEach(pe -> earlier.add(pe.exerciseId())));
            }
        }
    }

    // ---------------------------------------------------------------- arbitrary states

    /** Any state: random exercises, doses (some in the wrong unit, some over every cap), moves and pain flags. */
    private static Gen<ProgressionState> states() {
        Gen<CatalogueExercise> from = pick(STRENGTH);
        Gen<Integer> move = range(0, 2);
        Gen<Integer> sets = range(1, 5);
        Gen<Integer> amount = range(1, 40);
        Gen<Boolean> reps = booleans().all();
        Gen<Double> load = Profiles.orNull(Profiles.oneDecimal(0, 40), 50);
        Gen<Map.Entry<String, Prescription>> entry = in -> {
            CatalogueExercise f = from.generate(in);
            int mv = move.generate(in);
            int st = sets.generate(in);
            int am = amount.generate(in);
            boolean rp = reps.generate(in);
            Double ld = load.generate(in);
            List<String> ladder = mv == 1 ? f.progressions() : mv == 2 ? f.regressions() : List.of();
            String to = ladder.isEmpty() ? f.id() : ladder.get(0);
            return Map.entry(f.id(), new Prescription(to, st, rp ? am : null, rp ? null : am * 3, ld));
        };
        Gen<List<Pain>> flags = lists().of(enumValues(PainArea.class).zip(range(1, 10), Pain::new)).ofSizeBetween(0, 2);
        return lists().of(entry).ofSizeBetween(0, 8).zip(flags, (entries, pains) -> {
            Map<String, Prescription> map = new TreeMap<>();
            entries.forEach(e -> map.put(e.getKey(), e.getValue()));
            return new ProgressionState(Instant.parse("2026-11-21T18:00:00Z"), map, pains);
        });
    }

    @Test
    void rule11_anyStateKeepsTheTimeEquipmentLevelAndPainRules() {
        qt().withExamples(EXAMPLES).forAll(profiles(), states())
                .checkAssert(ProgressionPropertiesTest::rule11_anyStateKeepsTheTimeEquipmentLevelAndPainRules);
    }

    private static void rule11_anyStateKeepsTheTimeEquipmentLevelAndPainRules(RunnerProfile profile, ProgressionState state) {
        Plan plan = plan(profile, state, null, "p1");
        PainPicture pain = PainPicture.of(profile.painAreas(), state.painFlags());
        for (Session s : PlanPropertiesTest.sessions(plan)) {
            assertThat(s.estimatedMinutes()).as(s.sessionId()).isLessThanOrEqualTo(profile.minutesPerSession());
            for (PrescribedExercise pe : PlanPropertiesTest.all(s)) {
                CatalogueExercise e = PlanPropertiesTest.ex(pe);
                assertThat(profile.equipment()).as(pe.exerciseId()).containsAll(e.equipment());
                assertThat(profile.level().atLeast(e.minLevel())).as(pe.exerciseId()).isTrue();
                if (s.block(BlockPhase.STRENGTHEN).exercises().contains(pe)) {
                    int most = pe.targetRpe() != null && profile.level() == Level.ADVANCED ? 4 : profile.level().sets();
                    assertThat(pe.sets()).isLessThanOrEqualTo(most);
                    if (pe.reps() != null && pe.targetRpe() == null) {
                        assertThat(pe.reps()).as(pe.exerciseId()).isLessThanOrEqualTo(e.prescription().repsMax());
                    }
                }
                if (pe.loadKg() != null) {
                    assertThat(e.loadable()).isTrue();
                }
                assertThat(PainRule.allows(e, pain)).as(pe.exerciseId() + " with " + pain).isTrue();
                for (PainArea area : e.contraindications()) {
                    assertThat(pain.severity(area)).as(pe.exerciseId() + " vs " + area).isLessThan(3);
                }
            }
        }
    }
}
