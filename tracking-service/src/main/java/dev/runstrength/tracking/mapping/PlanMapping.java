package dev.runstrength.tracking.mapping;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.dose.BlockPhase;
import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.domain.PlannedSession;
import dev.runstrength.tracking.domain.Prescription;
import dev.runstrength.tracking.domain.RunnerLevel;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What tracking needs of a published plan: its sessions with every block's prescriptions, in plan order, and each exercise's block. */
public final class PlanMapping {

    private PlanMapping() {
    }

    public static PlanView toDomain(TrainingPlan plan) {
        return toDomain(PlanFields.of(plan));
    }

    /** The plan's view from the fields tracking reads of it ({@link PlanFields}, checked first). */
    public static PlanView toDomain(PlanFields plan) {
        // Plans without the optional runnerLevel were dosed for the default level of the planner.
        RunnerLevel level = plan.runnerLevel() == null ? RunnerLevel.BEGINNER : RunnerLevel.valueOf(plan.runnerLevel().name());
        LocalDate startsOn = plan.weeks().stream()
                .min(Comparator.comparingInt(PlanFields.Week::week))
                .map(PlanFields.Week::startsOn)
                .orElse(null);
        List<PlannedSession> sessions = plan.weeks().stream()
                .flatMap(week -> week.sessions().stream())
                .map(session -> session(plan.planId(), session))
                .toList();
        return new PlanView(plan.planId(), plan.generatedAt(), level, startsOn, sessions);
    }

    private static PlannedSession session(String planId, PlanFields.Session session) {
        List<Prescription> prescriptions = session.blocks().stream()
                .flatMap(block -> block.exercises().stream())
                .map(p -> new Prescription(p.exerciseId(), p.sets(), p.reps(), p.holdSeconds(), p.loadKg()))
                .toList();
        Map<String, BlockPhase> blocks = new LinkedHashMap<>();
        for (PlanFields.Block block : session.blocks()) {
            if (block.phase() != null) {
                block.exercises().forEach(p -> blocks.putIfAbsent(p.exerciseId(), BlockPhase.valueOf(block.phase().name())));
            }
        }
        return new PlannedSession(planId, session.sessionId(), session.date(), prescriptions, blocks);
    }
}
