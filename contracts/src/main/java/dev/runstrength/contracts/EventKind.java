package dev.runstrength.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.contracts.events.Exercise;
import dev.runstrength.contracts.events.ExerciseRetired;
import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.contracts.events.RunnerErased;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.validation.ContractViolation;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Every event of the contract: its topic, CloudEvents type, JSON Schema, payload record, the data field that
 * must equal the record key, and how a plain-JSON record (no CloudEvents attributes) is identified.
 */
public enum EventKind {

    RUNNER_PROFILE_UPDATED(Topics.RUNNER_PROFILES, EventTypes.RUNNER_PROFILE_UPDATED,
            "runner-profile-updated", RunnerProfile.class, "runnerId", List.of("runnerId", "updatedAt")),
    RUNNER_ERASED(Topics.RUNNER_PROFILES, EventTypes.RUNNER_ERASED,
            "runner-erased", RunnerErased.class, "runnerId", List.of("runnerId", "requestedAt")),
    PLAN_GENERATED(Topics.PLANNER_PLANS, EventTypes.PLAN_GENERATED,
            "plan-generated", TrainingPlan.class, "runnerId", List.of("planId")),
    WORKOUT_COMPLETED(Topics.WORKOUTS_COMPLETED, EventTypes.WORKOUT_COMPLETED,
            "workout-completed", CompletedWorkout.class, "runnerId", List.of("workoutId")),
    PROGRESSION_UPDATED(Topics.TRACKING_PROGRESSIONS, EventTypes.PROGRESSION_UPDATED,
            "progression-updated", ProgressionUpdate.class, "runnerId", List.of("workoutId")),
    EXERCISE_UPSERTED(Topics.CATALOG_EXERCISES, EventTypes.EXERCISE_UPSERTED,
            "exercise-upserted", Exercise.class, "id", List.of("id", "version")),
    EXERCISE_RETIRED(Topics.CATALOG_EXERCISES, EventTypes.EXERCISE_RETIRED,
            "exercise-retired", ExerciseRetired.class, "id", List.of("id", "version"));

    /** Where the contract's schemas live by name; their {@code $id}s start with it. */
    public static final String SCHEMA_ID_BASE = "https://runstrength.dev/schemas/";

    private final String topic;
    private final String type;
    private final String schemaName;
    private final Class<?> payloadType;
    private final String keyField;
    private final List<String> identityFields;

    EventKind(String topic, String type, String schemaName, Class<?> payloadType, String keyField,
              List<String> identityFields) {
        this.topic = topic;
        this.type = type;
        this.schemaName = schemaName;
        this.payloadType = payloadType;
        this.keyField = keyField;
        this.identityFields = identityFields;
    }

    public String topic() {
        return topic;
    }

    /** The CloudEvents {@code type}. */
    public String type() {
        return type;
    }

    /** Short name, e.g. {@code runner-profile-updated}; also the name of the schema and example files. */
    public String schemaName() {
        return schemaName;
    }

    /** Class-path resource of the JSON Schema, e.g. {@code schemas/runner-profile-updated.schema.json}. */
    public String schemaResource() {
        return "schemas/" + schemaName + ".schema.json";
    }

    /**
     * Name under which the schema is served and versioned, e.g. {@code runner-profile-updated.v1.json}: every
     * service answers it at {@code /schemas/<name>}. The major version is the one in the CloudEvents type.
     */
    public String servedSchemaName() {
        return schemaName + ".v" + majorVersion() + ".json";
    }

    /**
     * The schema's {@code $id}, which is also the CloudEvents {@code dataschema} of every event of this kind,
     * e.g. {@code https://runstrength.dev/schemas/runner-profile-updated.v1.json}.
     */
    public String dataSchema() {
        return SCHEMA_ID_BASE + servedSchemaName();
    }

    private String majorVersion() {
        return type.substring(type.lastIndexOf(".v") + 2);
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    /** The data field whose value is the record key: {@code runnerId}, or {@code id} on catalog.exercises. */
    public String keyField() {
        return keyField;
    }

    /**
     * Identity of a record that carries no CloudEvents id: workout and progression {@code workoutId}, plan
     * {@code planId}, profile {@code runnerId@updatedAt}, exercise {@code id@version}, retirement
     * {@code id@version@retired}.
     *
     * @throws ContractViolation when a field the identity needs is missing or blank
     */
    public String identityOf(JsonNode data) {
        StringBuilder identity = new StringBuilder();
        for (String field : identityFields) {
            if (identity.length() > 0) {
                identity.append('@');
            }
            identity.append(identityPart(data, field));
        }
        if (this == EXERCISE_RETIRED) {
            identity.append("@retired");
        } else if (this == RUNNER_ERASED) {
            identity.append("@erased");
        }
        return identity.toString();
    }

    private static String identityPart(JsonNode data, String field) {
        JsonNode value = data == null ? null : data.get(field);
        if (value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank()) {
            throw ContractViolation.of(field, "is required to identify a record without CloudEvents attributes, was "
                    + (value == null ? "missing" : value.toString()));
        }
        String text = value.asText();
        return "updatedAt".equals(field) || "requestedAt".equals(field) ? normalisedInstant(text) : text;
    }

    // The same instant written two ways (…:00Z, …:00.000Z) must give the same identity.
    private static String normalisedInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant().toString();
        } catch (DateTimeException e) {
            return text;
        }
    }

    public static Optional<EventKind> ofType(String type) {
        return Arrays.stream(values()).filter(kind -> kind.type.equals(type)).findFirst();
    }

    /** The kinds carried on a topic; empty for a topic that is not in the contract. */
    public static List<EventKind> onTopic(String topic) {
        return Arrays.stream(values()).filter(kind -> kind.topic.equals(topic)).toList();
    }

    /**
     * Which of the candidate kinds a plain-JSON record is. Two topics carry two kinds: on
     * {@code catalog.exercises} a retirement has {@code retiredAt} and no {@code name}, on {@code runner.profiles}
     * an erasure has {@code requestedAt} and no {@code updatedAt}; anything else is the topic's main kind.
     */
    public static EventKind ofPlainData(Collection<EventKind> candidates, JsonNode data) {
        if (candidates.size() == 1) {
            return candidates.iterator().next();
        }
        boolean looksRetired = data.has("retiredAt") && !data.has("name");
        if (looksRetired && candidates.contains(EXERCISE_RETIRED)) {
            return EXERCISE_RETIRED;
        }
        boolean looksErased = data.has("requestedAt") && !data.has("updatedAt");
        if (looksErased && candidates.contains(RUNNER_ERASED)) {
            return RUNNER_ERASED;
        }
        return candidates.stream().filter(kind -> kind != EXERCISE_RETIRED && kind != RUNNER_ERASED).findFirst()
                .orElse(candidates.iterator().next());
    }
}
