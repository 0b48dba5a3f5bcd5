package dev.runstrength.planner.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Random valid runner profiles over every field's range (contract "Runner profile"). */
final class Profiles {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private Profiles() {
    }

    static Arbitrary<RunnerProfile> valid() {
        Arbitrary<Level> level = Arbitraries.of(Level.class);
        Arbitrary<Goal> goal = Arbitraries.of(Goal.class);
        Arbitrary<Double> km = Arbitraries.doubles().between(0, 400).ofScale(1).injectNull(0.2);
        Arbitrary<Integer> sessions = Arbitraries.integers().between(1, 4);
        Arbitrary<Integer> minutes = Arbitraries.integers().between(10, 90).edgeCases(c -> c.add(10, 11, 90));
        Arbitrary<Set<Equipment>> equipment = Arbitraries.of(Equipment.class).set().ofMaxSize(Equipment.values().length);
        Arbitrary<List<RunDay>> runDays = Combinators.combine(Arbitraries.of(DayOfWeek.class), Arbitraries.of(RunType.class))
                .as(RunDay::new).list().ofMaxSize(9);
        Arbitrary<Integer> startOffset = Arbitraries.integers().between(-1, 60);
        Arbitrary<Boolean> hasStart = Arbitraries.of(true, false);
        // race: none, or -3..+30 weeks around the start, any day
        Arbitrary<Integer> raceOffset = Arbitraries.integers().between(-21, 210).injectNull(0.25)
                .edgeCases(c -> c.add(0, 1, 5, 6, 7, 13, 14, 15, -13, -14, 112, 113, 42, 43));
        Arbitrary<List<Pain>> pains = Combinators.combine(Arbitraries.of(PainArea.class), Arbitraries.integers().between(0, 10))
                .as(Pain::new).list().ofMaxSize(4);
        Arbitrary<Boolean> avoidJumping = Arbitraries.of(true, false);
        return Combinators.combine(level, goal, km, sessions, minutes, equipment, runDays, pains)
                .flatAs((lv, g, k, s, m, eq, rd, pa) -> Combinators.combine(startOffset, hasStart, raceOffset, avoidJumping)
                        .as((so, hs, ro, aj) -> {
                            LocalDate start = hs ? TODAY.plusDays(so) : null;
                            LocalDate effective = start != null ? start : TODAY.plusDays(1);
                            LocalDate race = ro == null ? null : effective.plusDays(ro);
                            return new RunnerProfile("r-" + Math.abs((lv + "" + m + s + so + ro).hashCode()),
                                    Instant.parse("2026-11-22T08:00:00Z"), lv, g, k, s, m,
                                    eq.isEmpty() ? Set.of() : EnumSet.copyOf(eq), new ArrayList<>(rd), race, pa, aj, start);
                        }));
    }
}
