package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import dev.runstrength.dose.SupportDose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * PREPARE and RECOVER work of one session (rules 1 and 2): one mobilising and one activating exercise,
 * and a flush or stretch, then as many more (up to {@value #MOST_PREPARE} and {@value #MOST_RECOVER}), reps
 * or seconds and rounds (up to {@value #MOST_ROUNDS}) as bring the block to its time ({@link TimeBudgetRule}),
 * never past it. More exercises come before more rounds: four rounds of one drill is not a warm-up. A replan
 * keeps the current plan's exercises of the session, and tracking's dose of one is taken as sent (rule 11): to hold
 * it the block may run a little over its time ({@link TimeBudgetRule#toleratedSeconds}), or leave a drill out, before
 * a tracked dose is ever cut short.
 * The dose is the same every week, and in every session that holds the exercise: the first session's dose is
 * kept by the later ones, so tracking, which progresses an exercise's one dose, moves them all alike.
 */
final class SupportDesigner {

    static final int MOST_PREPARE = 4;
    static final int MOST_RECOVER = 3;
    static final int MOST_ROUNDS = 2;
    /** How close to its time a block must come before it stops growing. */
    static final int CLOSE_SECONDS = 30;

    private final PlanningContext ctx;
    /** Exercises whose tracked dose the time budget cut short, for the rationale. */
    final List<String> shortened = new ArrayList<>();
    /** Exercises with a tracked dose the time budget left out, for the rationale. */
    final List<String> dropped = new ArrayList<>();
    /** The dose each exercise got in the first session of its kind that held it, by kind, block and exercise id. */
    private final Map<String, Dose> given = new HashMap<>();

    SupportDesigner(PlanningContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The PREPARE block. {@code room} is the session's time the strength work and both blocks at their own times leave:
     * the most the block may run over (within its tolerance) to hold what tracking sent.
     */
    List<Slot> prepare(SessionKind kind, TrainingPhase firstPhase, String label, List<String> sessionIds, int room) {
        List<Predicate<CatalogueExercise>> roles = List.of(ThreePhaseStructure::mobilizes, ThreePhaseStructure::activates);
        List<Purpose> purposes = List.of(Purpose.MOBILIZE, Purpose.ACTIVATE);
        return block(new Placement(kind, firstPhase, BlockPhase.PREPARE), label, sessionIds, roles, purposes,
                MOST_PREPARE, TimeBudgetRule.prepareSeconds(ctx.profile().minutesPerSession()), room);
    }

    /** The RECOVER block; {@code room} as for {@link #prepare}, less what PREPARE took of it. */
    List<Slot> recover(SessionKind kind, TrainingPhase firstPhase, String label, List<String> sessionIds, int room) {
        return block(new Placement(kind, firstPhase, BlockPhase.RECOVER), label, sessionIds,
                List.of(ThreePhaseStructure::recovers), java.util.Arrays.asList((Purpose) null),
                MOST_RECOVER, TimeBudgetRule.recoverSeconds(ctx.profile().minutesPerSession()), room);
    }

    private List<Slot> block(Placement where, String label, List<String> sessionIds,
                             List<Predicate<CatalogueExercise>> roles, List<Purpose> purposes, int most, int target,
                             int room) {
        List<CatalogueExercise> pool = ctx.pool(where);
        List<String> taken = new ArrayList<>(sessionIds);
        List<Slot> slots = new ArrayList<>();
        // a replan keeps the session's exercises of this block, moved along their ladders by tracking
        PreviousPlan previous = ctx.continuing();
        if (previous != null) {
            previous.slots().forEach((id, places) -> {
                if (previous.had(id, label, where.block())) {
                    CatalogueExercise kept = placed(id, pool);
                    if (kept != null && usable(kept, taken) && slots.size() < most) {
                        slots.add(slot(kept, where, purposeOf(kept, roles, purposes)));
                        taken.add(kept.id());
                    }
                }
            });
        }
        for (int r = 0; r < roles.size(); r++) {
            Predicate<CatalogueExercise> role = roles.get(r);
            if (slots.stream().noneMatch(s -> role.test(s.exercise()))) {
                pick(pool, role, label, taken).ifPresent(e -> {
                    slots.add(slot(e, where, purposeOf(e, roles, purposes)));
                    taken.add(e.id());
                });
            }
        }
        List<Slot> filled = fill(slots, pool, roles, purposes, label, taken, most, target, room, where);
        filled.forEach(s -> given.putIfAbsent(key(s.exercise(), where), s.supportDose()));
        return filled;
    }

    private static String key(CatalogueExercise e, Placement where) {
        return where.kind() + "/" + where.block() + "/" + e.id();
    }

    /** The dose an exercise keeps as it is: tracking's, else the one an earlier session of the plan gave it. */
    private Optional<Dose> fixed(CatalogueExercise e, Placement where) {
        return tracked(e, where.block()).or(() -> Optional.ofNullable(given.get(key(e, where))));
    }

    private CatalogueExercise placed(String id, List<CatalogueExercise> pool) {
        String target = ctx.progression().moveOf(id).orElse(id);
        for (CatalogueExercise e : pool) {
            if (e.id().equals(target)) {
                return e;
            }
        }
        for (CatalogueExercise e : pool) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    private boolean usable(CatalogueExercise e, List<String> taken) {
        if (taken.contains(e.id())) {
            return false;
        }
        Set<String> relatives = ctx.catalogue().ladders().relatives(e.id());
        if (relatives.isEmpty()) {
            return true;
        }
        for (String t : taken) {
            if (relatives.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private Optional<CatalogueExercise> pick(List<CatalogueExercise> pool, Predicate<CatalogueExercise> role, String label,
                                           List<String> taken) {
        CatalogueExercise best = null;
        int bestScore = Integer.MIN_VALUE;
        for (CatalogueExercise e : pool) {
            if (role.test(e) && usable(e, taken)
                    && ctx.progression().moveOf(e.id()).flatMap(ctx.catalogue()::find).filter(pool::contains).isEmpty()) {
                int score = StapleVariety.variation(ctx.runnerSeed(), label, e.id()) + ctx.progression().preference(e.id());
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Purpose purposeOf(CatalogueExercise e, List<Predicate<CatalogueExercise>> roles, List<Purpose> purposes) {
        for (int r = 0; r < roles.size(); r++) {
            if (roles.get(r).test(e) && purposes.get(r) != null) {
                return purposes.get(r);
            }
        }
        return e.hasPurpose(Purpose.STRETCH) ? Purpose.STRETCH : Purpose.FLUSH;
    }

    private Slot slot(CatalogueExercise e, Placement where, Purpose purpose) {
        BlockPhase block = where.block();
        Dose dose = fixed(e, where).orElseGet(() -> SupportDose.dose(e.reference(), 1, SupportDose.normal(e.reference())));
        Slot.Role role = block == BlockPhase.RECOVER ? Slot.Role.RECOVER
                : purpose == Purpose.ACTIVATE ? Slot.Role.ACTIVATE : Slot.Role.MOBILIZE;
        return Slot.support(e, role, purpose, dose);
    }

    private Optional<Dose> tracked(CatalogueExercise e, BlockPhase block) {
        return ctx.progression().dose(e, ctx.level(), block, false);
    }

    private List<Slot> fill(List<Slot> slots, List<CatalogueExercise> pool, List<Predicate<CatalogueExercise>> roles,
                            List<Purpose> purposes, String label, List<String> taken, int most, int target, int room,
                            Placement where) {
        BlockPhase block = where.block();
        int time = seconds(slots);
        int role = 0;
        boolean grew = true;
        while (time < target - CLOSE_SECONDS && grew) {
            grew = false;
            // another exercise, taking turns between the roles
            if (slots.size() < most) {
                for (int tries = 0; tries < roles.size() && !grew; tries++) {
                    Predicate<CatalogueExercise> r = roles.get((role + tries) % roles.size());
                    Optional<Slot> next = fitting(pool, r, label, taken, where, roles, purposes, target - time);
                    if (next.isPresent()) {
                        slots.add(next.get());
                        taken.add(next.get().id());
                        time += seconds(next.get());
                        grew = true;
                    }
                }
                role++;
                if (grew) {
                    continue;
                }
            }
            // a second round, then longer rounds: first on the exercises whose dose is not fixed, and only when
            // that is not enough, on those an earlier session gave a dose (its time is the firmer promise)
            for (int pass = 0; pass < 2 && !grew; pass++) {
                for (int i = 0; i < slots.size() && !grew; i++) {
                    Slot s = slots.get(i);
                    boolean growable = pass == 0 ? fixed(s.exercise(), where).isEmpty() : tracked(s.exercise(), block).isEmpty();
                    if (!growable) {
                        continue;
                    }
                    Slot longer = longer(s);
                    if (longer != null) {
                        int after = time - seconds(s) + seconds(longer);
                        if (after <= target) {
                            slots.set(i, longer);
                            time = after;
                            grew = true;
                        }
                    }
                }
            }
        }
        // over the time even at one round each (a short budget): the shortest rounds, then the fewest exercises
        for (int i = 0; i < slots.size() && time > target; i++) {
            Slot s = slots.get(i);
            if (fixed(s.exercise(), where).isEmpty()) {
                Slot shorter = s.withSupportDose(SupportDose.shortestDose(s.exercise().reference()));
                time += seconds(shorter) - seconds(s);
                slots.set(i, shorter);
            }
        }
        // then the fewest exercises: untracked ones first, from the last, while every role stays held
        for (int i = slots.size() - 1; i >= 0 && time > target; i--) {
            if (tracked(slots.get(i).exercise(), block).isEmpty() && spare(slots, i, roles)) {
                time -= seconds(slots.remove(i));
            }
        }
        // a dose tracking sent is prescribed as sent (rule 11): the block may run a little over its time for it, out of
        // time the session's strength work does not need
        int limit = Math.min(TimeBudgetRule.toleratedSeconds(target, block), target + Math.max(0, room));
        // still over: a tracked exercise no role needs, from the last, and said so
        for (int i = slots.size() - 1; i >= 0 && time > limit; i--) {
            if (spare(slots, i, roles)) {
                Slot s = slots.remove(i);
                time -= seconds(s);
                dropped.add(s.exercise().name());
            }
        }
        // only the exercises each role needs, and still over (a very short budget): a tracked one gives way to another
        // drill of its role at its short round, and said so
        for (int i = slots.size() - 1; i >= 0 && time > limit; i--) {
            Slot s = slots.get(i);
            if (tracked(s.exercise(), block).isEmpty()) {
                continue;
            }
            List<Predicate<CatalogueExercise>> held = new ArrayList<>();
            for (Predicate<CatalogueExercise> r : roles) {
                if (r.test(s.exercise()) && !spare(slots, i, List.of(r))) {
                    held.add(r);
                }
            }
            Optional<CatalogueExercise> other = pick(pool, e -> held.stream().allMatch(r -> r.test(e))
                    && tracked(e, block).isEmpty() && fixed(e, where).isEmpty(), label, taken);
            if (other.isPresent()) {
                Slot in = slot(other.get(), where, purposeOf(other.get(), roles, purposes))
                        .withSupportDose(SupportDose.shortestDose(other.get().reference()));
                if (seconds(in) < seconds(s)) {
                    time += seconds(in) - seconds(s);
                    slots.set(i, in);
                    taken.add(in.id());
                    dropped.add(s.exercise().name());
                }
            }
        }
        // and still over: shorter, and said so
        for (int i = 0; i < slots.size() && time > limit; i++) {
            Slot s = slots.get(i);
            Slot shorter = s.withSupportDose(SupportDose.shortestDose(s.exercise().reference()));
            if (!shorter.supportDose().equals(s.supportDose())) {
                time += seconds(shorter) - seconds(s);
                slots.set(i, shorter);
                shortened.add(s.exercise().name());
            }
        }
        return slots;
    }

    /**
     * The best drill of a role that fits the block's {@code left} seconds at its usual dose, else the best at its short
     * round: when the favourite is too long for what is left, another drill fills the block rather than none.
     */
    private Optional<Slot> fitting(List<CatalogueExercise> pool, Predicate<CatalogueExercise> role, String label,
                                   List<String> taken, Placement where, List<Predicate<CatalogueExercise>> roles,
                                   List<Purpose> purposes, int left) {
        Optional<Slot> usual = pick(pool, role.and(e -> seconds(slot(e, where, purposeOf(e, roles, purposes))) <= left),
                label, taken).map(e -> slot(e, where, purposeOf(e, roles, purposes)));
        if (usual.isPresent()) {
            return usual;
        }
        return pick(pool, role.and(e -> fixed(e, where).isEmpty() && seconds(shortest(e, where, roles, purposes)) <= left),
                label, taken).map(e -> shortest(e, where, roles, purposes));
    }

    private Slot shortest(CatalogueExercise e, Placement where, List<Predicate<CatalogueExercise>> roles,
                          List<Purpose> purposes) {
        return slot(e, where, purposeOf(e, roles, purposes)).withSupportDose(SupportDose.shortestDose(e.reference()));
    }

    /**
     * Whether the block can do without slot {@code i}: it keeps at least one exercise per role, and every role
     * (rule 1: a mobilising and an activating exercise, a flush or stretch) still held.
     */
    private static boolean spare(List<Slot> slots, int i, List<Predicate<CatalogueExercise>> roles) {
        if (slots.size() <= roles.size()) {
            return false;
        }
        for (Predicate<CatalogueExercise> role : roles) {
            boolean held = false;
            for (int j = 0; j < slots.size() && !held; j++) {
                held = j != i && role.test(slots.get(j).exercise());
            }
            if (!held) {
                return false;
            }
        }
        return true;
    }

    /** The slot one fill step longer, or a round more at the normal amount; null when it is at its most. */
    private static Slot longer(Slot s) {
        Dose d = s.supportDose();
        int longer = Math.min(SupportDose.longest(s.exercise().reference()),
                d.amount() + SupportDose.fillStep(s.exercise().reference()));
        Dose more = longer > d.amount() ? d.withAmount(longer)
                : d.sets() < MOST_ROUNDS ? d.withSets(d.sets() + 1).withAmount(SupportDose.normal(s.exercise().reference()))
                : null;
        return more == null ? null : s.withSupportDose(more);
    }

    int seconds(List<Slot> slots) {
        int total = 0;
        for (Slot s : slots) {
            total += seconds(s);
        }
        return total;
    }

    private int seconds(Slot s) {
        return ctx.seconds(s.exercise(), s.supportDose(), s.exercise().prescription().tempo(),
                s.exercise().prescription().restSeconds());
    }

    static Set<String> ids(List<Slot> slots) {
        Set<String> ids = new java.util.TreeSet<>();
        slots.forEach(s -> ids.add(s.id()));
        return ids;
    }
}
