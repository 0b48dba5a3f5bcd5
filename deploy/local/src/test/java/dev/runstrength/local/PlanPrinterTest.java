package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.TrainingPhase;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanPrinterTest {

    @Test
    void printsWeeksSessionsDosesCautionsAndRationale() {
        var raise = new TrainingPlan.Prescribed("single-leg-calf-raise", "Single-leg calf raise", "STRENGTH", 2, 12, null,
                true, null, "3-0-1-0", 60, List.of(), List.of("Do not drop the heel below toe level"));
        var hold = new TrainingPlan.Prescribed("plank", "Plank", "STRENGTH", 2, null, 30, false, 4.0, null, 45, List.of(), List.of());
        var session = new TrainingPlan.Session("p-w1-s1", LocalDate.of(2026, 11, 24), DayOfWeek.TUESDAY, "Session A", 28,
                List.of(new TrainingPlan.Block(BlockPhase.STRENGTHEN, List.of(raise, hold))));
        var plan = new TrainingPlan("p", "r-1042", Instant.parse("2026-11-22T08:00:00Z"),
                new TrainingPlan.BasedOn(Instant.parse("2026-11-22T08:00:00Z"), null), TrainingPhase.GENERAL,
                List.of(new TrainingPlan.Week(1, LocalDate.of(2026, 11, 23), false, List.of(session))),
                List.of(new dev.runstrength.contracts.events.TrainingPlan.Rationale("EQUIPMENT", "Body weight and a wall.")), null);

        String text = PlanPrinter.render(plan);

        assertThat(text).contains("Plan p for r-1042 (GENERAL phase)", "Week 1, from 2026-11-23",
                "Tuesday 2026-11-24: Session A, about 28 min", "STRENGTHEN",
                "- Single-leg calf raise: 2 x 12 reps each side, rest 60 s",
                "! Do not drop the heel below toe level",
                "- Plank: 2 x 30 s with 4.0 kg, rest 45 s",
                "EQUIPMENT: Body weight and a wall.");
    }

    @Test
    void spellsOutOnlyTheFirstWeeksWhenAsked() {
        var a = PlanFixtures.session("a", "Session A", PlanFixtures.WEDNESDAY, PlanFixtures.reps("glute-bridge", 2, 10));
        TrainingPlan plan = PlanFixtures.plan("p", a);

        String text = PlanPrinter.render(plan, 1);

        assertThat(text).contains("Week 1, from 2026-11-09", "(weeks 2-2 repeat these sessions", "EQUIPMENT: Body weight only.")
                .doesNotContain("Week 2,");
        assertThat(PlanPrinter.render(plan)).contains("Week 2, from 2026-11-16").doesNotContain("repeat these sessions");
    }

    @Test
    void cutsAProgressionRationaleIntoOneLinePerExercise() {
        String message = "Glute bridge: 2 x 12 reps from your last workouts (Two strong sessions: reps 11 -> 12.)."
                + " Knee plank: 2 x 25 s from your last workouts (Two strong sessions: hold 20 s -> 25 s.).";

        assertThat(PlanPrinter.perExercise(message)).containsExactly(
                "Glute bridge: 2 x 12 reps from your last workouts (Two strong sessions: reps 11 -> 12.).",
                "Knee plank: 2 x 25 s from your last workouts (Two strong sessions: hold 20 s -> 25 s.).");
    }
}
