package dev.runstrength.planner.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlanGeneratorTest {

    private final PlanGenerator generator = new PlanGenerator();

    private Plan plan(RunnerProfile profile, Catalogue catalogue, ProgressionState progression) {
        return generator.generate(new PlanRequest(profile, catalogue, progression, Runners.TODAY, Runners.GENERATED, "p"));
    }

    private static List<String> ids(Plan plan) {
        List<String> ids = new ArrayList<>();
        plan.weeks().forEach(w -> w.sessions().forEach(s -> s.blocks().forEach(b -> b.exercises().forEach(e -> ids.add(e.exerciseId())))));
        return ids;
    }

    @Test
    void aRequiredSlotWithNoValidExerciseIsLeftOutAndExplained() {
        List<CatalogueExercise> noActivation = PlannerSeed.load().exercises().stream()
                .filter(e -> !e.hasPurpose(Purpose.ACTIVATE)).toList();
        Plan plan = plan(Runners.beginner(), Catalogue.of(noActivation), ProgressionState.empty());
        assertThat(plan.weeks()).isNotEmpty();
        assertThat(plan.weeks().get(0).sessions()).isNotEmpty();
        assertThat(plan.rationale()).anyMatch(r -> r.code().equals(ThreePhaseStructure.CODE)
                && r.message().contains("no activation exercise"));
    }

    @Test
    void aRetiredExerciseIsNeverPlanned() {
        Plan normal = plan(Runners.beginner(), PlannerSeed.load(), ProgressionState.empty());
        String used = normal.weeks().get(0).sessions().get(0).block(BlockPhase.STRENGTHEN).exercises().get(0).exerciseId();
        List<CatalogueExercise> all = new ArrayList<>();
        for (CatalogueExercise e : PlannerSeed.load().exercises()) {
            all.add(e.id().equals(used) ? Exercises.exercise(e.id()).retired().build() : e);
        }
        assertThat(ids(plan(Runners.beginner(), Catalogue.of(all), ProgressionState.empty()))).doesNotContain(used);
    }

    @Test
    void aPainFlagFromTrackingActsLikeProfilePain() {
        ProgressionState flagged = new ProgressionState(Instant.parse("2026-11-21T10:00:00Z"), Map.of(),
                List.of(new Pain(PainArea.HAMSTRING, 6)));
        Plan plan = plan(Runners.beginner(), PlannerSeed.load(), flagged);
        for (String id : ids(plan)) {
            assertThat(PlannerSeed.load().find(id).orElseThrow().contraindications()).doesNotContain(PainArea.HAMSTRING);
        }
        assertThat(plan.basedOn().progressionAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(plan.rationale()).anyMatch(r -> r.code().equals(PainRule.CODE_SEVERE));
    }

    @Test
    void withoutAStartDateThePlanStartsTheDayAfterArrival() {
        RunnerProfile p = Runners.beginner();
        RunnerProfile noStart = new RunnerProfile(p.runnerId(), p.updatedAt(), p.level(), p.goal(), p.weeklyRunningKm(),
                p.sessionsPerWeek(), p.minutesPerSession(), p.equipment(), p.runDays(), null, p.painAreas(), false, null);
        assertThat(plan(noStart, PlannerSeed.load(), ProgressionState.empty()).weeks().get(0).startsOn())
                .isEqualTo(Runners.TODAY.plusDays(1));
    }

    @Test
    void sessionIdsDeriveFromThePlanId() {
        Plan plan = plan(Runners.beginner(), PlannerSeed.load(), ProgressionState.empty());
        assertThat(plan.weeks().get(1).sessions().get(1).sessionId()).isEqualTo("p-w2-s2");
    }

    @Test
    void aRaceInThreeDaysGivesOneWeekWithoutSessionsAndSaysWhy() {
        RunnerProfile p = Runners.racer();
        RunnerProfile soon = new RunnerProfile(p.runnerId(), p.updatedAt(), p.level(), p.goal(), p.weeklyRunningKm(),
                p.sessionsPerWeek(), p.minutesPerSession(), p.equipment(), p.runDays(), Runners.START.plusDays(3),
                p.painAreas(), false, Runners.START);
        Plan plan = plan(soon, PlannerSeed.load(), ProgressionState.empty());
        assertThat(plan.trainingPhase()).isEqualTo(TrainingPhase.TAPER);
        assertThat(plan.weeks()).hasSize(1);
        assertThat(plan.weeks().get(0).sessions()).isEmpty();
        assertThat(plan.rationale()).anyMatch(r -> r.message().contains("Fewer sessions: week 1"));
        // no session: nothing in the rationale describes one
        assertThat(plan.rationale()).extracting(Rationale::code)
                .containsOnly(TrainingPhaseRule.CODE, ScheduleRule.CODE);
        assertThat(plan.rationale().get(0).message()).contains("ends the day before your race")
                .contains("no strength work for 4 days");
    }
}
