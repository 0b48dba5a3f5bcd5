package dev.runstrength.local;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.TrainingPhase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small hand-made plans for the printing and comparing tests. */
final class PlanFixtures {

    private PlanFixtures() {
    }

    static TrainingPlan.Prescribed reps(String id, int sets, int reps) {
        return new TrainingPlan.Prescribed(id, id, "STRENGTH", sets, reps, null, false, null, null, 45, List.of(), List.of());
    }

    static TrainingPlan.Prescribed hold(String id, int sets, int seconds) {
        return new TrainingPlan.Prescribed(id, id, "STRENGTH", sets, null, seconds, false, null, null, 30, List.of(), List.of());
    }

    static TrainingPlan.Session session(String id, String title, LocalDate date, TrainingPlan.Prescribed... strengthen) {
        return new TrainingPlan.Session(id, date, date.getDayOfWeek(), title, 25,
                List.of(new TrainingPlan.Block(BlockPhase.PREPARE, List.of(reps("leg-swing", 2, 10))),
                        new TrainingPlan.Block(BlockPhase.STRENGTHEN, List.of(strengthen)),
                        new TrainingPlan.Block(BlockPhase.RECOVER, List.of(hold("calf-stretch", 1, 30)))));
    }

    static TrainingPlan plan(String planId, TrainingPlan.Session... weekOne) {
        LocalDate start = LocalDate.of(2026, 11, 9);
        return new TrainingPlan(planId, "r-1042", Instant.parse("2026-11-22T08:00:00Z"),
                new TrainingPlan.BasedOn(Instant.parse("2026-11-22T08:00:00Z"), null), TrainingPhase.GENERAL,
                List.of(new TrainingPlan.Week(1, start, false, List.of(weekOne)),
                        new TrainingPlan.Week(2, start.plusDays(7), false, List.of())),
                List.of(new TrainingPlan.Rationale("EQUIPMENT", "Body weight only.")), null);
    }

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 11);
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 13);

}
