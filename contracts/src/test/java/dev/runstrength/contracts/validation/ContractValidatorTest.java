package dev.runstrength.contracts.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.runstrength.contracts.EventKind.EXERCISE_RETIRED;
import static dev.runstrength.contracts.EventKind.EXERCISE_UPSERTED;
import static dev.runstrength.contracts.EventKind.PLAN_GENERATED;
import static dev.runstrength.contracts.EventKind.PROGRESSION_UPDATED;
import static dev.runstrength.contracts.EventKind.RUNNER_PROFILE_UPDATED;
import static dev.runstrength.contracts.EventKind.WORKOUT_COMPLETED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractValidatorTest {

    /** The day after the example workout, so that it is in the past. */
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ContractValidator validator = new ContractValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    /** The fields the contract marks required, per event. */
    private static final Map<EventKind, List<String>> REQUIRED = Map.of(
            RUNNER_PROFILE_UPDATED, List.of("runnerId", "updatedAt", "level"),
            EventKind.RUNNER_ERASED, List.of("runnerId", "requestedAt"),
            PLAN_GENERATED, List.of("planId", "runnerId", "generatedAt", "basedOn", "trainingPhase", "weeks",
                    "rationale"),
            WORKOUT_COMPLETED, List.of("workoutId", "runnerId", "completedAt", "exercises"),
            PROGRESSION_UPDATED, List.of("runnerId", "workoutId", "updatedAt", "changes", "adherence", "flags"),
            EXERCISE_UPSERTED, List.of("id", "name", "version", "phases", "status", "purposes", "bodyAreas",
                    "primaryMuscles", "minLevel", "unilateral", "equipment", "impact", "prescription",
                    "contraindications", "progressions", "regressions", "secondaryMuscles", "cues", "cautions",
                    "sources"),
            EXERCISE_RETIRED, List.of("id", "version", "retiredAt"));

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void every_example_is_valid_with_its_key(EventKind kind) {
        ObjectNode example = Examples.of(kind);

        assertThat(validator.errorsOf(kind, example, keyOf(kind, example))).isEmpty();
    }

    @Test
    void the_message_says_field_expectation_and_value() {
        ObjectNode profile = Examples.of(RUNNER_PROFILE_UPDATED).put("sessionsPerWeek", 7);

        assertThatThrownBy(() -> validator.validate(RUNNER_PROFILE_UPDATED, profile, "r-1042"))
                .isInstanceOf(ContractViolation.class)
                .hasMessage("sessionsPerWeek: must be at most 4, was 7");
    }

    @Test
    void a_nested_field_is_named_by_its_json_pointer() {
        ObjectNode profile = Examples.of(RUNNER_PROFILE_UPDATED);
        ((ObjectNode) profile.at("/painAreas/0")).put("severity", 11);

        ContractViolation violation = violationOf(RUNNER_PROFILE_UPDATED, profile, "r-1042");

        assertThat(violation.getMessage()).isEqualTo("painAreas/0/severity: must be at most 10, was 11");
        assertThat(violation.errors()).extracting(FieldError::pointer).containsExactly("/painAreas/0/severity");
    }

    @Test
    void several_errors_are_all_listed_and_the_message_shows_the_first_ones() {
        ObjectNode profile = Examples.of(RUNNER_PROFILE_UPDATED)
                .put("sessionsPerWeek", 0).put("minutesPerSession", 5).put("goal", "FAST").put("level", "PRO");

        ContractViolation violation = violationOf(RUNNER_PROFILE_UPDATED, profile, "r-1042");

        assertThat(violation.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("sessionsPerWeek", "minutesPerSession", "goal", "level");
        assertThat(violation.getMessage()).startsWith(violation.errors().get(0).toString()).endsWith("(and 1 more)");
    }

    static Stream<Object[]> requiredFields() {
        return REQUIRED.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(field -> new Object[]{entry.getKey(), field}));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void a_missing_required_field_is_rejected_by_name(EventKind kind, String field) {
        ObjectNode data = Examples.of(kind);
        String key = keyOf(kind, data);
        data.remove(field);

        assertThat(violationOf(kind, data, key).getMessage()).contains(field + ": is required, was missing");
    }

    /** One invalid variant: the example with the value at {@code pointer} replaced (or removed when null). */
    record Variant(EventKind kind, String pointer, JsonNode value, String expected) {
        @Override
        public String toString() {
            return kind + " " + pointer + "=" + (value == null ? "<removed>" : value) + " -> " + expected;
        }
    }

    static Stream<Variant> invalidVariants() {
        return Stream.of(
                // runner profile
                v(RUNNER_PROFILE_UPDATED, "/level", JSON.textNode("EXPERT"), "must be one of BEGINNER, INTERMEDIATE, ADVANCED, was \"EXPERT\""),
                v(RUNNER_PROFILE_UPDATED, "/goal", JSON.textNode("FAST"), "must be one of GENERAL_FITNESS"),
                v(RUNNER_PROFILE_UPDATED, "/equipment/0", JSON.textNode("TREADMILL"), "must be one of WALL"),
                v(RUNNER_PROFILE_UPDATED, "/runDays/0/day", JSON.textNode("FUNDAY"), "must be one of MONDAY"),
                v(RUNNER_PROFILE_UPDATED, "/runDays/0/type", JSON.textNode("TEMPO"), "must be one of EASY, HARD, LONG"),
                v(RUNNER_PROFILE_UPDATED, "/runDays/0/day", null, "is required"),
                v(RUNNER_PROFILE_UPDATED, "/painAreas/0/area", JSON.textNode("ELBOW"), "must be one of KNEE"),
                v(RUNNER_PROFILE_UPDATED, "/painAreas/0/severity", JSON.numberNode(-1), "must be at least 0, was -1"),
                v(RUNNER_PROFILE_UPDATED, "/painAreas/0/severity", null, "is required"),
                v(RUNNER_PROFILE_UPDATED, "/sessionsPerWeek", JSON.numberNode(0), "must be at least 1, was 0"),
                v(RUNNER_PROFILE_UPDATED, "/sessionsPerWeek", JSON.numberNode(2.5), "must be an integer or null, was 2.5"),
                v(RUNNER_PROFILE_UPDATED, "/minutesPerSession", JSON.numberNode(9), "must be at least 10, was 9"),
                v(RUNNER_PROFILE_UPDATED, "/minutesPerSession", JSON.numberNode(91), "must be at most 90, was 91"),
                v(RUNNER_PROFILE_UPDATED, "/weeklyRunningKm", JSON.numberNode(400.5), "must be at most 400, was 400.5"),
                v(RUNNER_PROFILE_UPDATED, "/weeklyRunningKm", JSON.numberNode(-1), "must be at least 0"),
                v(RUNNER_PROFILE_UPDATED, "/runnerId", JSON.textNode("r 1042"), "must match ^[A-Za-z0-9._:-]{1,64}$, was \"r 1042\""),
                v(RUNNER_PROFILE_UPDATED, "/runnerId", JSON.textNode("r".repeat(65)), "must match"),
                v(RUNNER_PROFILE_UPDATED, "/runnerId", JSON.textNode(""), "must match"),
                v(RUNNER_PROFILE_UPDATED, "/runnerId", JSON.numberNode(1042), "must be a string, was 1042"),
                v(RUNNER_PROFILE_UPDATED, "/updatedAt", JSON.textNode("2026-11-22 08:00"), "must be an ISO-8601 instant"),
                v(RUNNER_PROFILE_UPDATED, "/startDate", JSON.textNode("23.11.2026"), "must be an ISO-8601 date"),
                v(RUNNER_PROFILE_UPDATED, "/avoidJumping", JSON.textNode("yes"), "must be true or false or null, was \"yes\""),
                // training plan
                v(PLAN_GENERATED, "/trainingPhase", JSON.textNode("OFFSEASON"), "must be one of BASE"),
                v(PLAN_GENERATED, "/weeks", JSON.arrayNode(), "must have at least 1 item, was 0"),
                v(PLAN_GENERATED, "/weeks/0/week", JSON.numberNode(0), "must be at least 1, was 0"),
                v(PLAN_GENERATED, "/weeks/0/sessions/0/blocks/1/exercises/0/holdSeconds", JSON.numberNode(30),
                        "exactly one of reps and holdSeconds must be set"),
                v(PLAN_GENERATED, "/weeks/0/sessions/0/blocks/1/exercises/1/holdSeconds", JSON.nullNode(),
                        "exactly one of reps and holdSeconds must be set"),
                v(PLAN_GENERATED, "/weeks/0/sessions/0/blocks/1/exercises/0/sets", JSON.numberNode(0), "must be at least 1, was 0"),
                v(PLAN_GENERATED, "/weeks/0/sessions/0/blocks/0/phase", JSON.textNode("RECOVER"), "must be \"PREPARE\", was \"RECOVER\""),
                v(PLAN_GENERATED, "/weeks/0/sessions/0/blocks/2", null, "must have at least 3 items, was 2"),
                v(PLAN_GENERATED, "/weeks/0/sessions/0/day", JSON.textNode("MONDAY"), "must be the weekday of date 2026-11-25 (WEDNESDAY), was MONDAY"),
                v(PLAN_GENERATED, "/basedOn/progressionAt", null, "is required"),
                v(PLAN_GENERATED, "/runnerLevel", JSON.textNode("ELITE"), "must be one of BEGINNER"),
                v(PLAN_GENERATED, "/weeks/0/sessions/0/blocks/1/exercises/0/targetRpe", JSON.numberNode(10.5),
                        "must be at most 10, was 10.5"),
                v(PLAN_GENERATED, "/weeks/0/sessions/0/blocks/1/exercises/0/targetRpe", JSON.numberNode(0),
                        "must be at least 1, was 0"),
                v(PLAN_GENERATED, "/weeks/0/sessions/0/blocks/1/exercises/0/targetRpe", JSON.textNode("hard"),
                        "must be a number or null, was \"hard\""),
                v(PLAN_GENERATED, "/rationale/0/code", null, "is required"),
                // completed workout
                v(WORKOUT_COMPLETED, "/workoutId", JSON.textNode("w".repeat(65)), "must be at most 64 characters, was 65 characters"),
                v(WORKOUT_COMPLETED, "/workoutId", JSON.textNode(""), "must be at least 1 characters"),
                v(WORKOUT_COMPLETED, "/runnerId", JSON.textNode("r/1042"), "must match"),
                v(WORKOUT_COMPLETED, "/durationMinutes", JSON.numberNode(301), "must be at most 300, was 301"),
                v(WORKOUT_COMPLETED, "/sessionRpe", JSON.numberNode(0.5), "must be at least 1, was 0.5"),
                v(WORKOUT_COMPLETED, "/exercises", JSON.arrayNode(), "must have at least 1 item, was 0"),
                v(WORKOUT_COMPLETED, "/exercises/0/exerciseId", null, "is required"),
                v(WORKOUT_COMPLETED, "/exercises/0/sets/0/reps", JSON.numberNode(501), "must be at most 500, was 501"),
                v(WORKOUT_COMPLETED, "/exercises/1/sets/0/holdSeconds", JSON.numberNode(3601), "must be at most 3600, was 3601"),
                v(WORKOUT_COMPLETED, "/exercises/0/sets/0/loadKg", JSON.numberNode(-2.5), "must be at least 0, was -2.5"),
                v(WORKOUT_COMPLETED, "/exercises/0/sets/0/side", JSON.textNode("UP"), "must be one of LEFT, RIGHT, BOTH, was \"UP\""),
                v(WORKOUT_COMPLETED, "/exercises/0/sets/0/rpe", JSON.numberNode(11), "must be at most 10, was 11"),
                v(WORKOUT_COMPLETED, "/exercises/0/painLevel", JSON.numberNode(11), "must be at most 10, was 11"),
                v(WORKOUT_COMPLETED, "/exercises/0/painArea", JSON.textNode("ELBOW"), "must be one of KNEE"),
                v(WORKOUT_COMPLETED, "/completedAt", JSON.textNode("2026-11-27T12:00:01Z"), "must not be more than 24 h in the future (at most 2026-11-27T12:00:00Z), was 2026-11-27T12:00:01Z"),
                // progression update
                v(PROGRESSION_UPDATED, "/changes/0/decision", JSON.textNode("SKIP"), "must be one of PROGRESS, HOLD, REGRESS, DELOAD"),
                v(PROGRESSION_UPDATED, "/changes/0/to", null, "is required"),
                v(PROGRESSION_UPDATED, "/changes/0/to/reps", null, "is required"),
                v(PROGRESSION_UPDATED, "/adherence/rate", JSON.numberNode(1.5), "must be at most 1, was 1.5"),
                v(PROGRESSION_UPDATED, "/adherence/plannedSessions", JSON.numberNode(-1), "must be at least 0, was -1"),
                v(PROGRESSION_UPDATED, "/adherence/streakWeeks", null, "is required"),
                v(PROGRESSION_UPDATED, "/flags/0/type", JSON.textNode("INJURY"), "must be one of PAIN, ASYMMETRY"),
                v(PROGRESSION_UPDATED, "/flags/0/area", JSON.textNode("ELBOW"), "must be one of KNEE"),
                v(PROGRESSION_UPDATED, "/flags/0/severity", JSON.numberNode(11), "must be at most 10, was 11"),
                v(PROGRESSION_UPDATED, "/flags/0/severity", JSON.numberNode(-1), "must be at least 0, was -1"),
                v(PROGRESSION_UPDATED, "/flags/0/severity", JSON.numberNode(4.5), "must be an integer or null, was 4.5"),
                // exercise
                v(EXERCISE_UPSERTED, "/phases", JSON.arrayNode(), "must have at least 1 item, was 0"),
                v(EXERCISE_UPSERTED, "/phases/0", JSON.textNode("WARMUP"), "must be one of PREPARE, STRENGTHEN, RECOVER"),
                v(EXERCISE_UPSERTED, "/status", JSON.textNode("DRAFT"), "must be one of ACTIVE, RETIRED"),
                v(EXERCISE_UPSERTED, "/impact", JSON.textNode("EXTREME"), "must be one of NONE, LOW, HIGH"),
                v(EXERCISE_UPSERTED, "/minLevel", JSON.textNode("ELITE"), "must be one of BEGINNER"),
                v(EXERCISE_UPSERTED, "/version", JSON.numberNode(0), "must be at least 1, was 0"),
                v(EXERCISE_UPSERTED, "/purposes/0", JSON.textNode("FUN"), "must be one of MOBILIZE"),
                v(EXERCISE_UPSERTED, "/equipment/0", JSON.textNode("ROWER"), "must be one of WALL"),
                v(EXERCISE_UPSERTED, "/contraindications/0", JSON.textNode("ELBOW"), "must be one of KNEE"),
                v(EXERCISE_UPSERTED, "/loads/CALF", JSON.textNode("EXTREME"),
                        "must be one of LOW, MODERATE, HIGH, was \"EXTREME\""),
                v(EXERCISE_UPSERTED, "/loads/CALF", JSON.nullNode(), "must be one of LOW, MODERATE, HIGH, was null"),
                v(EXERCISE_UPSERTED, "/loads", JSON.arrayNode().add("CALF"), "must be a JSON object or null, was an array"),
                v(EXERCISE_UPSERTED, "/kneeling", JSON.textNode("sometimes"), "must be true or false or null"),
                v(EXERCISE_UPSERTED, "/progressions/0", JSON.textNode("Weighted Calf Raise"), "must match"),
                v(EXERCISE_UPSERTED, "/prescription/holdSeconds", JSON.numberNode(30),
                        "exactly one of a rep range (repsMin and repsMax) and holdSeconds must be set"),
                v(EXERCISE_UPSERTED, "/prescription/repsMax", JSON.numberNode(10), "must be at least repsMin (12), was 10"),
                v(EXERCISE_UPSERTED, "/prescription/sets", JSON.numberNode(0), "must be at least 1, was 0"),
                v(EXERCISE_UPSERTED, "/sources/0/title", null, "is required"),
                v(EXERCISE_UPSERTED, "/footContactsPerRep", JSON.numberNode(-1), "must be at least 0, was -1"),
                v(EXERCISE_UPSERTED, "/pattern", JSON.textNode("DANCE"), "must be one of PLYOMETRIC"),
                // exercise retired
                v(EXERCISE_RETIRED, "/version", JSON.numberNode(0), "must be at least 1, was 0"),
                v(EXERCISE_RETIRED, "/retiredAt", JSON.textNode("tomorrow"), "must be an ISO-8601 instant"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidVariants")
    void an_invalid_variant_is_rejected_naming_the_field(Variant variant) {
        ObjectNode data = Examples.of(variant.kind());
        String key = keyOf(variant.kind(), data);
        apply(data, variant.pointer(), variant.value());
        String field = fieldOf(variant);

        ContractViolation violation = violationOf(variant.kind(), data, key);

        assertThat(violation.errors().get(0).toString()).startsWith(field + ": " + variant.expected());
        assertThat(violation.getMessage()).startsWith(field + ": " + variant.expected());
    }

    private static String fieldOf(Variant variant) {
        String pointer = variant.pointer();
        // an element too few, or a rule over two fields, is the containing object's error
        if (variant.expected().startsWith("must have at least 3 items") || variant.expected().startsWith("exactly one of")) {
            return pointer.substring(1, pointer.lastIndexOf('/'));
        }
        return pointer.substring(1);
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void the_key_field_must_equal_the_record_key(EventKind kind) {
        ObjectNode data = Examples.of(kind);
        String actual = data.get(kind.keyField()).asText();

        assertThat(violationOf(kind, data, "someone-else").getMessage())
                .isEqualTo(kind.keyField() + ": must equal the record key \"someone-else\", was \"" + actual + "\"");
    }

    @Test
    void without_a_key_the_key_rule_is_not_applied() {
        assertThatCode(() -> validator.validate(RUNNER_PROFILE_UPDATED, Examples.of(RUNNER_PROFILE_UPDATED)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_workout_completed_exactly_24_hours_ahead_is_accepted_one_second_more_is_not() {
        ObjectNode onTheLimit = Examples.of(WORKOUT_COMPLETED).put("completedAt", "2026-11-27T12:00:00Z");
        ObjectNode beyond = Examples.of(WORKOUT_COMPLETED).put("completedAt", "2026-11-27T12:00:01Z");

        assertThat(validator.errorsOf(WORKOUT_COMPLETED, onTheLimit, "r-1042")).isEmpty();
        assertThat(violationOf(WORKOUT_COMPLETED, beyond, "r-1042").errors())
                .extracting(FieldError::field).containsExactly("completedAt");
    }

    @Test
    void a_profile_dated_more_than_24_hours_ahead_is_refused_naming_updated_at() {
        // a profile dated 2099 would make every later real profile "older" and ignored
        ObjectNode onTheLimit = Examples.of(RUNNER_PROFILE_UPDATED).put("updatedAt", "2026-11-27T12:00:00Z");
        ObjectNode beyond = Examples.of(RUNNER_PROFILE_UPDATED).put("updatedAt", "2099-01-01T00:00:00Z");

        assertThat(validator.errorsOf(RUNNER_PROFILE_UPDATED, onTheLimit, "r-1042")).isEmpty();
        assertThat(violationOf(RUNNER_PROFILE_UPDATED, beyond, "r-1042").errors())
                .extracting(FieldError::field, FieldError::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("updatedAt",
                        "must not be more than 24 h in the future (at most 2026-11-27T12:00:00Z), was 2099-01-01T00:00:00Z"));
    }

    @Test
    void an_erasure_dated_more_than_24_hours_ahead_is_refused_naming_requested_at() {
        ObjectNode beyond = Examples.of(EventKind.RUNNER_ERASED).put("requestedAt", "2026-11-27T12:00:01Z");

        assertThat(violationOf(EventKind.RUNNER_ERASED, beyond, "r-1042").errors())
                .extracting(FieldError::field).containsExactly("requestedAt");
    }

    @Test
    void a_completed_at_with_an_offset_is_compared_as_an_instant() {
        // 13:30+02:00 is 11:30Z, inside the 24 h window; read as local time it would be outside.
        ObjectNode workout = Examples.of(WORKOUT_COMPLETED).put("completedAt", "2026-11-27T13:30:00+02:00");

        assertThat(validator.errorsOf(WORKOUT_COMPLETED, workout, "r-1042")).isEmpty();
    }

    @Test
    void optional_fields_may_be_absent_or_null_and_unknown_fields_are_allowed() {
        ObjectNode profile = JSON.objectNode().put("runnerId", "app:r_1.2-3").put("updatedAt", "2026-11-22T08:00:00Z")
                .put("level", "ADVANCED").putNull("goal").putNull("raceDate").put("shoeSize", 44);
        ObjectNode workout = Examples.of(WORKOUT_COMPLETED);
        workout.remove(List.of("planId", "sessionId", "durationMinutes", "sessionRpe"));
        ObjectNode firstSet = (ObjectNode) workout.at("/exercises/0/sets/0");
        firstSet.remove(List.of("side", "rpe", "holdSeconds"));

        assertThat(validator.errorsOf(RUNNER_PROFILE_UPDATED, profile, "app:r_1.2-3")).isEmpty();
        assertThat(validator.errorsOf(WORKOUT_COMPLETED, workout, "r-1042")).isEmpty();
    }

    @Test
    void a_load_on_an_area_that_is_not_a_pain_area_is_rejected_naming_the_area() {
        ObjectNode exercise = Examples.of(EXERCISE_UPSERTED);
        ((ObjectNode) exercise.get("loads")).put("ELBOW", "LOW");

        ContractViolation violation = violationOf(EXERCISE_UPSERTED, exercise, "single-leg-calf-raise");

        assertThat(violation.getMessage()).isEqualTo("loads: keys must be one of KNEE, ACHILLES, HEEL, FOOT, ANKLE, "
                + "SHIN, CALF, HAMSTRING, HIP, GROIN, LOWER_BACK, was \"ELBOW\"");
    }

    /** One valid v1.1 variant: the example with the value at {@code pointer} replaced. */
    record Addition(EventKind kind, String pointer, JsonNode value) {
        @Override
        public String toString() {
            return kind + " " + pointer + "=" + value;
        }
    }

    static Stream<Addition> v11Additions() {
        ObjectNode everyArea = JSON.objectNode();
        for (String area : List.of("KNEE", "ACHILLES", "HEEL", "FOOT", "ANKLE", "SHIN", "CALF", "HAMSTRING", "HIP",
                "GROIN", "LOWER_BACK")) {
            everyArea.put(area, "HIGH");
        }
        return Stream.of(
                new Addition(RUNNER_PROFILE_UPDATED, "/painAreas/0/area", JSON.textNode("ANKLE")),
                new Addition(RUNNER_PROFILE_UPDATED, "/painAreas/0/area", JSON.textNode("CALF")),
                new Addition(WORKOUT_COMPLETED, "/exercises/0/painArea", JSON.textNode("ANKLE")),
                new Addition(WORKOUT_COMPLETED, "/exercises/0/painArea", JSON.textNode("CALF")),
                new Addition(PROGRESSION_UPDATED, "/flags/0/area", JSON.textNode("CALF")),
                new Addition(PROGRESSION_UPDATED, "/flags/0/severity", JSON.numberNode(0)),
                new Addition(PROGRESSION_UPDATED, "/flags/0/severity", JSON.numberNode(10)),
                new Addition(PLAN_GENERATED, "/weeks/0/sessions/0/blocks/1/exercises/0/targetRpe", JSON.numberNode(7.5)),
                new Addition(PLAN_GENERATED, "/weeks/0/sessions/0/blocks/1/exercises/0/targetRpe", JSON.numberNode(10)),
                new Addition(EXERCISE_UPSERTED, "/contraindications/0", JSON.textNode("ANKLE")),
                new Addition(EXERCISE_UPSERTED, "/contraindications/0", JSON.textNode("CALF")),
                new Addition(EXERCISE_UPSERTED, "/loads", everyArea),
                new Addition(EXERCISE_UPSERTED, "/loads", JSON.objectNode()),
                new Addition(EXERCISE_UPSERTED, "/loads", JSON.nullNode()),
                new Addition(EXERCISE_UPSERTED, "/kneeling", JSON.booleanNode(true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v11Additions")
    void every_v11_value_is_accepted(Addition addition) {
        ObjectNode data = Examples.of(addition.kind());
        String key = keyOf(addition.kind(), data);
        apply(data, addition.pointer(), addition.value());

        assertThat(validator.errorsOf(addition.kind(), data, key)).isEmpty();
    }

    @Test
    void events_written_before_v11_without_its_fields_are_still_valid() {
        ObjectNode exercise = Examples.of(EXERCISE_UPSERTED);
        exercise.remove(List.of("loads", "kneeling"));
        ObjectNode progression = Examples.of(PROGRESSION_UPDATED);
        ((ObjectNode) progression.at("/flags/0")).remove("severity");
        ObjectNode plan = Examples.of(PLAN_GENERATED);
        plan.findParents("targetRpe").forEach(prescribed -> ((ObjectNode) prescribed).remove("targetRpe"));

        assertThat(plan.findValues("targetRpe")).isEmpty();
        assertThat(validator.errorsOf(EXERCISE_UPSERTED, exercise, "single-leg-calf-raise")).isEmpty();
        assertThat(validator.errorsOf(PROGRESSION_UPDATED, progression, "r-1042")).isEmpty();
        assertThat(validator.errorsOf(PLAN_GENERATED, plan, "r-1042")).isEmpty();
    }

    @Test
    void data_that_is_not_an_object_is_rejected() {
        assertThat(violationOf(WORKOUT_COMPLETED, JSON.arrayNode(), null).getMessage())
                .isEqualTo("data: must be a JSON object, was an array");
        assertThat(violationOf(WORKOUT_COMPLETED, null, null).getMessage())
                .isEqualTo("data: must be a JSON object, was missing");
    }

    private ContractViolation violationOf(EventKind kind, JsonNode data, String key) {
        try {
            validator.validate(kind, data, key);
        } catch (ContractViolation violation) {
            return violation;
        }
        throw new AssertionError("expected a contract violation for " + data);
    }

    private static Variant v(EventKind kind, String pointer, JsonNode value, String expected) {
        return new Variant(kind, pointer, value, expected);
    }

    private static String keyOf(EventKind kind, JsonNode data) {
        return data.get(kind.keyField()).asText();
    }

    /** Sets (or removes, for a null value) the node at a JSON pointer inside the example. */
    private static void apply(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove(Integer.parseInt(last));
            } else {
                array.set(Integer.parseInt(last), value);
            }
        } else {
            throw new IllegalArgumentException("no parent for " + pointer);
        }
    }
}
