package dev.runstrength.planner.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the exercises of each session template, the way a coach writes a session: what a replan keeps,
 * then the heavy main lift, power work, the compound lift, single-leg work, the muscle groups of the day and
 * rotation, each filled by the allowed exercise the rules prefer ({@link SessionPicks#choose}); then the time budget;
 * then extras up to the level's volume; then PREPARE and RECOVER ({@link SupportDesigner}). Every pick
 * comes from {@link PlanningContext#pool}, so every rule has had its say on what may be there.
 */
final class SessionDesigner {

    /** A taper or recovery session holds about half a regular session's exercises. */
    static final int LIGHT_SESSION_EXERCISES = 4;

    private final PlanningContext ctx;
    private final SessionDosing dosing;
    private final SupportDesigner support;

    SessionDesigner(PlanningContext ctx, SessionDosing dosing) {
        this.ctx = ctx;
        this.dosing = dosing;
        this.support = new SupportDesigner(ctx);
    }

    Map<SessionKind, List<SessionTemplate>> design() {
        Map<SessionKind, List<SessionTemplate>> templates = new EnumMap<>(SessionKind.class);
        int perWeek = ctx.profile().sessionsPerWeek();
        for (SessionKind kind : SessionKind.values()) {
            List<CalendarWeek> weeks = ctx.calendar().weeks().stream().filter(w -> w.kind() == kind).toList();
            if (weeks.isEmpty()) {
                continue;
            }
            int most = weeks.stream().mapToInt(w -> TrainingPhaseRule.sessionsFor(w.phase(), perWeek)).max().orElse(1);
            int count = kind == SessionKind.TAPER ? 1 : Math.min(2, most);
            List<SessionTemplate> list = new ArrayList<>();
            Set<MuscleGroup> covered = EnumSet.noneOf(MuscleGroup.class);
            boolean rotation = false;
            for (int i = 0; i < count; i++) {
                SessionTemplate t = design(kind, weeks, i, count, covered, rotation, list);
                for (Slot s : t.strengthen()) {
                    CoverageRule.REQUIRED_GROUPS.stream().filter(g -> CoverageRule.counts(s.exercise(), g)).forEach(covered::add);
                    rotation |= s.exercise().isRotation();
                    ctx.introduce(s.id());
                }
                list.add(t);
            }
            templates.put(kind, list);
        }
        return templates;
    }

    /** How a recovery session's label starts. */
    static final String RECOVERY_LABEL = "Recovery session ";

    static String label(SessionKind kind, int index) {
        char letter = (char) ('A' + index);
        return switch (kind) {
            case REGULAR -> "Session " + letter;
            case RECOVERY -> RECOVERY_LABEL + letter;
            case TAPER -> "Taper session";
        };
    }

    private SessionTemplate design(SessionKind kind, List<CalendarWeek> weeks, int index, int count,
                                   Set<MuscleGroup> coveredBefore, boolean rotationBefore, List<SessionTemplate> earlier) {
        String label = label(kind, index);
        TrainingPhase firstPhase = weeks.get(0).phase();
        List<CatalogueExercise> pool = ctx.pool(new Placement(kind, firstPhase, BlockPhase.STRENGTHEN));
        Set<String> siblings = new HashSet<>();
        earlier.forEach(t -> t.strengthen().forEach(slot -> siblings.add(slot.id())));
        SessionPicks picks = new SessionPicks(ctx, dosing, label, kind, pool, weeks, siblings);
        int most = kind == SessionKind.REGULAR ? TimeBudgetRule.mostExercises(ctx.pain().volumeLevel(ctx.level())) : LIGHT_SESSION_EXERCISES;
        keep(picks);

        boolean heavy = HeavyLiftRule.applies(ctx, kind);
        if (heavy && picks.slots.stream().noneMatch(Slot::heavy)) {
            picks.markHeavy(index);
        }
        if (heavy && picks.slots.stream().noneMatch(Slot::heavy)) {
            picks.choose(HeavyLiftRule::candidate, Slot.Role.HEAVY, true, e -> HeavyLiftRule.preference(e, index));
        }
        picks.settle();
        boolean power = kind == SessionKind.REGULAR && PlyometricsGate.powerWanted(ctx, weeks);
        if (power && picks.none(CatalogueExercise::isPower)) {
            picks.choose(e -> e.isPower() && picks.jumpFits(e), Slot.Role.POWER, false,
                    e -> GoalEmphasis.preference(ctx.profile().goal(), e));
        }
        if (picks.none(CatalogueExercise::isCompound)) {
            picks.choose(CatalogueExercise::isCompound, Slot.Role.COMPOUND, false,
                    e -> CoverageRule.dayPreference(e, index, count)
                            + PainRule.preference(e, Slot.Role.COMPOUND, null, ctx.pain()));
        }
        if (picks.none(e -> e.unilateral() && !e.isPower())) {
            picks.choose(e -> e.unilateral() && !e.isPower(), Slot.Role.SINGLE_LEG, false,
                    e -> picks.openGroupGain(e) + HeavyLiftRule.partnerPreference(e, picks.heavyLift()));
        }
        Set<MuscleGroup> groups = CoverageRule.groupsFor(index, count, coveredBefore);
        for (MuscleGroup g : CoverageRule.REQUIRED_GROUPS) {
            if (groups.contains(g) && !picks.covered(g) && picks.slots.size() < most) {
                picks.openGroups = groups;
                picks.choose(e -> CoverageRule.counts(e, g), Slot.Role.GROUP, false,
                        e -> PainRule.preference(e, Slot.Role.GROUP, g, ctx.pain()) + picks.openGroupGain(e)
                                + Math.min(0, HeavyLiftRule.partnerPreference(e, picks.heavyLift())));
            }
        }
        if (CoverageRule.needsRotation(ctx.level()) && !rotationBefore && index == count - 1
                && kind != SessionKind.RECOVERY && picks.none(CatalogueExercise::isRotation) && picks.slots.size() < most) {
            picks.choose(CatalogueExercise::isRotation, Slot.Role.ROTATION, false, e -> 0);
        }
        // PREPARE and RECOVER take their time first; strength work fits what is left
        support.shortened.clear();
        support.dropped.clear();
        List<String> taken = new ArrayList<>(picks.slots.stream().map(Slot::id).toList());
        // a block may run over its time to hold tracking's doses only out of time the strength work leaves
        int budget = ctx.profile().minutesPerSession() * 60;
        int prepareTarget = TimeBudgetRule.prepareSeconds(ctx.profile().minutesPerSession());
        int room = budget - picks.total() - prepareTarget - TimeBudgetRule.recoverSeconds(ctx.profile().minutesPerSession());
        List<Slot> prepare = support.prepare(kind, firstPhase, label, taken, room);
        prepare.forEach(s -> taken.add(s.id()));
        room -= Math.max(0, support.seconds(prepare) - prepareTarget);
        List<Slot> recover = support.recover(kind, firstPhase, label, taken, room);
        recover.forEach(s -> taken.add(s.id()));
        picks.support.addAll(taken);
        int available = budget - support.seconds(prepare) - support.seconds(recover);
        picks.fit(available);
        // time left after picks went for time is not filled with extras: they would take the place of what went
        if (kind == SessionKind.REGULAR && !picks.setsCut && picks.dropped.isEmpty()) {
            picks.extras(available, most, power);
        }
        List<String> missing = new ArrayList<>();
        if (picks.none(CatalogueExercise::isCompound)) {
            missing.add("compound");
        }
        List<Slot> strengthen = new ArrayList<>(picks.slots);
        strengthen.sort(StrengthenOrder.order(ctx.pain()));
        prepare.sort(Comparator.comparingInt((Slot s) -> s.purpose() == Purpose.MOBILIZE ? 0 : 1));
        List<String> dropped = new ArrayList<>(support.dropped);
        dropped.addAll(picks.dropped);
        return new SessionTemplate(label, kind, firstPhase, prepare, strengthen, recover, picks.setsCut, dropped,
                missing, List.copyOf(support.shortened));
    }

    /** A replan keeps the session's strength exercises, moved along their ladders, or their regressions when pain now rules them out. */
    private void keep(SessionPicks picks) {
        PreviousPlan previous = ctx.continuing();
        if (previous == null) {
            return;
        }
        previous.slots().forEach((id, places) -> {
            if (!previous.had(id, picks.label, BlockPhase.STRENGTHEN)) {
                return;
            }
            CatalogueExercise was = ctx.catalogue().find(id).orElse(null);
            CatalogueExercise moved = ctx.progression().moveOf(id).flatMap(ctx.catalogue()::find)
                    .filter(picks::inPool).orElse(null);
            boolean heavy = previous.wasHeavy(id, picks.label) && HeavyLiftRule.applies(ctx, picks.kind)
                    && picks.slots.stream().noneMatch(Slot::heavy);
            if (moved != null) {
                picks.add(Slot.strength(moved, Slot.Role.KEPT, heavy && HeavyLiftRule.candidate(moved), was));
            } else if (picks.inPool(was)) {
                picks.add(Slot.strength(was, Slot.Role.KEPT, heavy, null));
            } else if (was != null && !PainRule.allows(was, ctx.pain())) {
                CatalogueExercise regression = PainRule.regressionIn(was, picks.pool, ctx.catalogue());
                if (regression != null) {
                    picks.add(Slot.strength(regression, Slot.Role.KEPT, false, was));
                }
            }
        });
    }
}
