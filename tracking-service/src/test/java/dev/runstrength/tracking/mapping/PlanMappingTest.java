package dev.runstrength.tracking.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.model.TrainingPhase;
import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.domain.PlannedSession;
import dev.runstrength.tracking.domain.Prescription;
import dev.runstrength.tracking.domain.RunnerLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanMappingTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

    @Test
    void sessionsOfEveryWeekCarryThePrescriptionsOfAllTheirBlocksInPlanOrder() {
        TrainingPlan plan = plan(Level.INTERMEDIATE, List.of(
                new TrainingPlan.Week(2, MONDAY.plusDays(7), true, List.of(session("s-3", MONDAY.plusDays(8)))),
                new TrainingPlan.Week(1, MONDAY, false, List.of(session("s-1", MONDAY.plusDays(1)), session("s-2", MONDAY.plusDays(3))))));

        PlanView view = PlanMapping.toDomain(plan);

        assertThat(view.planId()).isEqualTo("p-1");
        assertThat(view.generatedAt()).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
        assertThat(view.runnerLevel()).isEqualTo(RunnerLevel.INTERMEDIATE);
        assertThat(view.startsOn()).as("week 1 starts the plan, whatever the order of the weeks").isEqualTo(MONDAY);
        assertThat(view.sessions()).extracting(PlannedSession::sessionId).containsExactlyInAnyOrder("s-1", "s-2", "s-3");
        PlannedSession first = view.session("s-1").orElseThrow();
        assertThat(first.planId()).isEqualTo("p-1");
        assertThat(first.date()).isEqualTo(MONDAY.plusDays(1));
        assertThat(first.prescriptions()).containsExactly(
                new Prescription("ankle-rocker", 2, 10, null, null),
                new Prescription("goblet-squat", 3, 10, null, 8.0),
                new Prescription("wall-calf-stretch", 2, null, 30, null));
        assertThat(first.blockOf("ankle-rocker")).contains(dev.runstrength.dose.BlockPhase.PREPARE);
        assertThat(first.blockOf("goblet-squat")).contains(dev.runstrength.dose.BlockPhase.STRENGTHEN);
        assertThat(first.blockOf("wall-calf-stretch")).contains(dev.runstrength.dose.BlockPhase.RECOVER);
        assertThat(first.blockOf("plank")).isEmpty();
    }

    @Test
    void aPlanWithoutItsLevelIsTakenAsDosedForBeginners() {
        PlanView view = PlanMapping.toDomain(plan(null,
                List.of(new TrainingPlan.Week(1, MONDAY, false, List.of(session("s-1", MONDAY))))));

        assertThat(view.runnerLevel()).isEqualTo(RunnerLevel.BEGINNER);
    }

    private static TrainingPlan plan(Level level, List<TrainingPlan.Week> weeks) {
        return new TrainingPlan("p-1", "r-1", Instant.parse("2026-11-22T08:00:00Z"),
                new TrainingPlan.BasedOn(Instant.parse("2026-11-22T07:00:00Z"), null), TrainingPhase.GENERAL,
                weeks, List.of(new TrainingPlan.Rationale("TEST", "test plan")), level);
    }

    private static TrainingPlan.Session session(String id, LocalDate date) {
        return new TrainingPlan.Session(id, date, date.getDayOfWeek(), "Session " + id, 25, List.of(
                new TrainingPlan.Block(BlockPhase.PREPARE, List.of(prescribed("ankle-rocker", 2, 10, null, null))),
                new TrainingPlan.Block(BlockPhase.STRENGTHEN, List.of(prescribed("goblet-squat", 3, 10, null, 8.0))),
                new TrainingPlan.Block(BlockPhase.RECOVER, List.of(prescribed("wall-calf-stretch", 2, null, 30, null)))));
    }

    private static TrainingPlan.Prescribed prescribed(String id, int sets, Integer reps, Integer hold, Double load) {
        return new TrainingPlan.Prescribed(id, id, "STRENGTH", sets, reps, hold, false, load, null, 30, List.of(), List.of());
    }
}
