package dev.runstrength.planner.domain;

import org.quicktheories.core.Gen;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

/** Random valid runner profiles over every field's range (contract "Runner profile"), as QuickTheories generators. */
public final class Profiles {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private Profiles() {
    }

    public static Gen<RunnerProfile> valid() {
        Gen<Level> level = enumValues(Level.class);
        Gen<Goal> goal = enumValues(Goal.class);
        Gen<Double> km = orNull(oneDecimal(0, 400), 20);
        Gen<Integer> sessions = range(1, 4);
        Gen<Integer> minutes = withEdgeCases(range(10, 90), 10, 11, 90);
        Gen<List<Equipment>> equipment = distinct(List.of(Equipment.values()), range(0, Equipment.values().length));
        Gen<List<RunDay>> runDays = lists().of(enumValues(DayOfWeek.class).zip(enumValues(RunType.class), RunDay::new))
                .ofSizeBetween(0, 9);
        Gen<Integer> startOffset = range(-1, 60);
        Gen<Boolean> hasStart = booleans().all();
        // race: none, or -3..+30 weeks around the start, any day
        Gen<Integer> raceOffset = orNull(withEdgeCases(range(-21, 210),
                0, 1, 5, 6, 7, 13, 14, 15, -13, -14, 112, 113, 42, 43), 25);
        Gen<List<Pain>> pains = lists().of(enumValues(PainArea.class).zip(range(0, 10), Pain::new)).ofSizeBetween(0, 4);
        Gen<Boolean> avoidJumping = booleans().all();
        Gen<Integer> tag = range(0, 999_999);
        return in -> {
            Level lv = level.generate(in);
            Goal g = goal.generate(in);
            Double k = km.generate(in);
            int s = sessions.generate(in);
            int m = minutes.generate(in);
            List<Equipment> eq = equipment.generate(in);
            List<RunDay> rd = runDays.generate(in);
            List<Pain> pa = pains.generate(in);
            int so = startOffset.generate(in);
            boolean hs = hasStart.generate(in);
            Integer ro = raceOffset.generate(in);
            boolean aj = avoidJumping.generate(in);
            int t = tag.generate(in);
            LocalDate start = hs ? TODAY.plusDays(so) : null;
            LocalDate effective = start != null ? start : TODAY.plusDays(1);
            LocalDate race = ro == null ? null : effective.plusDays(ro);
            return new RunnerProfile("r-" + t,
                    Instant.parse("2026-11-22T08:00:00Z"), lv, g, k, s, m,
                    eq.isEmpty() ? Set.of() : EnumSet.copyOf(eq), new ArrayList<>(rd), race, pa, aj, start);
        };
    }

    /** min..max in steps of 0.1 (both ends included). */
    static Gen<Double> oneDecimal(int min, int max) {
        return range(min * 10, max * 10).map(tenths -> tenths / 10.0);
    }

    /** The values of {@code values}, or null in {@code percent} out of 100 draws (shrinks towards null). */
    static <T> Gen<T> orNull(Gen<T> values, int percent) {
        Gen<Integer> roll = range(1, 100);
        return in -> roll.generate(in) <= percent ? null : values.generate(in);
    }

    /** The values of {@code values}, and one of {@code edgeCases} in 20 out of 100 draws. */
    @SafeVarargs
    private static <T> Gen<T> withEdgeCases(Gen<T> values, T... edgeCases) {
        return values.mix(pick(List.of(edgeCases)), 20);
    }

    /** Distinct elements of {@code pool} in random order, as many as {@code sizes} says. */
    private static <T> Gen<List<T>> distinct(List<T> pool, Gen<Integer> sizes) {
        return in -> {
            List<T> left = new ArrayList<>(pool);
            List<T> chosen = new ArrayList<>();
            for (int n = sizes.generate(in); n > 0; n--) {
                chosen.add(left.remove((int) range(0, left.size() - 1).generate(in)));
            }
            return chosen;
        };
    }
}
