package dev.runstrength.planner.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects one rationale entry per code, in the order the rules write them, sentences kept in the order added. */
public final class RationaleLog {

    private final Map<String, Set<String>> sentences = new LinkedHashMap<>();

    public void add(String code, String sentence) {
        if (sentence != null && !sentence.isBlank()) {
            sentences.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(sentence);
        }
    }

    List<Rationale> entries() {
        List<Rationale> out = new ArrayList<>();
        sentences.forEach((code, s) -> out.add(new Rationale(code, String.join(" ", s))));
        return out;
    }
}
