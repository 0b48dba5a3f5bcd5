package dev.runstrength.catalog.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ladders only go one way: following "harder than" edges (A's progression B, or B's regression A,
 * both mean B is harder than A) never leads back to the start, so progression always terminates.
 */
public final class LaddersAcyclic implements IntegrityRule {

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        Map<String, Exercise> merged = new LinkedHashMap<>(catalogue);
        merged.put(candidate.id(), candidate);
        Map<String, Set<String>> harder = harderEdges(merged);
        List<String> cycle = cycleThrough(candidate.id(), harder);
        if (cycle.isEmpty()) {
            return List.of();
        }
        String field = candidate.progressions().contains(cycle.get(1)) ? "progressions" : "regressions";
        return List.of(new Violation(field, field + ": expected an acyclic ladder (each step harder than the one"
                + " before), received the cycle " + String.join(" -> ", cycle)));
    }

    static Map<String, Set<String>> harderEdges(Map<String, Exercise> exercises) {
        Map<String, Set<String>> harder = new HashMap<>();
        for (Exercise exercise : exercises.values()) {
            for (String progression : exercise.progressions()) {
                harder.computeIfAbsent(exercise.id(), id -> new LinkedHashSet<>()).add(progression);
            }
            for (String regression : exercise.regressions()) {
                harder.computeIfAbsent(regression, id -> new LinkedHashSet<>()).add(exercise.id());
            }
        }
        return harder;
    }

    /** The shortest path start -> ... -> start, or empty when there is none. */
    private static List<String> cycleThrough(String start, Map<String, Set<String>> harder) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            for (String next : harder.getOrDefault(current, Set.of())) {
                if (next.equals(start)) {
                    return path(start, current, cameFrom);
                }
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, current);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }

    private static List<String> path(String start, String last, Map<String, String> cameFrom) {
        List<String> reversed = new ArrayList<>();
        reversed.add(start);
        for (String step = last; !step.equals(start); step = cameFrom.get(step)) {
            reversed.add(step);
        }
        reversed.add(start);
        List<String> path = new ArrayList<>();
        for (int i = reversed.size() - 1; i >= 0; i--) {
            path.add(reversed.get(i));
        }
        return path;
    }
}
