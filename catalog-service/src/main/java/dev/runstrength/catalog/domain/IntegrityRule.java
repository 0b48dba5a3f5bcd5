package dev.runstrength.catalog.domain;

import java.util.List;
import java.util.Map;

/** One named catalogue invariant, checked for a candidate against the rest of the catalogue. */
public interface IntegrityRule {

    /**
     * @param candidate the exercise being written
     * @param catalogue the catalogue by id; it may or may not already hold the candidate's old version
     */
    List<Violation> check(Exercise candidate, Map<String, Exercise> catalogue);
}
