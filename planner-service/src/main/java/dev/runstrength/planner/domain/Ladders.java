package dev.runstrength.planner.domain;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue's ladders: exercise B is a harder rung of A when B can be reached from A by
 * {@code progressions} (or A from B by {@code regressions}), directly or through rungs between. Two
 * exercises are rungs of one ladder when one is a harder rung of the other (plank and knee plank);
 * two harder variations of one exercise (reverse lunge and Bulgarian split squat, both above the
 * split squat) are different ladders branching from it.
 */
public final class Ladders {

    private final Map<String, Set<String>> harder = new HashMap<>();
    private final Map<String, Set<String>> relatives = new HashMap<>();
    private final Set<String> lower = new HashSet<>();

    Ladders(Collection<CatalogueExercise> exercises) {
        Map<String, Set<String>> up = new HashMap<>();
        for (CatalogueExercise e : exercises) {
            for (String p : e.progressions()) {
                up.computeIfAbsent(e.id(), k -> new HashSet<>()).add(p);
                lower.add(p);
            }
            for (String r : e.regressions()) {
                up.computeIfAbsent(r, k -> new HashSet<>()).add(e.id());
                lower.add(e.id());
            }
        }
        for (String id : up.keySet()) {
            Set<String> reach = new HashSet<>();
            Deque<String> queue = new ArrayDeque<>(up.get(id));
            while (!queue.isEmpty()) {
                String next = queue.removeFirst();
                if (!next.equals(id) && reach.add(next)) {
                    queue.addAll(up.getOrDefault(next, Set.of()));
                }
            }
            harder.put(id, Set.copyOf(reach));
        }
        Map<String, Set<String>> all = new HashMap<>();
        harder.forEach((id, above) -> above.forEach(h -> {
            all.computeIfAbsent(id, k -> new HashSet<>()).add(h);
            all.computeIfAbsent(h, k -> new HashSet<>()).add(id);
        }));
        all.forEach((id, r) -> relatives.put(id, Set.copyOf(r)));
    }

    /** Every rung of every ladder the exercise is on, above and below it. */
    public Set<String> relatives(String id) {
        return relatives.getOrDefault(id, Set.of());
    }

    /** Every harder rung above the exercise, near and far. */
    public Set<String> harderThan(String id) {
        return harder.getOrDefault(id, Set.of());
    }

    /** True when the two are rungs of one ladder (one harder than the other); an exercise is not its own rung. */
    public boolean sameLadder(String a, String b) {
        return !a.equals(b) && relatives(a).contains(b);
    }

    /** The first rung of a ladder: nothing easier below it, something harder above it (knee plank, assisted Nordic). */
    public boolean firstRung(String id) {
        return !lower.contains(id) && !harderThan(id).isEmpty();
    }
}
