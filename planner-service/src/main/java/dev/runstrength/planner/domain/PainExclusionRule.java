package dev.runstrength.planner.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * DOMAIN rule 5.
 * <ul>
 * <li>An exercise contraindicated for an area hurting at {@value #EXCLUDE_FROM} or more is never
 * prescribed; its nearest allowed regression, else an allowed exercise with the same purpose and
 * pattern, else the same pattern, takes its place.</li>
 * <li>HEEL or ACHILLES pain (any severity from 1): calf raises carry a caution not to let the heel
 * drop below toe level (seed 004) and a slow-lowering tempo {@value #SLOW_LOWERING_TEMPO}.</li>
 * <li>KNEE pain from {@value #EXCLUDE_FROM}: no deep knee flexion (body weight on a bent knee counts
 * as load), no jumps; a substitute is looked for among hip-dominant work (HINGE, HIP) first.</li>
 * <li>Severity {@value #SEVERE_FROM} or more in any leg area: no HIGH-impact work at all, and the
 * rationale advises seeing a clinician. Any pain makes the plan say it is not medical advice.</li>
 * </ul>
 * 3 is the top of the "acceptable" band of the Silbernagel pain-monitoring model (0-3), and above 5 is
 * "too much" (Silbernagel et al. 2007).
 */
public final class PainExclusionRule {

    public static final String CODE_EXCLUSION = "PAIN_EXCLUSION";
    public static final String CODE_HEEL = "PAIN_HEEL";
    public static final String CODE_KNEE = "PAIN_KNEE";
    public static final String CODE_SEVERE = "PAIN_SEVERE";
    public static final int EXCLUDE_FROM = 3;
    public static final int SEVERE_FROM = 6;
    public static final String SLOW_LOWERING_TEMPO = "3-0-1-0";
    public static final String HEEL_CAUTION =
            "Heel or Achilles pain: stop at toe level, do not let the heel sink below it, and lower slowly over 3 seconds.";
    public static final String NOT_MEDICAL_ADVICE = "This plan is not medical advice.";

    private PainExclusionRule() {
    }

    public static boolean allows(CatalogExercise exercise, PainPicture pain) {
        for (PainArea area : exercise.contraindications()) {
            if (pain.severity(area) >= EXCLUDE_FROM) {
                return false;
            }
        }
        if (pain.severity(PainArea.KNEE) >= EXCLUDE_FROM && (exercise.deepKneeFlexion() || isJump(exercise))) {
            return false;
        }
        return !(pain.worstLeg() >= SEVERE_FROM && exercise.impact() == Impact.HIGH);
    }

    public static boolean isJump(CatalogExercise exercise) {
        return exercise.footContactsPerRep() > 0 || PlyometricsGate.isPlyometric(exercise);
    }

    public static boolean isCalfRaise(CatalogExercise exercise) {
        String text = (exercise.id() + " " + exercise.name()).toLowerCase().replace('-', ' ');
        return text.contains("calf raise") || text.contains("heel raise");
    }

    public static boolean heelCare(PainPicture pain) {
        return pain.severity(PainArea.HEEL) >= 1 || pain.severity(PainArea.ACHILLES) >= 1;
    }

    /**
     * The exercise that takes an excluded one's place: its nearest allowed regression (breadth-first,
     * nearest listed first), else an allowed exercise serving the same block phase with the same main
     * purpose and pattern, else the same pattern (for KNEE pain hip-dominant work first).
     */
    static Optional<CatalogExercise> substitute(CatalogExercise excluded, Catalogue catalogue,
                                                Predicate<CatalogExercise> allowed, PainPicture pain) {
        Deque<String> queue = new ArrayDeque<>(excluded.regressions());
        Set<String> seen = new HashSet<>();
        seen.add(excluded.id());
        while (!queue.isEmpty()) {
            String id = queue.removeFirst();
            if (!seen.add(id)) {
                continue;
            }
            Optional<CatalogExercise> found = catalogue.find(id);
            if (found.isPresent()) {
                if (allowed.test(found.get())) {
                    return found;
                }
                queue.addAll(found.get().regressions());
            }
        }
        List<CatalogExercise> similar = new ArrayList<>();
        for (CatalogExercise candidate : catalogue.exercises()) {
            if (!candidate.id().equals(excluded.id()) && allowed.test(candidate)
                    && candidate.phases().containsAll(excluded.phases())) {
                similar.add(candidate);
            }
        }
        boolean knee = pain.severity(PainArea.KNEE) >= EXCLUDE_FROM;
        Comparator<CatalogExercise> order = Comparator
                .comparingInt((CatalogExercise c) -> similarity(excluded, c, knee)).reversed()
                .thenComparing(CatalogExercise::id);
        return similar.stream()
                .filter(c -> similarity(excluded, c, knee) >= 10)
                .min(order);
    }

    private static int similarity(CatalogExercise excluded, CatalogExercise candidate, boolean knee) {
        int score = 0;
        if (candidate.pattern() == excluded.pattern()) {
            score += 10;
        }
        if (candidate.mainPurpose() == excluded.mainPurpose()) {
            score += 10;
        }
        if (knee && (candidate.pattern() == Pattern.HINGE || candidate.pattern() == Pattern.HIP)
                && (excluded.pattern() == Pattern.SQUAT || excluded.pattern() == Pattern.LUNGE
                || excluded.pattern() == Pattern.PLYOMETRIC)) {
            score += 15;
        }
        for (MuscleGroup group : excluded.primaryGroups()) {
            if (candidate.covers(group)) {
                score += 1;
            }
        }
        return score;
    }
}
