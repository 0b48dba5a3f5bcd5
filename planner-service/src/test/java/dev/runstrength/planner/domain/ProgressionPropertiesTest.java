package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

/** Rule 11 on random profiles and random tracking states: applied prescriptions never break rules 2, 3, 4 and 5. */
class ProgressionPropertiesTest {

    private static final Catalogue SEED = SeedCatalogue.load();
    private static final PlanGenerator GENERATOR = new PlanGenerator();
    private static final List<CatalogExercise> STRENGTH = SEED.exercises().stream()
            .filter(e -> e.servesPhase(BlockPhase.STRENGTHEN)).toList();

    private static Gen<ProgressionState> states() {
        Gen<CatalogExercise> from = pick(STRENGTH);
        Gen<Integer> move = range(0, 2);
        Gen<Integer> sets = range(1, 5);
        Gen<Integer> amount = range(1, 40);
        Gen<Boolean> reps = booleans().all();
        Gen<Double> load = Profiles.orNull(Profiles.oneDecimal(0, 40), 50);
        Gen<Map.Entry<String, Prescription>> entry = in -> {
            CatalogExercise f = from.generate(in);
            int mv = move.generate(in);
            int st = sets.generate(in);
            int am = amount.generate(in);
            boolean rp = reps.generate(in);
            Double ld = load.generate(in);
            List<String> ladder = mv == 1 ? f.progressions() : mv == 2 ? f.regressions() : List.of();
            String to = ladder.isEmpty() ? f.id() : ladder.get(0);
            return Map.entry(f.id(), new Prescription(to, st, rp ? am : null, rp ? null : am * 3, ld));
        };
        Gen<List<Pain>> flags = lists().of(enumValues(PainArea.class).map(a -> new Pain(a, 4))).ofSizeBetween(0, 2);
        return lists().of(entry).ofSizeBetween(0, 8).zip(flags, (entries, pains) -> {
            Map<String, Prescription> map = new java.util.TreeMap<>();
            entries.forEach(e -> map.put(e.getKey(), e.getValue()));
            return new ProgressionState(Instant.parse("2026-11-21T18:00:00Z"), map, pains);
        });
    }

    @Test
    void appliedPrescriptionsKeepTimeEquipmentLevelAndPainRules() {
        qt().withExamples(500).forAll(Profiles.valid(), states())
                .checkAssert(ProgressionPropertiesTest::appliedPrescriptionsKeepTimeEquipmentLevelAndPainRules);
    }

    private static void appliedPrescriptionsKeepTimeEquipmentLevelAndPainRules(RunnerProfile profile,
                                                                               ProgressionState state) {
        Plan plan = GENERATOR.generate(new PlanRequest(profile, SEED, state, Profiles.TODAY,
                Instant.parse("2026-11-22T08:00:05Z"), "p1"));
        Map<PainArea, Integer> pain = PainPicture.of(profile.painAreas(), state.painFlags()).severities();
        int knee = pain.getOrDefault(PainArea.KNEE, 0);
        for (Session s : PlanPropertiesTest.sessions(plan)) {
            assertThat(s.estimatedMinutes()).as(s.sessionId()).isLessThanOrEqualTo(profile.minutesPerSession());
            for (PrescribedExercise pe : PlanPropertiesTest.all(s)) {
                CatalogExercise e = PlanPropertiesTest.ex(pe);
                assertThat(profile.equipment()).as(pe.exerciseId()).containsAll(e.equipment());
                assertThat(profile.level().atLeast(e.minLevel())).as(pe.exerciseId()).isTrue();
                if (s.block(BlockPhase.STRENGTHEN).exercises().contains(pe)) {
                    assertThat(pe.sets()).isLessThanOrEqualTo(LevelRule.sets(profile.level()));
                    if (pe.reps() != null) {
                        assertThat(pe.reps()).as(pe.exerciseId()).isLessThanOrEqualTo(e.prescription().repsMax());
                    }
                }
                if (pe.loadKg() != null) {
                    assertThat(e.loadable()).isTrue();
                }
                for (PainArea area : e.contraindications()) {
                    assertThat(pain.getOrDefault(area, 0)).as(pe.exerciseId() + " vs " + area).isLessThan(3);
                }
                if (knee >= 3) {
                    assertThat(e.deepKneeFlexion()).as(pe.exerciseId()).isFalse();
                    assertThat(PainExclusionRule.isJump(e)).as(pe.exerciseId()).isFalse();
                }
            }
        }
    }
}
