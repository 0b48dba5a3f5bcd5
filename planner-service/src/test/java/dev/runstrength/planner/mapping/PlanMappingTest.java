package dev.runstrength.planner.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.planner.domain.Catalogue;
import dev.runstrength.planner.domain.Goal;
import dev.runstrength.planner.domain.Plan;
import dev.runstrength.planner.domain.PlanGenerator;
import dev.runstrength.planner.domain.PlanRequest;
import dev.runstrength.planner.domain.PreviousPlan;
import dev.runstrength.planner.domain.ProgressionState;
import dev.runstrength.planner.messaging.ProfileRecords;
import dev.runstrength.replica.SeedExercises;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Profile event -> domain -> plan event, checked against the contract's schema. */
class PlanMappingTest {

    private static final ContractValidator CONTRACT = new ContractValidator();
    private static final Instant NOW = Instant.parse("2026-11-22T09:30:00Z");

    @Test
    void aPlanFromTheSeedCatalogueIsAValidPlanEvent() throws Exception {
        RunnerProfile profile = profile(ProfileRecords.profile("r-1042", Instant.parse("2026-11-22T08:00:00Z")));

        Plan plan = generate(profile, CatalogueMapping.toCatalogue(SeedExercises.exercises()), "plan-1");
        TrainingPlan event = PlanMapping.toEvent(plan, profile.level());
        JsonNode json = ContractJson.mapper().valueToTree(event);

        assertThatCode(() -> CONTRACT.validate(EventKind.PLAN_GENERATED, json, "r-1042")).doesNotThrowAnyException();
        assertThat(json.path("runnerLevel").asText()).isEqualTo("INTERMEDIATE");
        assertThat(json.path("basedOn").path("profileUpdatedAt").asText()).isEqualTo("2026-11-22T08:00:00Z");
        assertThat(json.path("basedOn").has("progressionAt")).isTrue();
        assertThat(json.path("weeks")).hasSameSizeAs(plan.weeks());
        assertThat(json.findValues("exerciseId")).extracting(JsonNode::asText).containsExactlyElementsOf(
                plan.weeks().stream().flatMap(w -> w.sessions().stream()).flatMap(s -> s.blocks().stream())
                        .flatMap(b -> b.exercises().stream()).map(e -> e.exerciseId()).toList());
        assertThat(json.findValues("sessionId")).isNotEmpty()
                .allSatisfy(id -> assertThat(id.asText()).startsWith("plan-1"));
    }

    @Test
    void theSameInputsGiveTheSameContentUnderAnotherPlanId() throws Exception {
        RunnerProfile profile = profile(ProfileRecords.profile("r-7", Instant.parse("2026-11-22T08:00:00Z")));
        Catalogue catalogue = CatalogueMapping.toCatalogue(SeedExercises.exercises());

        String first = ContractJson.mapper().writeValueAsString(
                PlanMapping.toEvent(generate(profile, catalogue, "plan-first"), Level.BEGINNER));
        String second = ContractJson.mapper().writeValueAsString(
                PlanMapping.toEvent(generate(profile, catalogue, "plan-other"), Level.BEGINNER));

        assertThat(second).contains("plan-other").doesNotContain("plan-first");
        assertThat(second.replace("plan-other", "plan-first")).isEqualTo(first);
    }

    @Test
    void anEmptyCatalogueStillGivesAValidPlanThatSaysWhy() throws Exception {
        RunnerProfile profile = profile(ProfileRecords.profile("r-empty", Instant.parse("2026-11-22T08:00:00Z")));

        Plan plan = generate(profile, Catalogue.of(List.of()), "plan-empty");
        JsonNode json = ContractJson.mapper().valueToTree(PlanMapping.toEvent(plan, profile.level()));

        assertThatCode(() -> CONTRACT.validate(EventKind.PLAN_GENERATED, json, "r-empty")).doesNotThrowAnyException();
        assertThat(json.findValues("exerciseId")).isEmpty();
        assertThat(json.findValues("estimatedMinutes")).isNotEmpty().allSatisfy(m -> assertThat(m.asInt()).isEqualTo(1));
        assertThat(json.path("rationale").toString()).contains("none fits");
    }

    @Test
    void absentProfileFieldsTakeTheContractDefaults() throws Exception {
        ObjectNode minimal = ContractJson.mapper().createObjectNode()
                .put("runnerId", "r-min").put("updatedAt", "2026-11-22T08:00:00Z").put("level", "BEGINNER");

        var domain = ProfileMapping.toDomain(profile(minimal));

        assertThat(domain.goal()).isEqualTo(Goal.GENERAL_FITNESS);
        assertThat(domain.sessionsPerWeek()).isEqualTo(2);
        assertThat(domain.minutesPerSession()).isEqualTo(30);
        assertThat(domain.equipment()).isEmpty();
        assertThat(domain.avoidJumping()).isFalse();
        assertThat(domain.startDate()).isNull();
    }

    @Test
    void withoutStartDateThePlanStartsTheDayAfterTheProfileArrives() throws Exception {
        ObjectNode data = ProfileRecords.profile("r-start", Instant.parse("2026-11-22T08:00:00Z"));
        data.remove("startDate");
        RunnerProfile profile = profile(data);

        Plan plan = generate(profile, CatalogueMapping.toCatalogue(SeedExercises.exercises()), "plan-start");

        assertThat(plan.weeks().get(0).startsOn()).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void aStoredPlanGivesTheReplanItsSlotsAndCalendar() throws Exception {
        ObjectNode data = ProfileRecords.profile("r-slots", Instant.parse("2026-11-22T08:00:00Z")).put("level", "ADVANCED");
        data.putArray("equipment").add("BARBELL").add("BENCH");
        RunnerProfile profile = profile(data);
        Plan plan = generate(profile, CatalogueMapping.toCatalogue(SeedExercises.exercises()), "plan-slots");
        TrainingPlan event = PlanMapping.toEvent(plan, profile.level());
        TrainingPlan read = ContractJson.mapper().readValue(ContractJson.mapper().writeValueAsString(event), TrainingPlan.class);

        PreviousPlan previous = PlanMapping.toPrevious(read, plan.blockStart());

        assertThat(previous).isEqualTo(PreviousPlan.of(plan));
        assertThat(previous.blockStart()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(previous.endsOn()).isEqualTo(LocalDate.parse("2026-12-20"));
        // the heavy main lift travels as its target RPE, and the replan knows it from that
        assertThat(ContractJson.mapper().valueToTree(event).findValues("targetRpe")).isNotEmpty();
        assertThat(previous.slots().values().stream().flatMap(List::stream)).anyMatch(PreviousPlan.Place::heavy);
    }

    private static RunnerProfile profile(ObjectNode data) throws Exception {
        CONTRACT.validate(EventKind.RUNNER_PROFILE_UPDATED, data);
        return ContractJson.mapper().treeToValue(data, RunnerProfile.class);
    }

    private static Plan generate(RunnerProfile profile, Catalogue catalogue, String planId) {
        return new PlanGenerator().generate(new PlanRequest(ProfileMapping.toDomain(profile), catalogue,
                ProgressionState.empty(), LocalDate.parse("2026-11-22"), NOW, planId));
    }
}
