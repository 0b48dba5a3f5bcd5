package dev.runstrength.contracts.cloudevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Examples;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.cloudevents.InboundEvent.Mode;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.validation.ContractViolation;
import dev.runstrength.contracts.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.runstrength.contracts.EventKind.EXERCISE_RETIRED;
import static dev.runstrength.contracts.EventKind.EXERCISE_UPSERTED;
import static dev.runstrength.contracts.EventKind.PLAN_GENERATED;
import static dev.runstrength.contracts.EventKind.RUNNER_PROFILE_UPDATED;
import static dev.runstrength.contracts.EventKind.WORKOUT_COMPLETED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventCodecTest {

    private static final Instant TIME = Instant.parse("2026-11-25T18:40:01Z");

    private final CloudEventCodec codec = new CloudEventCodec();

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void all_three_modes_decode_to_the_same_data(EventKind kind) {
        ObjectNode data = Examples.of(kind);

        InboundEvent binary = codec.decode(kind, binaryHeaders(kind.type(), "evt-1"), bytes(data));
        InboundEvent structured = codec.decode(kind, Map.of("content-type",
                utf8("application/cloudevents+json; charset=UTF-8")), bytes(envelope(kind.type(), "evt-1", data)));
        InboundEvent plain = codec.decode(kind, Map.of(), bytes(data));

        assertThat(List.of(binary, structured, plain)).extracting(InboundEvent::data).containsOnly(data);
        assertThat(List.of(binary, structured, plain)).extracting(InboundEvent::type).containsOnly(kind.type());
        assertThat(List.of(binary, structured, plain)).extracting(InboundEvent::mode)
                .containsExactly(Mode.BINARY, Mode.STRUCTURED, Mode.PLAIN);
        assertThat(List.of(binary, structured)).extracting(InboundEvent::id).containsOnly("evt-1");
        assertThat(List.of(binary, structured)).extracting(InboundEvent::source).containsOnly("urn:test:app");
        assertThat(List.of(binary, structured)).extracting(InboundEvent::time).containsOnly(TIME);
        assertThat(plain.id()).isEqualTo(kind.identityOf(data));
        assertThat(plain.source()).isEqualTo(CloudEventHeaders.PLAIN_SOURCE);
        assertThat(plain.time()).isNull();
        assertThat(plain.kind()).isEqualTo(kind);
    }

    @Test
    void anEventIdUpTo1024CharactersIsAcceptedALongerOneIsRejectedNamingIt() {
        byte[] data = Examples.bytesOf(RUNNER_PROFILE_UPDATED);
        String longest = "e".repeat(CloudEventHeaders.MAX_ID_LENGTH);

        assertThat(codec.decode(RUNNER_PROFILE_UPDATED, binaryHeaders(RUNNER_PROFILE_UPDATED.type(), longest), data).id())
                .isEqualTo(longest);
        assertThatThrownBy(() -> codec.decode(RUNNER_PROFILE_UPDATED,
                binaryHeaders(RUNNER_PROFILE_UPDATED.type(), longest + "e"), data))
                .isInstanceOf(ContractViolation.class)
                .hasMessageContaining("ce_id: must be at most 1024 characters, was 1025 characters");
    }

    @Test
    void a_plain_workout_is_identified_by_workout_id_and_a_plain_profile_by_runner_and_time() {
        InboundEvent workout = codec.decode(WORKOUT_COMPLETED, null, Examples.bytesOf(WORKOUT_COMPLETED));
        InboundEvent profile = codec.decode(RUNNER_PROFILE_UPDATED, Map.of(), Examples.bytesOf(RUNNER_PROFILE_UPDATED));

        assertThat(workout.id()).isEqualTo("w-77f1");
        assertThat(profile.id()).isEqualTo("r-1042@2026-11-22T08:00:00Z");
    }

    @Test
    void a_structured_event_is_recognised_without_its_content_type() {
        ObjectNode data = Examples.of(WORKOUT_COMPLETED);

        InboundEvent event = codec.decode(WORKOUT_COMPLETED, Map.of(), bytes(envelope(WORKOUT_COMPLETED.type(), "e-9", data)));

        assertThat(event.mode()).isEqualTo(Mode.STRUCTURED);
        assertThat(event.id()).isEqualTo("e-9");
        assertThat(event.data()).isEqualTo(data);
    }

    @Test
    void on_catalog_exercises_both_exercise_kinds_are_accepted_in_every_mode() {
        ObjectNode upserted = Examples.of(EXERCISE_UPSERTED);
        ObjectNode retired = Examples.of(EXERCISE_RETIRED);

        assertThat(codec.decode(Topics.CATALOG_EXERCISES, Map.of(), bytes(upserted)).kind()).isEqualTo(EXERCISE_UPSERTED);
        assertThat(codec.decode(Topics.CATALOG_EXERCISES, Map.of(), bytes(retired)).kind()).isEqualTo(EXERCISE_RETIRED);
        assertThat(codec.decode(Topics.CATALOG_EXERCISES, binaryHeaders(EXERCISE_RETIRED.type(), "x-1"), bytes(retired))
                .kind()).isEqualTo(EXERCISE_RETIRED);
        assertThat(codec.decode(Topics.CATALOG_EXERCISES, Map.of(), bytes(envelope(EXERCISE_UPSERTED.type(), "x-2", upserted)))
                .kind()).isEqualTo(EXERCISE_UPSERTED);
        assertThat(codec.decode(Topics.CATALOG_EXERCISES, Map.of(), bytes(retired)).id())
                .isEqualTo("single-leg-calf-raise@4@retired");
    }

    @Test
    void attributes_alone_are_decoded_from_a_binary_record_and_nothing_from_the_others() {
        InboundEvent attributes = codec.decodeAttributes(List.of(PLAN_GENERATED), binaryHeaders(PLAN_GENERATED.type(), "evt-3"))
                .orElseThrow();
        assertThat(attributes.id()).isEqualTo("evt-3");
        assertThat(attributes.kind()).isEqualTo(PLAN_GENERATED);
        assertThat(attributes.mode()).isEqualTo(InboundEvent.Mode.BINARY);
        assertThat(attributes.data()).as("the value is left to the caller").isNull();
        assertThat(codec.decodeAttributes(List.of(PLAN_GENERATED), Map.of("content-type",
                "application/cloudevents+json".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(codec.decodeAttributes(List.of(PLAN_GENERATED), Map.of())).isEmpty();
        assertThat(violation(() -> codec.decodeAttributes(List.of(PLAN_GENERATED),
                binaryHeaders(WORKOUT_COMPLETED.type(), "evt-4"))).getMessage()).startsWith("ce_type:");
    }

    @Test
    void header_names_are_matched_without_regard_to_case() {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        binaryHeaders(WORKOUT_COMPLETED.type(), "evt-7").forEach((name, value) -> headers.put(name.toUpperCase(), value));

        InboundEvent event = codec.decode(WORKOUT_COMPLETED, headers, Examples.bytesOf(WORKOUT_COMPLETED));

        assertThat(event.mode()).isEqualTo(Mode.BINARY);
        assertThat(event.id()).isEqualTo("evt-7");
    }

    @Test
    void encode_writes_binary_mode() throws Exception {
        TrainingPlan plan = ContractJson.mapper().treeToValue(Examples.of(PLAN_GENERATED), TrainingPlan.class);

        OutboundRecord record = codec.encode(new OutboundEvent(PLAN_GENERATED, "evt-42", "urn:runstrength:planner-service",
                TIME, "r-1042", plan));

        assertThat(record.topic()).isEqualTo("planner.plans");
        assertThat(record.key()).isEqualTo("r-1042");
        assertThat(record.headers()).containsOnlyKeys("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time",
                "ce_dataschema", "content-type");
        assertThat(record.header("ce_specversion")).isEqualTo("1.0");
        assertThat(record.header("ce_id")).isEqualTo("evt-42");
        assertThat(record.header("ce_source")).isEqualTo("urn:runstrength:planner-service");
        assertThat(record.header("ce_type")).isEqualTo("dev.runstrength.planner.plan.generated.v1");
        assertThat(record.header("ce_time")).isEqualTo("2026-11-25T18:40:01Z");
        assertThat(record.header("ce_dataschema")).isEqualTo("https://runstrength.dev/schemas/plan-generated.v1.json");
        assertThat(record.header("content-type")).isEqualTo("application/json");
        JsonNode value = ContractJson.mapper().readTree(record.value());
        assertThat(value.at("/planId").asText()).isEqualTo("plan-r-1042-2026-11-22T08:00:00Z");
        assertThat(value.at("/weeks/0/sessions/0/blocks/1/exercises/1").has("reps")).isTrue();
    }

    @Test
    void encode_writes_json_text_already_written_as_it_is() {
        // an outbox row's payload: non-Latin-1 text included, the value is its UTF-8 bytes, unchanged
        String json = "{\"runnerId\":\"r-1042\",\"title\":\"Hip thrust 5–8 reps × 3, then rest …\"}";

        OutboundRecord record = codec.encode(new OutboundEvent(PLAN_GENERATED, "evt-43", "urn:runstrength:planner-service",
                TIME, "r-1042", new com.fasterxml.jackson.databind.util.RawValue(json)));

        assertThat(record.value()).isEqualTo(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void what_encode_writes_decode_reads_back(EventKind kind) throws Exception {
        Object payload = ContractJson.mapper().treeToValue(Examples.of(kind), kind.payloadType());
        OutboundEvent sent = OutboundEvent.of(kind, "urn:runstrength:test", TIME, "k-1", payload);

        OutboundRecord record = codec.encode(sent);
        InboundEvent received = codec.decode(kind.topic(), record.headers(), record.value());

        assertThat(received.mode()).isEqualTo(Mode.BINARY);
        assertThat(received.id()).isEqualTo(sent.id());
        assertThat(received.source()).isEqualTo("urn:runstrength:test");
        assertThat(received.kind()).isEqualTo(kind);
        assertThat(received.time()).isEqualTo(TIME);
        assertThat(ContractJson.mapper().treeToValue(received.data(), kind.payloadType())).isEqualTo(payload);
    }

    @Test
    void a_value_that_is_not_json_is_rejected_in_every_mode() {
        byte[] broken = utf8("{\"workoutId\": ");

        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, Map.of(), broken)).getMessage())
                .startsWith("value: not valid JSON: ");
        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, binaryHeaders(WORKOUT_COMPLETED.type(), "e"), broken))
                .errors()).extracting(FieldError::field).containsExactly("value");
        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, Map.of("content-type",
                utf8("application/cloudevents+json")), utf8("{} trailing"))).getMessage()).startsWith("value: not valid JSON");
    }

    @Test
    void an_empty_value_or_a_value_that_is_not_an_object_is_rejected() {
        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, Map.of(), new byte[0])).getMessage())
                .isEqualTo("value: must be a JSON object, was empty");
        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, Map.of(), null)).getMessage())
                .isEqualTo("value: must be a JSON object, was empty");
        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, Map.of(), utf8("[1,2]"))).getMessage())
                .isEqualTo("value: must be a JSON object, was an array");
    }

    @Test
    void a_binary_event_of_another_type_is_rejected_naming_ce_type() {
        Map<String, byte[]> headers = binaryHeaders(RUNNER_PROFILE_UPDATED.type(), "e-1");

        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, headers, Examples.bytesOf(WORKOUT_COMPLETED))).getMessage())
                .isEqualTo("ce_type: must be dev.runstrength.workout.completed.v1, was \"dev.runstrength.runner.profile.updated.v1\"");
        assertThat(violation(() -> codec.decode(Topics.CATALOG_EXERCISES, headers, Examples.bytesOf(EXERCISE_UPSERTED)))
                .getMessage()).startsWith("ce_type: must be one of dev.runstrength.catalog.exercise.upserted.v1, "
                + "dev.runstrength.catalog.exercise.retired.v1, was");
    }

    @Test
    void a_structured_event_of_another_type_is_rejected_naming_type() {
        byte[] value = bytes(envelope(PLAN_GENERATED.type(), "e-1", Examples.of(WORKOUT_COMPLETED)));

        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, Map.of(), value)).errors())
                .extracting(FieldError::field).containsExactly("type");
    }

    @Test
    void a_binary_event_without_id_or_source_is_rejected_naming_them() {
        Map<String, byte[]> headers = binaryHeaders(WORKOUT_COMPLETED.type(), "e-1");
        headers.remove("ce_id");
        headers.put("ce_source", utf8(" "));

        ContractViolation violation = violation(() -> codec.decode(WORKOUT_COMPLETED, headers,
                Examples.bytesOf(WORKOUT_COMPLETED)));

        assertThat(violation.getMessage()).isEqualTo("ce_id: is required in binary mode, was missing; "
                + "ce_source: is required in binary mode, was \" \"");
    }

    @Test
    void a_structured_event_without_id_is_rejected_naming_it() {
        ObjectNode event = envelope(WORKOUT_COMPLETED.type(), "e-1", Examples.of(WORKOUT_COMPLETED));
        event.remove("id");

        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, Map.of(), bytes(event))).getMessage())
                .isEqualTo("id: is required in structured mode, was missing");
    }

    @Test
    void a_spec_version_other_than_1_0_is_rejected() {
        Map<String, byte[]> headers = binaryHeaders(WORKOUT_COMPLETED.type(), "e-1");
        headers.put("ce_specversion", utf8("0.3"));
        ObjectNode event = envelope(WORKOUT_COMPLETED.type(), "e-1", Examples.of(WORKOUT_COMPLETED)).put("specversion", "2.0");

        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, headers, Examples.bytesOf(WORKOUT_COMPLETED))).getMessage())
                .isEqualTo("ce_specversion: must be 1.0, was \"0.3\"");
        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, Map.of(), bytes(event))).getMessage())
                .isEqualTo("specversion: must be 1.0, was \"2.0\"");
    }

    @Test
    void a_time_that_is_not_an_instant_is_rejected() {
        Map<String, byte[]> headers = binaryHeaders(WORKOUT_COMPLETED.type(), "e-1");
        headers.put("ce_time", utf8("yesterday"));

        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, headers, Examples.bytesOf(WORKOUT_COMPLETED))).getMessage())
                .startsWith("ce_time: must be an ISO-8601 instant");
    }

    @Test
    void binary_mode_requires_json_content() {
        Map<String, byte[]> headers = binaryHeaders(WORKOUT_COMPLETED.type(), "e-1");
        headers.put("content-type", utf8("application/avro"));

        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, headers, Examples.bytesOf(WORKOUT_COMPLETED))).getMessage())
                .isEqualTo("content-type: must be application/json in binary mode, was \"application/avro\"");
    }

    @Test
    void structured_data_must_be_a_json_object() {
        ObjectNode event = envelope(WORKOUT_COMPLETED.type(), "e-1", Examples.of(WORKOUT_COMPLETED));
        event.remove("data");
        event.put("data_base64", "e30=");

        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, Map.of("content-type",
                utf8("application/cloudevents+json")), bytes(event))).getMessage())
                .isEqualTo("data: must be a JSON object, was missing (data_base64 is not supported)");
        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, Map.of(), bytes(event))).errors())
                .extracting(FieldError::field).containsExactly("data");
    }

    @Test
    void a_plain_record_without_its_identity_field_is_rejected_naming_it() {
        ObjectNode workout = Examples.of(WORKOUT_COMPLETED);
        workout.remove("workoutId");

        assertThat(violation(() -> codec.decode(WORKOUT_COMPLETED, Map.of(), bytes(workout))).errors())
                .extracting(FieldError::field).containsExactly("workoutId");
    }

    @Test
    void decoding_for_a_topic_outside_the_contract_is_a_programming_error() {
        assertThatThrownBy(() -> codec.decode("some.topic", Map.of(), utf8("{}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("some.topic");
    }

    private static ContractViolation violation(Runnable decode) {
        try {
            decode.run();
        } catch (ContractViolation violation) {
            return violation;
        }
        throw new AssertionError("expected a contract violation");
    }

    private static Map<String, byte[]> binaryHeaders(String type, String id) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", utf8("1.0"));
        headers.put("ce_id", utf8(id));
        headers.put("ce_source", utf8("urn:test:app"));
        headers.put("ce_type", utf8(type));
        headers.put("ce_time", utf8(TIME.toString()));
        headers.put("content-type", utf8("application/json"));
        return headers;
    }

    private static ObjectNode envelope(String type, String id, JsonNode data) {
        ObjectNode event = ContractJson.mapper().createObjectNode()
                .put("specversion", "1.0").put("id", id).put("source", "urn:test:app").put("type", type)
                .put("time", TIME.toString()).put("datacontenttype", "application/json");
        event.set("data", data);
        return event;
    }

    private static byte[] bytes(JsonNode json) {
        try {
            return ContractJson.mapper().writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
