package dev.runstrength.planner.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects one rationale entry per rule code, in a fixed order, sentences kept in the order added. */
final class RationaleLog {

    private static final List<String> ORDER = List.of(
            TrainingPhaseRule.CODE, ScheduleRule.CODE, ThreePhaseStructure.CODE, TimeBudgetRule.CODE,
            EquipmentFilter.CODE, LevelRule.CODE, WeeklyProgression.CODE, ProgressionIn.CODE, GoalEmphasis.CODE,
            PainExclusionRule.CODE_EXCLUSION, PainExclusionRule.CODE_HEEL, PainExclusionRule.CODE_KNEE,
            PainExclusionRule.CODE_SEVERE, PlyometricsGate.CODE, StrengthenOrder.CODE, WeeklyCoverage.CODE);

    private final Map<String, Set<String>> sentences = new LinkedHashMap<>();

    void add(String code, String sentence) {
        sentences.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(sentence);
    }

    List<Rationale> entries() {
        List<Rationale> out = new ArrayList<>();
        for (String code : ORDER) {
            if (sentences.containsKey(code)) {
                out.add(new Rationale(code, String.join(" ", sentences.get(code))));
            }
        }
        sentences.forEach((code, s) -> {
            if (!ORDER.contains(code)) {
                out.add(new Rationale(code, String.join(" ", s)));
            }
        });
        return out;
    }
}
