package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A finished plan as the rules read it to explain themselves: the weeks and sessions, the templates behind
 * them, and what building them noted (schedule bends, tracking's doses applied). Its questions are about
 * what the plan holds, so no rule can claim what the plan does not do.
 */
public final class PlanOutline {

    /** A dose from tracking as the plan prescribes it, in its first week that is not a deload. */
    public record Applied(CatalogueExercise exercise, Dose dose, CatalogueExercise movedFrom, String keptIn) {
    }

    private final PlanningContext ctx;
    private final Map<SessionKind, List<SessionTemplate>> templates;
    private final List<Week> weeks;
    private final Set<String> bent;
    private final List<String> shortWeeks;
    private final List<Applied> applied;

    PlanOutline(PlanningContext ctx, Map<SessionKind, List<SessionTemplate>> templates, List<Week> weeks,
                Set<String> bent, List<String> shortWeeks, List<Applied> applied) {
        this.ctx = ctx;
        this.templates = templates;
        this.weeks = weeks;
        this.bent = bent;
        this.shortWeeks = shortWeeks;
        this.applied = applied;
    }

    public PlanningContext ctx() {
        return ctx;
    }

    public List<Week> weeks() {
        return weeks;
    }

    Set<String> bent() {
        return bent;
    }

    List<String> shortWeeks() {
        return shortWeeks;
    }

    List<Applied> applied() {
        return applied;
    }

    /** Whether the plan holds any session at all (a rule describes only sessions that exist). */
    public boolean hasSessions() {
        return weeks.stream().anyMatch(w -> !w.sessions().isEmpty());
    }

    TrainingPhase phaseOf(Week week) {
        return ctx.calendar().weeks().get(week.number() - 1).phase();
    }

    /** The templates some session of the plan uses. */
    List<SessionTemplate> usedTemplates() {
        Set<String> titles = new LinkedHashSet<>();
        weeks.forEach(w -> w.sessions().forEach(s -> titles.add(Session.label(s.title()))));
        List<SessionTemplate> used = new ArrayList<>();
        templates.values().forEach(list -> list.stream().filter(t -> titles.contains(t.label())).forEach(used::add));
        return used;
    }

    /** Every exercise the plan prescribes, in any block, once each. */
    List<CatalogueExercise> prescribedExercises() {
        Map<String, CatalogueExercise> out = new java.util.LinkedHashMap<>();
        for (SessionTemplate t : usedTemplates()) {
            for (BlockPhase phase : BlockPhase.values()) {
                t.block(phase).forEach(s -> out.putIfAbsent(s.id(), s.exercise()));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** A session's STRENGTHEN exercises. */
    List<CatalogueExercise> strength(Session session) {
        List<CatalogueExercise> out = new ArrayList<>();
        session.block(BlockPhase.STRENGTHEN).exercises()
                .forEach(pe -> ctx.catalogue().find(pe.exerciseId()).ifPresent(out::add));
        return out;
    }

    /** The names of the plan's STRENGTHEN exercises that match, once each. */
    List<String> strengthNames(Predicate<CatalogueExercise> which) {
        Set<String> names = new LinkedHashSet<>();
        for (SessionTemplate t : usedTemplates()) {
            t.strengthen().stream().map(Slot::exercise).filter(which).forEach(e -> names.add(e.name()));
        }
        return new ArrayList<>(names);
    }

    /** The hinges that open a session's big lifts (what "hip-dominant work leads" may name). */
    List<String> leadingHinges() {
        Set<String> names = new LinkedHashSet<>();
        for (SessionTemplate t : usedTemplates()) {
            t.strengthen().stream().filter(s -> StrengthenOrder.rank(s.exercise()) == 1).findFirst()
                    .filter(s -> s.exercise().isHinge()).ifPresent(s -> names.add(s.exercise().name()));
        }
        return new ArrayList<>(names);
    }

    /** Exercises pain keeps out that equipment and level would allow, staples first (for the rationale). */
    List<String> keptOutByPain() {
        List<String> staples = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (CatalogueExercise e : ctx.catalogue().exercises()) {
            if (e.servesPhase(BlockPhase.STRENGTHEN) && EquipmentFilter.allows(e, ctx.profile().equipment())
                    && LevelRule.allows(e, ctx.level()) && !PainRule.allows(e, ctx.pain())) {
                (StapleVariety.isStaple(e.id()) ? staples : others).add(e.name());
            }
        }
        staples.addAll(others);
        return staples.size() > 6 ? new ArrayList<>(staples.subList(0, 6)) : staples;
    }

    /** Equipment that would open knee-friendly quad work (a wall for wall sits, a box for box squats). */
    List<String> equipmentForKneeFriendlyQuads() {
        Set<String> out = new java.util.TreeSet<>();
        for (CatalogueExercise e : ctx.catalogue().exercises()) {
            if (e.isKneeFriendlyQuadWork() && LevelRule.allows(e, ctx.level()) && PainRule.allows(e, ctx.pain())
                    && !EquipmentFilter.allows(e, ctx.profile().equipment())) {
                e.equipment().stream().filter(q -> !ctx.profile().equipment().contains(q))
                        .forEach(q -> out.add(q.name().toLowerCase().replace('_', ' ')));
            }
        }
        return new ArrayList<>(out);
    }

    /** "Box squat for Bodyweight squat": regressions that took a pain-excluded exercise's place. */
    List<String> painRegressions() {
        Set<String> out = new LinkedHashSet<>();
        for (SessionTemplate t : usedTemplates()) {
            for (Slot s : t.strengthen()) {
                if (s.replaced() != null && !PainRule.allows(s.replaced(), ctx.pain())) {
                    out.add(s.exercise().name() + " for " + s.replaced().name());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether the plan's jumps are the runner's introduction to them. */
    boolean jumpIntroduction() {
        return !ctx.knowsPlyometrics();
    }

    /** The longest regular session's estimate in minutes, 0 without one. */
    int longestRegularMinutes() {
        int most = 0;
        for (Week w : weeks) {
            if (phaseOf(w).isRegular()) {
                for (Session s : w.sessions()) {
                    most = Math.max(most, s.estimatedMinutes());
                }
            }
        }
        return most;
    }
}
