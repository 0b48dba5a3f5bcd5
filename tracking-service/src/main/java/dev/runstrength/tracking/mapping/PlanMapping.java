package dev.runstrength.tracking.mapping;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.domain.PlannedSession;
import dev.runstrength.tracking.domain.Prescription;
import dev.runstrength.tracking.domain.RunnerLevel;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** What tracking needs of a published plan: its sessions with every block's prescriptions, in plan order. */
public final class PlanMapping {

    private PlanMapping() {
    }

    public static PlanView toDomain(TrainingPlan plan) {
        // Plans without the optional runnerLevel were dosed for the default level of the planner.
        RunnerLevel level = plan.runnerLevel() == null ? RunnerLevel.BEGINNER : RunnerLevel.valueOf(plan.runnerLevel().name());
        LocalDate startsOn = plan.weeks().stream()
                .min(Comparator.comparingInt(TrainingPlan.Week::week))
                .map(TrainingPlan.Week::startsOn)
                .orElse(null);
        List<PlannedSession> sessions = plan.weeks().stream()
                .flatMap(week -> week.sessions().stream())
                .map(session -> session(plan.planId(), session))
                .toList();
        return new PlanView(plan.planId(), plan.generatedAt(), level, startsOn, sessions);
    }

    private static PlannedSession session(String planId, TrainingPlan.Session session) {
        List<Prescription> prescriptions = session.blocks().stream()
                .flatMap(block -> block.exercises().stream())
                .map(p -> new Prescription(p.exerciseId(), p.sets(), p.reps(), p.holdSeconds(), p.loadKg()))
                .toList();
        return new PlannedSession(planId, session.sessionId(), session.date(), prescriptions);
    }
}
