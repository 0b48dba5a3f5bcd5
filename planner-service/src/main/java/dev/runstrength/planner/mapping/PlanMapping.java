package dev.runstrength.planner.mapping;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.model.TrainingPhase;
import dev.runstrength.planner.domain.Block;
import dev.runstrength.planner.domain.Plan;
import dev.runstrength.planner.domain.PrescribedExercise;
import dev.runstrength.planner.domain.PreviousPlan;
import dev.runstrength.planner.domain.Session;
import dev.runstrength.planner.domain.Week;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A domain plan as the contract's plan event carries it. */
public final class PlanMapping {

    private PlanMapping() {
    }

    /** @param runnerLevel the level the plan was dosed for (our optional addition to the event) */
    public static TrainingPlan toEvent(Plan plan, Level runnerLevel) {
        return new TrainingPlan(
                plan.planId(),
                plan.runnerId(),
                plan.generatedAt(),
                new TrainingPlan.BasedOn(plan.basedOn().profileUpdatedAt(), plan.basedOn().progressionAt()),
                Enums.byName(plan.trainingPhase(), TrainingPhase.class),
                plan.weeks().stream().map(PlanMapping::week).toList(),
                plan.rationale().stream().map(r -> new TrainingPlan.Rationale(r.code(), r.message())).toList(),
                runnerLevel);
    }

    /**
     * What a replan needs of a stored plan: its block start (stored beside it) and its session slots, read
     * from the published plan: each exercise with every session (title without " (deload)") and block it is in.
     */
    public static PreviousPlan toPrevious(TrainingPlan plan, LocalDate blockStart) {
        Map<String, List<PreviousPlan.Place>> slots = new TreeMap<>();
        LocalDate end = null;
        for (TrainingPlan.Week week : plan.weeks()) {
            LocalDate last = week.startsOn().plusDays(6);
            end = end == null || last.isAfter(end) ? last : end;
            for (TrainingPlan.Session session : week.sessions()) {
                String label = Session.label(session.title());
                for (TrainingPlan.Block block : session.blocks()) {
                    for (TrainingPlan.Prescribed p : block.exercises()) {
                        PreviousPlan.Place place = new PreviousPlan.Place(label,
                                Enums.byName(block.phase(), dev.runstrength.planner.domain.BlockPhase.class),
                                p.targetRpe() != null);
                        List<PreviousPlan.Place> places = slots.computeIfAbsent(p.exerciseId(), k -> new ArrayList<>());
                        if (!places.contains(place)) {
                            places.add(place);
                        }
                    }
                }
            }
        }
        return new PreviousPlan(blockStart, end == null ? plan.generatedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate() : end,
                slots);
    }

    private static TrainingPlan.Week week(Week week) {
        return new TrainingPlan.Week(week.number(), week.startsOn(), week.deload(),
                week.sessions().stream().map(PlanMapping::session).toList());
    }

    private static TrainingPlan.Session session(Session session) {
        // the contract asks for at least 1 minute; the domain estimates a session left empty
        // (no exercise fits, e.g. the catalogue has not arrived yet) at 0
        return new TrainingPlan.Session(session.sessionId(), session.date(), session.day(), session.title(),
                Math.max(1, session.estimatedMinutes()), session.blocks().stream().map(PlanMapping::block).toList());
    }

    private static TrainingPlan.Block block(Block block) {
        return new TrainingPlan.Block(Enums.byName(block.phase(), BlockPhase.class),
                block.exercises().stream().map(PlanMapping::prescribed).toList());
    }

    private static TrainingPlan.Prescribed prescribed(PrescribedExercise e) {
        return new TrainingPlan.Prescribed(e.exerciseId(), e.name(), e.purpose(), e.sets(), e.reps(), e.holdSeconds(),
                e.perSide(), e.loadKg(), e.tempo(), e.restSeconds(), e.cues(), e.cautions(), e.targetRpe());
    }
}
