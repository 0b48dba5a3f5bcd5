package dev.runstrength.catalog.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every progression and regression names another existing exercise, once, and an active exercise
 * never points at a retired one (the planner and tracking follow these links blindly).
 */
public final class LadderLinksResolve implements IntegrityRule {

    @Override
    public List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue) {
        List<Violation> violations = new ArrayList<>();
        checkList(candidate, "progressions", candidate.progressions(), catalogue, violations);
        checkList(candidate, "regressions", candidate.regressions(), catalogue, violations);
        for (String id : candidate.progressions()) {
            if (candidate.regressions().contains(id)) {
                violations.add(Violation.of("regressions", "no id that is also a progression", id));
            }
        }
        return violations;
    }

    private static void checkList(Exercise candidate, String field, List<String> links,
            Map<String, Exercise> catalogue, List<Violation> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            String link = links.get(i);
            String slot = field + "[" + i + "]";
            if (!seen.add(link)) {
                violations.add(Violation.of(slot, "each id once", link));
            } else if (link != null && link.equals(candidate.id())) {
                violations.add(Violation.of(slot, "an id other than the exercise's own", link));
            } else if (!catalogue.containsKey(link)) {
                violations.add(Violation.of(slot, "the id of an existing exercise", link));
            } else if (candidate.active() && !catalogue.get(link).active()) {
                violations.add(Violation.of(slot, "an ACTIVE exercise (links from an active exercise may not "
                        + "target a retired one)", link + " (RETIRED)"));
            }
        }
    }
}
