package dev.runstrength.planner.domain;

import java.time.Instant;
import java.util.*;
import org.quicktheories.core.Gen;
import static org.quicktheories.QuickTheory.qt;

public final class DistributionProbe {
    public static void main(String[] args) {
        Catalogue seed = SeedCatalogue.load();
        Map<String, Integer> prescribed = new TreeMap<>();
        Map<String, Integer> eligible = new TreeMap<>();
        Map<String, Integer> famPrescribed = new TreeMap<>();
        Map<String, Integer> famEligible = new TreeMap<>();
        int[] plans = {0};
        long t0 = System.nanoTime();
        qt().withFixedSeed(7).withExamples(Integer.parseInt(args.length > 0 ? args[0] : "2000")).forAll(Profiles.valid()).checkAssert(p -> {
            Plan plan = new PlanGenerator().generate(new PlanRequest(p, seed, ProgressionState.empty(), Profiles.TODAY,
                    Instant.parse("2026-11-22T08:00:05Z"), "p1"));
            plans[0]++;
            Set<String> used = new TreeSet<>();
            plan.weeks().forEach(w -> w.sessions().forEach(s -> s.blocks().forEach(b -> b.exercises().forEach(e -> used.add(e.exerciseId())))));
            used.forEach(id -> prescribed.merge(id, 1, Integer::sum));
            PainPicture pain = PainPicture.of(p.painAreas(), List.of());
            for (CatalogExercise e : seed.exercises()) {
                if (LevelRule.allows(e, p.level()) && EquipmentFilter.allows(e, p.equipment()) && PainRule.allows(e, pain)) {
                    eligible.merge(e.id(), 1, Integer::sum);
                }
            }
            StapleVariety.STAPLES.forEach((fam, ids) -> {
                boolean can = ids.stream().map(i -> seed.find(i).get()).anyMatch(e -> LevelRule.allows(e, p.level()) && EquipmentFilter.allows(e, p.equipment()) && PainRule.allows(e, pain));
                if (can) {
                    famEligible.merge(fam, 1, Integer::sum);
                    if (ids.stream().anyMatch(used::contains)) famPrescribed.merge(fam, 1, Integer::sum);
                }
            });
        });
        System.out.printf("%d plans in %.1f s%n", plans[0], (System.nanoTime() - t0) / 1e9);
        famEligible.forEach((f, n) -> System.out.printf("FAMILY %-24s %5.1f %% of %d eligible%n", f, 100.0 * famPrescribed.getOrDefault(f, 0) / n, n));
        List<Map.Entry<String, Integer>> top = new ArrayList<>(prescribed.entrySet());
        top.sort((a, b) -> b.getValue() - a.getValue());
        for (Map.Entry<String, Integer> e : top) {
            System.out.printf("%-36s %5.1f %% of all, %5.1f %% of eligible (%d)%n", e.getKey(), 100.0 * e.getValue() / plans[0],
                    100.0 * e.getValue() / Math.max(1, eligible.getOrDefault(e.getKey(), 0)), eligible.getOrDefault(e.getKey(), 0));
        }
        for (CatalogExercise e : seed.exercises()) if (!prescribed.containsKey(e.id())) System.out.println("NEVER " + e.id() + " eligible " + eligible.getOrDefault(e.id(), 0));
    }
}
