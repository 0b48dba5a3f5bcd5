package dev.runstrength.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.validation.ContractViolation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicsAndKindsTest {

    @Test
    void the_contract_has_five_topics_each_with_a_dead_letter_topic() {
        assertThat(Topics.ALL).containsExactlyInAnyOrder(
                "catalog.exercises", "runner.profiles", "planner.plans", "workouts.completed", "tracking.progressions");
        assertThat(Topics.dlq(Topics.RUNNER_PROFILES)).isEqualTo("runner.profiles.dlq");
        assertThat(Topics.ALL).filteredOn(Topics::isCompacted).containsExactly(Topics.CATALOG_EXERCISES);
    }

    @ParameterizedTest
    @CsvSource({
            "RUNNER_PROFILE_UPDATED, runner.profiles, dev.runstrength.runner.profile.updated.v1, runnerId",
            "RUNNER_ERASED, runner.profiles, dev.runstrength.runner.erased.v1, runnerId",
            "PLAN_GENERATED, planner.plans, dev.runstrength.planner.plan.generated.v1, runnerId",
            "WORKOUT_COMPLETED, workouts.completed, dev.runstrength.workout.completed.v1, runnerId",
            "PROGRESSION_UPDATED, tracking.progressions, dev.runstrength.tracking.progression.updated.v1, runnerId",
            "EXERCISE_UPSERTED, catalog.exercises, dev.runstrength.catalog.exercise.upserted.v1, id",
            "EXERCISE_RETIRED, catalog.exercises, dev.runstrength.catalog.exercise.retired.v1, id"})
    void every_kind_has_the_topic_type_and_key_of_the_contract(EventKind kind, String topic, String type,
                                                                String keyField) {
        assertThat(kind.topic()).isEqualTo(topic);
        assertThat(kind.type()).isEqualTo(type);
        assertThat(kind.keyField()).isEqualTo(keyField);
        assertThat(EventKind.ofType(type)).contains(kind);
        assertThat(EventKind.onTopic(topic)).contains(kind);
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void the_schema_id_carries_the_version_and_is_the_dataschema_of_the_kind(EventKind kind) throws Exception {
        try (var in = EventKind.class.getClassLoader().getResourceAsStream(kind.schemaResource())) {
            String id = ContractJson.mapper().readTree(in).path("$id").asText();
            assertThat(id).isEqualTo(kind.dataSchema())
                    .isEqualTo("https://runstrength.dev/schemas/" + kind.schemaName() + ".v1.json");
            assertThat(kind.servedSchemaName()).isEqualTo(kind.schemaName() + ".v1.json");
        }
    }

    @Test
    void catalog_exercises_carries_both_exercise_kinds() {
        assertThat(EventKind.onTopic(Topics.CATALOG_EXERCISES))
                .containsExactly(EventKind.EXERCISE_UPSERTED, EventKind.EXERCISE_RETIRED);
        assertThat(EventKind.onTopic("nope")).isEmpty();
        assertThat(EventKind.ofType("dev.runstrength.unknown.v1")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "RUNNER_PROFILE_UPDATED, r-1042@2026-11-22T08:00:00Z",
            "RUNNER_ERASED, r-1042@2026-11-25T09:00:00Z@erased",
            "PLAN_GENERATED, plan-r-1042-2026-11-22T08:00:00Z",
            "WORKOUT_COMPLETED, w-77f1",
            "PROGRESSION_UPDATED, w-77f1",
            "EXERCISE_UPSERTED, single-leg-calf-raise@3",
            "EXERCISE_RETIRED, single-leg-calf-raise@4@retired"})
    void a_plain_record_is_identified_by_its_data(EventKind kind, String identity) {
        assertThat(kind.identityOf(Examples.of(kind))).isEqualTo(identity);
    }

    @Test
    void runner_profiles_carries_profiles_and_erasures_and_a_plain_erasure_is_told_apart() {
        assertThat(EventKind.onTopic(Topics.RUNNER_PROFILES))
                .containsExactly(EventKind.RUNNER_PROFILE_UPDATED, EventKind.RUNNER_ERASED);
        List<EventKind> both = EventKind.onTopic(Topics.RUNNER_PROFILES);
        assertThat(EventKind.ofPlainData(both, Examples.of(EventKind.RUNNER_ERASED))).isEqualTo(EventKind.RUNNER_ERASED);
        assertThat(EventKind.ofPlainData(both, Examples.of(EventKind.RUNNER_PROFILE_UPDATED)))
                .isEqualTo(EventKind.RUNNER_PROFILE_UPDATED);
    }

    @Test
    void the_same_profile_instant_written_two_ways_has_one_identity() {
        ObjectNode profile = Examples.of(EventKind.RUNNER_PROFILE_UPDATED).put("updatedAt", "2026-11-22T09:00:00.000+01:00");

        assertThat(EventKind.RUNNER_PROFILE_UPDATED.identityOf(profile)).isEqualTo("r-1042@2026-11-22T08:00:00Z");
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void a_plain_record_without_its_identity_fields_is_rejected_naming_the_field(EventKind kind) {
        ObjectNode data = Examples.of(kind);
        String field = kind == EventKind.EXERCISE_UPSERTED || kind == EventKind.EXERCISE_RETIRED ? "version"
                : kind == EventKind.PLAN_GENERATED ? "planId"
                : kind == EventKind.RUNNER_PROFILE_UPDATED ? "updatedAt"
                : kind == EventKind.RUNNER_ERASED ? "requestedAt" : "workoutId";
        data.remove(field);

        assertThatThrownBy(() -> kind.identityOf(data))
                .isInstanceOf(ContractViolation.class)
                .hasMessageStartingWith(field + ": is required");
    }
}
