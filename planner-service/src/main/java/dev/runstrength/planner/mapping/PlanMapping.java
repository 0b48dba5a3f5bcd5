package dev.runstrength.planner.mapping;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.model.TrainingPhase;
import dev.runstrength.planner.domain.Block;
import dev.runstrength.planner.domain.Plan;
import dev.runstrength.planner.domain.PrescribedExercise;
import dev.runstrength.planner.domain.Session;
import dev.runstrength.planner.domain.Week;

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
                e.perSide(), e.loadKg(), e.tempo(), e.restSeconds(), e.cues(), e.cautions());
    }
}
