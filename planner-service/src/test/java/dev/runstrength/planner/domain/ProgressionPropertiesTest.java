package dev.runstrength.planner.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule 11 on random profiles and random tracking states: applied prescriptions never break rules 2, 3, 4 and 5. */
class ProgressionPropertiesTest {

    private static final Catalogue SEED = SeedCatalogue.load();
    private static final PlanGenerator GENERATOR = new PlanGenerator();
    private static final List<CatalogExercise> STRENGTH = SEED.exercises().stream()
            .filter(e -> e.servesPhase(BlockPhase.STRENGTHEN)).toList();

    @Provide
    Arbitrary<RunnerProfile> profiles() {
        return Profiles.valid();
    }

    @Provide
    Arbitrary<ProgressionState> states() {
        Arbitrary<Map.Entry<String, Prescription>> entry = Combinators.combine(
                Arbitraries.of(STRENGTH), Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(1, 40), Arbitraries.of(true, false),
                Arbitraries.doubles().between(0, 40).ofScale(1).injectNull(0.5))
                .as((from, move, sets, amount, reps, load) -> {
                    List<String> ladder = move == 1 ? from.progressions() : move == 2 ? from.regressions() : List.of();
                    String to = ladder.isEmpty() ? from.id() : ladder.get(0);
                    return Map.entry(from.id(), new Prescription(to, sets, reps ? amount : null, reps ? null : amount * 3, load));
                });
        Arbitrary<List<Pain>> flags = Arbitraries.of(PainArea.values()).map(a -> new Pain(a, 4)).list().ofMaxSize(2);
        return Combinators.combine(entry.list().ofMaxSize(8), flags).as((entries, pains) -> {
            Map<String, Prescription> map = new java.util.TreeMap<>();
            entries.forEach(e -> map.put(e.getKey(), e.getValue()));
            return new ProgressionState(Instant.parse("2026-11-21T18:00:00Z"), map, pains);
        });
    }

    @Property(tries = 500)
    void appliedPrescriptionsKeepTimeEquipmentLevelAndPainRules(@ForAll("profiles") RunnerProfile profile,
                                                                @ForAll("states") ProgressionState state) {
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
