package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The exercises chosen so far for one session template, and the choices still to make: each need is
 * filled by the allowed exercise the rules favour most ({@link #choose}), the time budget trims
 * ({@link #fit}) and extras fill up to the level's volume ({@link #extras}). {@link SessionDesigner}
 * decides the order of the needs.
 */
final class SessionPicks {

    /** An extra that covers a group the session has not yet worked. */
    static final int NEW_GROUP = 20;
    /** An extra for a group the session already works twice. */
    static final int CROWDED_GROUP = 15;
    /** An extra of a small pattern the session already holds (a second calf raise, a second plank). */
    static final int SAME_PATTERN = 40;
    /** An exercise the week's other session already holds: two sessions should not be one repeated. */
    static final int IN_OTHER_SESSION = 50;

    final String label;
    final SessionKind kind;
    final List<CatalogueExercise> pool;
    final List<CalendarWeek> weeks;
    final List<Slot> slots = new ArrayList<>();
    final List<String> dropped = new ArrayList<>();
    final Map<String, Integer> seconds = new HashMap<>();
    final Set<String> siblings;
    final Set<String> poolIds = new HashSet<>();
    /** PREPARE and RECOVER exercises of the session: an extra may not share their ladders. */
    final List<String> support = new ArrayList<>();
    Set<MuscleGroup> openGroups = EnumSet.noneOf(MuscleGroup.class);
    boolean setsCut;
    /** Whether squat or lunge quad work is open to this session (then a straight-leg raise is only a stand-in). */
    final boolean quadWorkOpen;

    private final PlanningContext ctx;
    private final SessionDosing dosing;

    SessionPicks(PlanningContext ctx, SessionDosing dosing, String label, SessionKind kind, List<CatalogueExercise> pool,
                 List<CalendarWeek> weeks, Set<String> siblings) {
        this.ctx = ctx;
        this.dosing = dosing;
        this.label = label;
        this.kind = kind;
        this.pool = pool;
        this.weeks = weeks;
        this.siblings = siblings;
        pool.forEach(e -> poolIds.add(e.id()));
        this.quadWorkOpen = pool.stream().anyMatch(e -> CoverageRule.counts(e, MuscleGroup.QUADS));
    }

    boolean inPool(CatalogueExercise e) {
        return e != null && poolIds.contains(e.id());
    }

    boolean usable(CatalogueExercise e) {
        return !CoverageRule.secondLoadedHinge(e, slots) && fits(e);
    }

    /** Whether the exercise may join the session's picks: no exercise or ladder twice, warm-up and cool-down kept where they were. */
    private boolean fits(CatalogueExercise e) {
        Ladders ladders = ctx.catalogue().ladders();
        for (Slot s : slots) {
            if (s.id().equals(e.id()) || ladders.sameLadder(s.id(), e.id())) {
                return false;
            }
        }
        for (String id : support) {
            if (id.equals(e.id()) || ladders.sameLadder(id, e.id())) {
                return false;
            }
        }
        // a replan keeps the session's warm-up and cool-down exercises where they were
        PreviousPlan previous = ctx.continuing();
        return previous == null || !(previous.had(e.id(), label, BlockPhase.PREPARE)
                || previous.had(e.id(), label, BlockPhase.RECOVER));
    }

    /**
     * Adds a replan's kept exercise. The one-loaded-hinge rule does not apply: a first plan never holds two, so two
     * kept ones mean tracking moved one up its ladder (single-leg deadlift to its weighted rung), and what tracking
     * sent is prescribed as sent (rule 11).
     */
    boolean add(Slot slot) {
        if (!fits(slot.exercise())) {
            return false;
        }
        slots.add(placed(slot));
        return true;
    }

    /** The session's heavy lift, or null. */
    CatalogueExercise heavyLift() {
        return slots.stream().filter(Slot::heavy).map(Slot::exercise).findFirst().orElse(null);
    }

    /** The slot marked as supporting work when the session has a heavy lift and it is a lower-body compound. */
    Slot placed(Slot slot) {
        return slot.withSupporting(!slot.heavy() && heavyLift() != null && HeavyLiftRule.supports(slot.exercise()));
    }

    /** Marks the slots chosen before the heavy lift (a replan's kept ones). */
    void settle() {
        slots.replaceAll(this::placed);
    }

    boolean none(Predicate<CatalogueExercise> what) {
        return slots.stream().noneMatch(s -> what.test(s.exercise()));
    }

    boolean covered(MuscleGroup g) {
        return slots.stream().anyMatch(s -> CoverageRule.counts(s.exercise(), g));
    }

    int openGroupGain(CatalogueExercise e) {
        int gain = 0;
        for (MuscleGroup g : openGroups) {
            if (!covered(g) && CoverageRule.counts(e, g)) {
                gain += NEW_GROUP / 2;
            }
        }
        return gain;
    }

    /** How much the rules favour the exercise for this session, before what the need adds. */
    int preference(CatalogueExercise e) {
        return StapleVariety.preference(ctx.runnerSeed(), label, e) + LevelRule.preference(e, poolIds, ctx)
                + ctx.progression().preference(e.id())
                + CoverageRule.standInPreference(e, quadWorkOpen, ctx.pain())
                - (siblings.contains(e.id()) ? IN_OTHER_SESSION : 0);
    }

    /** The allowed exercise the rules favour most for a need (ties by id), placed where tracking moved it. */
    void choose(Predicate<CatalogueExercise> need, Slot.Role role, boolean heavy, ToIntFunction<CatalogueExercise> extra) {
        CatalogueExercise best = null;
        int bestScore = Integer.MIN_VALUE;
        for (CatalogueExercise e : pool) {
            if (need.test(e) && usable(e) && !movedOn(e)) {
                int score = preference(e) + extra.applyAsInt(e);
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
        }
        if (best != null) {
            add(Slot.strength(best, role, heavy, movedFrom(best)));
        }
    }

    /** Tracking moved the runner on from this exercise to one the rules allow here: that one is chosen instead. */
    boolean movedOn(CatalogueExercise e) {
        return ctx.progression().moveOf(e.id()).flatMap(ctx.catalogue()::find).filter(this::inPool).isPresent();
    }

    /** The exercise tracking moved the runner on from to this one, when it is in this plan's reach. */
    CatalogueExercise movedFrom(CatalogueExercise e) {
        return ctx.progression().movedFrom(e.id()).flatMap(ctx.catalogue()::find).orElse(null);
    }

    /** A kept exercise that can carry the heavy lift becomes it (the one this session leans to). */
    void markHeavy(int index) {
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < slots.size(); i++) {
            CatalogueExercise e = slots.get(i).exercise();
            if (HeavyLiftRule.candidate(e) && HeavyLiftRule.preference(e, index) > bestScore) {
                best = i;
                bestScore = HeavyLiftRule.preference(e, index);
            }
        }
        if (best >= 0) {
            Slot s = slots.get(best);
            slots.set(best, s.asHeavy());
        }
    }

    /** Jumps fit while their lowest doses stay within the smallest foot-contact allowance of the session's weeks. */
    boolean jumpFits(CatalogueExercise e) {
        long jumps = slots.stream().filter(s -> s.exercise().isPlyometric()).count();
        if (e.isPlyometric() && jumps >= PlyometricsGate.MOST_JUMP_EXERCISES) {
            return false;
        }
        if (e.footContactsPerRep() == 0) {
            return true;
        }
        int allowance = Integer.MAX_VALUE;
        boolean introduction = !ctx.knowsPlyometrics();
        int jumpWeek = 0;
        for (CalendarWeek w : ctx.calendar().weeks()) {
            if (w.phase().isRegular()) {
                jumpWeek++;
            }
            if (weeks.contains(w)) {
                allowance = Math.min(allowance, PlyometricsGate.weekCap(ctx.level(), introduction, jumpWeek, w.deload()));
            }
        }
        int need = lowestContacts(e);
        for (Slot s : slots) {
            need += lowestContacts(s.exercise());
        }
        return need <= allowance;
    }

    private int lowestContacts(CatalogueExercise e) {
        if (e.footContactsPerRep() == 0) {
            return 0;
        }
        int bottom = e.reference().range().bottom();
        return PlyometricsGate.contacts(e.footContactsPerRep(), ctx.level().sets(), e.prescription().isHold()
                ? null : bottom, e.prescription().isHold() ? bottom : null, e.prescription().perSide());
    }

    int seconds(Slot s) {
        return seconds.computeIfAbsent(s.id() + '/' + s.setsCap() + '/' + s.heavy() + '/' + s.supporting(),
                k -> dosing.mostSeconds(s, weeks));
    }

    int total() {
        int total = 0;
        for (Slot s : slots) {
            total += seconds(s);
        }
        return total;
    }

    /**
     * Cuts sets toward 1 (never a tracked dose's: {@link SessionDosing}), then drops picks: the ones tracking has no
     * dose for first, then tracked ones, the runner's progressed ones last (rule 11), each time the latest pick of the
     * least held kind; the heavy lift, the compound lift and the single-leg work only when nothing else is left.
     */
    void fit(int available) {
        int levelSets = ctx.level().sets();
        for (int cap = levelSets - 1; cap >= 1 && total() > available; cap--) {
            for (int i = 0; i < slots.size(); i++) {
                if (!slots.get(i).heavy()) {
                    slots.set(i, slots.get(i).withSetsCap(cap));
                }
            }
            setsCut = true;
        }
        List<Slot> before = new ArrayList<>(slots);
        List<Slot> out = new ArrayList<>();
        while (total() > available && !slots.isEmpty()) {
            Slot s = slots.remove(droppable());
            out.add(s);
            dropped.add(s.exercise().name());
        }
        if (!out.isEmpty()) {
            putBack(before, out, available);
        }
        if (setsCut) {
            raiseSets(levelSets, available);
        }
    }

    /**
     * A pick left out later may have freed the time an earlier one needed (a tracked dose's sets are never cut, so it
     * goes whole): the ones left out go back in while they fit, the last left out first, but never one held less
     * firmly than a pick that stays out (untracked work does not take the place of tracked work).
     */
    private void putBack(List<Slot> before, List<Slot> out, int available) {
        boolean anyBack = false;
        List<Slot> stillOut = new ArrayList<>(out);
        for (int i = out.size() - 1; i >= 0; i--) {
            Slot s = out.get(i);
            Hold held = hold(s);
            boolean firmest = stillOut.stream().allMatch(o -> o == s || hold(o).compareTo(held) <= 0);
            if (firmest && total() + seconds(s) <= available) {
                slots.add(s);
                anyBack = true;
                stillOut.remove(s);
                dropped.remove(s.exercise().name());
            }
        }
        if (anyBack) {
            List<Slot> kept = new ArrayList<>(before);
            kept.retainAll(slots);
            slots.clear();
            slots.addAll(kept);
        }
    }

    /** Sets cut for time come back, a set at a time and in pick order, while the session still fits. */
    private void raiseSets(int levelSets, int available) {
        for (int cap = 2; cap <= levelSets; cap++) {
            for (int i = 0; i < slots.size(); i++) {
                Slot s = slots.get(i);
                if (s.setsCap() < cap) {
                    slots.set(i, s.withSetsCap(cap == levelSets ? Integer.MAX_VALUE : cap));
                    if (total() > available) {
                        slots.set(i, s);
                    }
                }
            }
        }
        setsCut = slots.stream().anyMatch(s -> s.setsCap() < levelSets);
    }

    /** How firmly a pick is held when time runs short. */
    enum Hold { UNTRACKED, TRACKED, PROGRESSED }

    /**
     * A pick tracking has a dose for is TRACKED, and PROGRESSED when the runner has moved on with it: a new rung of a
     * ladder, or a dose above the one the plan would start them at (more reps or seconds a set, or more load). The held
     * state does not keep tracking's decision, so this is read from the dose.
     */
    Hold hold(Slot s) {
        if (weeks.isEmpty()) {
            return Hold.UNTRACKED;
        }
        Dose tracked = dosing.tracked(s, weeks.get(0)).orElse(null);
        if (tracked == null) {
            return Hold.UNTRACKED;
        }
        if (ctx.progression().movedFrom(s.id()).isPresent()) {
            return Hold.PROGRESSED;
        }
        Dose level = PainRule.startDose(s.exercise(), ctx.level(), ctx.pain());
        Dose fresh = s.heavy() ? HeavyLiftRule.start(ctx.level())
                : s.supporting() ? HeavyLiftRule.supporting(s.exercise(), level) : level;
        // what the plan would start them at in this phase: a set fewer in PEAK, half in TAPER
        Dose start = switch (weeks.get(0).phase()) {
            case PEAK -> s.heavy() ? fresh : TrainingPhaseRule.peak(fresh);
            case TAPER -> TrainingPhaseRule.taper(fresh);
            case RECOVERY -> TrainingPhaseRule.recovery(s.exercise(), null);
            default -> fresh;
        };
        boolean heavier = tracked.loaded() && (!start.loaded() || tracked.loadKg() > start.loadKg());
        // per set, since the time budget may have cut the sets of the plan it was done in
        boolean more = tracked.countsHold() == start.countsHold() && tracked.amount() > start.amount();
        return heavier || more ? Hold.PROGRESSED : Hold.TRACKED;
    }

    private int droppable() {
        Map<Slot, Hold> holds = new HashMap<>();
        slots.forEach(s -> holds.put(s, hold(s)));
        Slot heavy = slots.stream().filter(Slot::heavy).findFirst().orElse(null);
        // the compound and single-leg work kept are the ones held most firmly (the first such on a tie)
        Predicate<Slot> singleLeg = s -> s.exercise().unilateral() && !s.exercise().isPower();
        // of compound lifts held alike, a single-leg one is kept: it is the single-leg work too, so no second pick is held
        Slot compound = firmest(s -> s.exercise().isCompound() && singleLeg.test(s), holds);
        Slot other = firmest(s -> s.exercise().isCompound(), holds);
        if (compound == null || (other != null && holds.get(other).compareTo(holds.get(compound)) > 0)) {
            compound = other;
        }
        Slot single = compound != null && singleLeg.test(compound) ? compound : firmest(singleLeg, holds);
        if (single != null && single.exercise().isCompound()) {
            compound = single; // the single-leg work kept is a compound lift: a second one need not be shielded
        }
        int drop = -1;
        for (int i = slots.size() - 1; i >= 0; i--) {
            Slot s = slots.get(i);
            if (s != heavy && s != compound && s != single
                    && (drop < 0 || holds.get(s).compareTo(holds.get(slots.get(drop))) < 0)) {
                drop = i;
            }
        }
        return drop >= 0 ? drop : slots.size() - 1;
    }

    private Slot firmest(Predicate<Slot> what, Map<Slot, Hold> holds) {
        Slot best = null;
        for (Slot s : slots) {
            if (what.test(s) && (best == null || holds.get(s).compareTo(holds.get(best)) > 0)) {
                best = s;
            }
        }
        return best;
    }

    /**
     * Extras while the level's volume, the exercise count and the time allow: each time the one the rules
     * favour most given what the session already holds.
     */
    void extras(int available, int most, boolean power) {
        Level volume = ctx.pain().volumeLevel(ctx.level());
        int levelSets = volume.sets();
        int setsLimit = TimeBudgetRule.sessionSets(volume, ctx.profile().sessionsPerWeek());
        int sets = 0;
        for (Slot s : slots) {
            sets += dosing.sets(s, weeks);
        }
        int time = total();
        CatalogueExercise heavy = heavyLift();
        List<CatalogueExercise> candidates = new ArrayList<>();
        List<Integer> base = new ArrayList<>();
        for (CatalogueExercise e : pool) {
            // an extra is never a second squat beside a heavy squat, or a second hinge beside a heavy hinge
        if (usable(e) && !movedOn(e) && !(e.isPower() && !power) && HeavyLiftRule.partnerPreference(e, heavy) >= 0) {
                candidates.add(e);
                base.add(preference(e));
            }
        }
        while (slots.size() < most && sets + levelSets <= setsLimit && !candidates.isEmpty()) {
            int best = -1;
            int bestScore = Integer.MIN_VALUE;
            for (int i = 0; i < candidates.size(); i++) {
                int score = base.get(i) + extraPreference(candidates.get(i));
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            CatalogueExercise e = candidates.remove(best);
            base.remove(best);
            if ((e.isPower() && !jumpFits(e)) || CoverageRule.secondLoadedHinge(e, slots)) {
                continue;
            }
            Slot slot = placed(Slot.strength(e, Slot.Role.EXTRA, false, movedFrom(e)));
            int cost = seconds(slot);
            if (time + cost <= available) {
                slots.add(slot);
                time += cost;
                sets += dosing.sets(slot, weeks);
                for (int i = candidates.size() - 1; i >= 0; i--) {
                    if (ctx.catalogue().ladders().sameLadder(e.id(), candidates.get(i).id())) {
                        candidates.remove(i);
                        base.remove(i);
                    }
                }
            }
        }
    }

    /**
     * The same kind of work: one pattern and a muscle group in common (or none at all). A knee drive and a hip thrust
     * share the HIP pattern but not their work (hip flexors, glutes), and a session may well hold both.
     */
    static boolean sameWork(CatalogueExercise a, CatalogueExercise b) {
        if (a.pattern() != b.pattern()) {
            return false;
        }
        boolean anyA = false;
        boolean anyB = false;
        for (MuscleGroup g : CoverageRule.REQUIRED_GROUPS) {
            boolean ca = CoverageRule.counts(a, g);
            boolean cb = CoverageRule.counts(b, g);
            if (ca && cb) {
                return true;
            }
            anyA |= ca;
            anyB |= cb;
        }
        return !anyA || !anyB;
    }

    private int extraPreference(CatalogueExercise e) {
        // an extra is not drawn to the heavy lift's other pattern: the single-leg pick has served it, and the week's
        // other session leads with it
        int score = GoalEmphasis.preference(ctx.profile().goal(), e);
        for (MuscleGroup g : CoverageRule.REQUIRED_GROUPS) {
            if (!CoverageRule.counts(e, g)) {
                continue;
            }
            long already = slots.stream().filter(s -> CoverageRule.counts(s.exercise(), g)).count();
            score += already == 0 ? NEW_GROUP : already >= 2 ? -CROWDED_GROUP : -CROWDED_GROUP / 2;
        }
        if (slots.stream().anyMatch(s -> sameWork(s.exercise(), e))) {
            // a second squat or hinge compound is a real pairing (heavy and single-leg); a second calf raise or plank is
            // not, nor a wall sit or Spanish squat beside a squat (the same quads, the same knee angle)
            score -= e.isCompound() ? CROWDED_GROUP : SAME_PATTERN;
        }
        return score;
    }
}
