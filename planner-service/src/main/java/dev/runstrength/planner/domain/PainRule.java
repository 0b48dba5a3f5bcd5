package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * DOMAIN rule 5 (v1.1), all of it: what pain keeps out, what takes its place, the cautions and the
 * rationale. Bands are {@link PainBand}'s (Silbernagel pain-monitoring model): the model calls up to 3/10
 * acceptable, and the caution below lets pain reach 3/10 during an exercise as the model does, but the
 * exclusions start at 3 on purpose ({@link PainBand#CAUTION_FROM}), so pain at the edge of acceptable
 * already keeps the heaviest loads away.
 * <ul>
 * <li>An exercise contraindicated for an area hurting at 3 or more is never prescribed.</li>
 * <li>From the exercise's {@code loads}: at 3-5 nothing that loads the area HIGH, and what loads it
 * MODERATE carries one caution, to stop if it climbs above 3/10 or is worse the next morning; at 6 or
 * more (back and hip included) nothing that loads it above LOW, no HIGH-impact work at all, and the
 * rationale advises a clinician. At 1-2 the same caution goes on what loads the area moderately or more.</li>
 * <li>KNEE 3 or more: no lunges or split squats (even at body weight), no deep knee bends, nothing
 * kneeling; quads are trained with isometric and shallow squats and low steps, and hip-dominant work
 * leads (it is preferred for the compound lift and comes first).</li>
 * <li>HEEL, ACHILLES, FOOT, ANKLE, SHIN or CALF 3 or more: no foot strikes (skips, dribbles, hops, rope)
 * or explosive push-offs; calf raises stop at toe level and lower over 3 s ({@value #SLOW_LOWERING_TEMPO});
 * slow and isometric calf work is preferred over none, a tendon needing load (Beyer 2015, Rio 2015), at
 * a load the area tolerates (the loads rule above).</li>
 * <li>LOWER_BACK 3 or more: no loaded hinge (deadlifts, swings); heavy spinal loading is kept out by the
 * loads rule.</li>
 * <li>An exercise a replan would keep but pain now rules out gives way to its nearest allowed
 * regression. Each caution appears once on an exercise, and a catalogue caution that speaks of a pain
 * (with knee pain, heel or Achilles trouble) is shown only to a runner who has it.</li>
 * </ul>
 */
public final class PainRule implements PlanRule {

    public static final String CODE_EXCLUSION = "PAIN_EXCLUSION";
    public static final String CODE_KNEE = "PAIN_KNEE";
    public static final String CODE_FOOT = "PAIN_FOOT";
    public static final String CODE_BACK = "PAIN_BACK";
    public static final String CODE_SEVERE = "PAIN_SEVERE";
    public static final String MONITORING = "stop if it climbs above 3/10 or is worse the next morning";
    public static final String SLOW_LOWERING_TEMPO = "3-0-1-0";
    public static final String TOE_LEVEL_CAUTION =
            "Stop at toe level: the heel never sinks below the toes, and it lowers over 3 seconds.";
    public static final String NOT_MEDICAL_ADVICE = "This plan is not medical advice.";
    /** Preference for the work a hurting area is trained with (hinge for a knee, slow calf work for a tendon). */
    static final int PREFERRED = 40;

    /** A catalogue caution that applies only with a pain: "With knee pain ...", "Heel or Achilles trouble: ...". */
    private static final Pattern CONDITIONAL = Pattern.compile(
            "(?i)(\\b(with|if|after a recent)\\b.*\\b(pain|trouble|irritated|strain)\\b)|(^[a-z ]+ trouble:)|painful");

    @Override
    public String code() {
        return CODE_EXCLUSION;
    }

    @Override
    public boolean allows(CatalogueExercise e, Placement where, PlanningContext ctx) {
        return allows(e, ctx.pain());
    }

    public static boolean allows(CatalogueExercise e, PainPicture pain) {
        return keptOutBy(e, pain) == null;
    }

    /** Why pain keeps the exercise out, in the runner's words, or null when it does not. */
    static String keptOutBy(CatalogueExercise e, PainPicture pain) {
        if (!pain.any()) {
            return null;
        }
        for (PainArea area : e.contraindications()) {
            if (pain.severity(area) >= PainBand.CAUTION_FROM) {
                return "not for " + area.words() + " pain";
            }
        }
        for (PainArea area : pain.areas()) {
            LoadLevel load = e.load(area);
            if (load != null && load.above(pain.band(area).mostLoad())) {
                return "loads the " + area.words() + " too much";
            }
        }
        if (pain.severeAnywhere() && e.impact() == Impact.HIGH) {
            return "high impact";
        }
        if (pain.severeAnywhere() && carriesWeights(e)) {
            return "carries weights";
        }
        if (pain.atLeast(PainArea.KNEE, PainBand.CAUTION_FROM)
                && (e.isLungeOrSplitSquat() || e.deepKneeFlexion() || e.kneeling() || e.isJump())) {
            return "bends or kneels on the knee";
        }
        if (pain.worstFootChain() >= PainBand.CAUTION_FROM && e.isFootStrikeOrExplosivePushOff()) {
            return "strikes the ground with the foot";
        }
        if (pain.severeAnywhere() && e.isFootStrikeOrExplosivePushOff()) {
            // skips, dribbles and rope are low impact one landing at a time, but a gentle session has no landings
            return "lands on the foot again and again";
        }
        if (pain.severeAnywhere() && e.minLevel() != Level.BEGINNER && e.loads().containsValue(LoadLevel.HIGH)) {
            // a full Nordic curl or a Bulgarian split squat is hard at any dose; its easier rung stays
            return "too hard while the pain is severe";
        }
        if (pain.atLeast(PainArea.LOWER_BACK, PainBand.CAUTION_FROM) && loadedHinge(e)) {
            return "a loaded hinge";
        }
        return null;
    }

    /** Held weights (barbell, kettlebell, dumbbells): kept out with severe pain anywhere, the session stays gentle. */
    static boolean carriesWeights(CatalogueExercise e) {
        return e.loadable() && e.equipment().stream().anyMatch(Equipment::isHeldWeight);
    }

    /**
     * The week-1 dose pain allows: with pain of 6/10 or more anywhere the strength work is gentle, 2 sets at the
     * bottom of each range and shorter holds, in a beginner's weekly volume (whatever the level); otherwise the level's.
     */
    static Dose startDose(CatalogueExercise e, Level level, PainPicture pain) {
        return e.levelDose(pain.volumeLevel(level));
    }

    static boolean loadedHinge(CatalogueExercise e) {
        return e.isLoadedHinge();
    }

    /**
     * How much pain favours the exercise for a need: the compound lift leans hip-dominant with a hurting knee,
     * quad work knee-friendly, and calf work slow or isometric with foot-chain pain.
     */
    static int preference(CatalogueExercise e, Slot.Role role, MuscleGroup group, PainPicture pain) {
        int score = 0;
        if (pain.atLeast(PainArea.KNEE, PainBand.CAUTION_FROM)) {
            if ((role == Slot.Role.COMPOUND || role == Slot.Role.HEAVY) && e.isHinge()) {
                score += PREFERRED;
            }
            if (group == MuscleGroup.QUADS && e.isKneeFriendlyQuadWork()) {
                score += PREFERRED;
            }
        }
        if (pain.worstFootChain() >= PainBand.CAUTION_FROM && group == MuscleGroup.CALVES && slowCalfWork(e)) {
            score += PREFERRED;
        }
        return score;
    }

    /** Isometric holds and slow-lowering calf work (a lowering of 3 s or more). */
    static boolean slowCalfWork(CatalogueExercise e) {
        if (e.pattern() != dev.runstrength.planner.domain.Pattern.CALF_FOOT || !e.covers(MuscleGroup.CALVES)) {
            return false;
        }
        return e.prescription().isHold() || Tempo.lowering(e.prescription().tempo()) >= 3;
    }

    /** The nearest regression of {@code e} (breadth-first, nearest listed first) that is in the pool. */
    static CatalogueExercise regressionIn(CatalogueExercise e, List<CatalogueExercise> pool, Catalogue catalogue) {
        Deque<String> queue = new ArrayDeque<>(e.regressions());
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String id = queue.removeFirst();
            if (!seen.add(id)) {
                continue;
            }
            for (CatalogueExercise p : pool) {
                if (p.id().equals(id)) {
                    return p;
                }
            }
            catalogue.find(id).ifPresent(found -> queue.addAll(found.regressions()));
        }
        return null;
    }

    /** The tempo with pain's slow lowering: calf raises lower over 3 s or more with foot-chain pain of 3 or more. */
    static String tempo(CatalogueExercise e, PainPicture pain) {
        String own = e.prescription().tempo();
        if (pain.worstFootChain() >= PainBand.CAUTION_FROM && e.isCalfRaise() && Tempo.lowering(own) < 3) {
            return SLOW_LOWERING_TEMPO;
        }
        return own;
    }

    /** The cautions for this runner: the catalogue's that concern them, and pain's own, each once. */
    static List<String> cautions(CatalogueExercise e, PainPicture pain) {
        Set<String> out = new LinkedHashSet<>();
        boolean toeLevelSaid = false;
        for (String caution : e.cautions()) {
            if (concerns(caution, pain)) {
                out.add(caution);
                String lower = caution.toLowerCase(Locale.ROOT);
                toeLevelSaid |= lower.contains("level with the toes") || lower.contains("toe level");
            }
        }
        if (pain.worstFootChain() >= PainBand.CAUTION_FROM && e.isCalfRaise() && !toeLevelSaid) {
            out.add(TOE_LEVEL_CAUTION);
        }
        List<PainArea> watched = new ArrayList<>();
        for (PainArea area : pain.areas()) {
            LoadLevel load = e.load(area);
            PainBand band = pain.band(area);
            if (load != null && (band == PainBand.SEVERE
                    || (band != PainBand.NONE && load.compareTo(LoadLevel.MODERATE) >= 0))) {
                watched.add(area);
            }
        }
        if (!watched.isEmpty()) {
            String areas = watched.size() == 1
                    ? watched.get(0).words() + " pain (" + pain.severity(watched.get(0)) + "/10)"
                    : watched.stream().map(PainArea::words).collect(Collectors.joining(" and ")) + " pain";
            out.add("Your " + areas + ": " + MONITORING + ".");
        }
        return List.copyOf(out);
    }

    /** A catalogue caution concerns the runner unless it speaks of a pain in areas that do not hurt. */
    static boolean concerns(String caution, PainPicture pain) {
        Set<PainArea> named = CONDITIONS.computeIfAbsent(caution, PainRule::condition);
        if (named.isEmpty()) {
            return true;
        }
        for (PainArea a : named) {
            if (pain.severity(a) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The areas a caution's condition names ("With knee pain": KNEE), empty when it applies to everyone. */
    private static Set<PainArea> condition(String caution) {
        return CONDITIONAL.matcher(caution).find() ? named(caution) : Set.of();
    }

    /** The catalogue's cautions are few and fixed: their conditions are read once. */
    private static final java.util.Map<String, Set<PainArea>> CONDITIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<PainArea> named(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Set<PainArea> areas = EnumSet.noneOf(PainArea.class);
        if (t.contains("knee")) {
            areas.add(PainArea.KNEE);
        }
        if (t.contains("achilles")) {
            areas.add(PainArea.ACHILLES);
        }
        if (t.contains("heel")) {
            areas.add(PainArea.HEEL);
        }
        if (t.contains("calf") || t.contains("calves")) {
            areas.add(PainArea.CALF);
        }
        if (t.contains("foot") || t.contains("feet")) {
            areas.add(PainArea.FOOT);
        }
        if (t.contains("ankle")) {
            areas.add(PainArea.ANKLE);
        }
        if (t.contains("shin")) {
            areas.add(PainArea.SHIN);
        }
        if (t.contains("hamstring")) {
            areas.add(PainArea.HAMSTRING);
        }
        if (t.contains("hip")) {
            areas.add(PainArea.HIP);
        }
        if (t.contains("groin")) {
            areas.add(PainArea.GROIN);
        }
        if (t.contains("back")) {
            areas.add(PainArea.LOWER_BACK);
        }
        return areas;
    }

    @Override
    public void explain(PlanOutline plan, RationaleLog log) {
        PainPicture pain = plan.ctx().pain();
        if (!pain.any()) {
            return;
        }
        List<String> bands = new ArrayList<>();
        for (PainArea area : pain.areas()) {
            String where = "your " + area.words() + " (" + pain.severity(area) + "/10)";
            bands.add(switch (pain.band(area)) {
                case SEVERE -> where + ": nothing that loads it more than lightly";
                case CAUTION -> where + ": nothing that loads it heavily, and what loads it moderately carries the "
                        + "caution to " + MONITORING;
                default -> where + ": what loads it moderately or more carries the caution to " + MONITORING;
            });
        }
        StringBuilder s = new StringBuilder("Pain shapes this plan. For ").append(String.join("; for ", bands)).append('.');
        List<String> out = plan.keptOutByPain();
        if (!out.isEmpty()) {
            s.append(" Left out because of it: ").append(String.join(", ", out)).append('.');
        }
        if (!plan.painRegressions().isEmpty()) {
            s.append(" In their place: ").append(String.join("; ", plan.painRegressions())).append('.');
        }
        log.add(CODE_EXCLUSION, s.append(' ').append(NOT_MEDICAL_ADVICE).toString());
        explainKnee(plan, log, pain);
        explainFoot(plan, log, pain);
        if (pain.atLeast(PainArea.LOWER_BACK, PainBand.CAUTION_FROM)) {
            log.add(CODE_BACK, "Lower-back pain: no loaded hinges (deadlifts, swings) and nothing that loads the "
                    + "back heavily.");
        }
        if (pain.severeAnywhere()) {
            List<PainArea> severe = pain.areas().stream().filter(a -> pain.band(a) == PainBand.SEVERE).toList();
            log.add(CODE_SEVERE, "Pain of " + pain.worst() + "/10 (" + severe.stream().map(PainArea::words)
                    .collect(Collectors.joining(", ")) + ") is more than training should work around: nothing loads "
                    + "it more than lightly, no high-impact work, landing drills (skips, dribbles) or weights at all, the strength "
                    + "work is gentle (none of the hard exercises beyond a beginner's, such as a full Nordic curl, 2 sets "
                    + "at the bottom of each range, shorter holds, fewer exercises), and please see a physiotherapist or "
                    + "doctor. "
                    + NOT_MEDICAL_ADVICE);
        }
    }

    /** "a, b or c", each with its article ("a wall", "a box"). */
    private static String or(List<String> equipment) {
        List<String> named = equipment.stream().map(e -> (e.matches("^[aeiou].*") ? "an " : "a ") + e).toList();
        return named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + " or " + named.get(named.size() - 1);
    }

    private static void explainKnee(PlanOutline plan, RationaleLog log, PainPicture pain) {
        if (!pain.atLeast(PainArea.KNEE, PainBand.CAUTION_FROM)) {
            return;
        }
        StringBuilder s = new StringBuilder("Knee pain: no lunges or split squats, no deep knee bends, nothing kneeling "
                + "and no jumps.");
        List<String> quads = plan.strengthNames(CatalogueExercise::isKneeFriendlyQuadWork);
        if (quads.isEmpty()) {
            s.append(" No quad exercise fits your knee, equipment and level this time");
            List<String> missing = plan.equipmentForKneeFriendlyQuads();
            s.append(missing.isEmpty() ? "." : ": the knee-friendly ones (wall sit, Spanish squat, box squat, low step-up) need "
                    + or(missing) + ", which your profile does not list; add what you have and the next plan uses it.");
        } else {
            s.append(" Quads are trained with ").append(String.join(", ", quads))
                    .append(", at a depth or height that keeps the knee at 3/10 or less.");
        }
        List<String> hinges = plan.leadingHinges();
        if (!hinges.isEmpty()) {
            s.append(" Hip-dominant work leads: ").append(String.join(", ", hinges)).append('.');
        }
        log.add(CODE_KNEE, s.toString());
    }

    private static void explainFoot(PlanOutline plan, RationaleLog log, PainPicture pain) {
        if (pain.worstFootChain() < PainBand.CAUTION_FROM) {
            return;
        }
        List<String> areas = pain.areas().stream().filter(PainArea::isFootChain)
                .filter(a -> pain.severity(a) >= PainBand.CAUTION_FROM).map(PainArea::words).toList();
        StringBuilder s = new StringBuilder("Pain in your ").append(String.join(" and ", areas))
                .append(": no skips, dribbles, hops, rope or explosive push-offs.");
        List<String> raises = plan.strengthNames(CatalogueExercise::isCalfRaise);
        if (!raises.isEmpty()) {
            s.append(" Calf raises (").append(String.join(", ", raises))
                    .append(") stop at toe level and lower over 3 seconds.");
        }
        List<String> slow = plan.strengthNames(PainRule::slowCalfWork);
        if (!slow.isEmpty()) {
            s.append(" Calf work stays slow or isometric (").append(String.join(", ", slow))
                    .append("): a tendon needs load, at a level it tolerates.");
        }
        log.add(CODE_FOOT, s.toString());
    }
}
