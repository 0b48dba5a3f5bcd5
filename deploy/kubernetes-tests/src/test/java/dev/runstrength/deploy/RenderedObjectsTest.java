package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class RenderedObjectsTest {

    static final List<String> RENDERED = List.of("base", "dev", "prod", "prod-keda", "own-kafka-postgres");

    @ParameterizedTest
    @FieldSource("RENDERED")
    void every_object_passes_its_crd_schema_or_typed_model_without_unknown_fields(String name) {
        Overlay overlay = Overlay.rendered(name);
        assertThat(overlay.objects).hasSizeGreaterThan(15);
        List<String> problems = new ArrayList<>();
        for (JsonNode object : overlay.objects) {
            boolean checked = false;
            if (CrdSchemas.schemaOf(object).isPresent()) {
                CrdSchemas.problems(object).forEach(p -> problems.add(TypedModels.describe(object) + " " + p));
                checked = true;
            }
            Class<?> model = TypedModels.modelOf(object).orElse(null);
            if (model != null) {
                Object typed = TypedModels.as(object, model);
                TypedModels.unknownFields(typed).forEach(f -> problems.add(TypedModels.describe(object) + ": unknown field " + f));
                checked = true;
            }
            if (!checked) {
                problems.add(TypedModels.describe(object) + ": neither a CRD schema nor a typed model for this kind");
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("RENDERED")
    void every_object_is_named_and_labelled_part_of_runstrength(String name) {
        Overlay overlay = Overlay.rendered(name);
        for (JsonNode object : overlay.objects) {
            assertThat(object.path("metadata").path("name").asText()).as(TypedModels.describe(object)).isNotBlank();
            if (!name.equals("base")) {
                assertThat(object.path("metadata").path("namespace").asText()).as(TypedModels.describe(object)).isEqualTo("runstrength");
            }
            assertThat(object.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText())
                    .as(TypedModels.describe(object)).isEqualTo("runstrength");
        }
    }

    @Test
    void strimzi_resources_are_on_v1_only() {
        for (String name : Overlay.ALL) {
            for (JsonNode object : Overlay.rendered(name).objects) {
                if (object.path("apiVersion").asText().startsWith("kafka.strimzi.io/")) {
                    assertThat(object.path("apiVersion").asText()).as(TypedModels.describe(object)).isEqualTo("kafka.strimzi.io/v1");
                }
            }
        }
    }

    @Test
    void the_walk_finds_a_misspelt_field_the_model_kept_aside() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode deployment = json.readTree("""
                {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"x"},
                 "spec":{"template":{"spec":{"containers":[{"name":"x","image":"i",
                   "readinessProbe":{"httpGet":{"path":"/q/health/ready","port":8080},"periodSecond":5}}]}}}}""");
        Deployment typed = TypedModels.as(deployment, Deployment.class);
        assertThat(TypedModels.unknownFields(typed))
                .containsExactly(".spec.template.spec.containers[0].readinessProbe.periodSecond");
    }

    @Test
    void the_schema_refuses_a_misspelt_strimzi_field_and_a_wrong_type() throws Exception {
        JsonNode topic = new ObjectMapper().readTree("""
                {"apiVersion":"kafka.strimzi.io/v1","kind":"KafkaTopic","metadata":{"name":"t"},
                 "spec":{"partitions":"three","replica":1}}""");
        assertThat(CrdSchemas.problems(topic)).containsExactlyInAnyOrder(
                ".spec.partitions: \"three\" is not of type integer",
                ".spec.replica: unknown field");
        assertThatThrownBy(() -> TypedModels.as(topic, KafkaTopic.class)).isInstanceOf(AssertionError.class);
    }

    @Test
    void the_v1_schema_refuses_what_only_v1beta2_had_though_the_java_model_reads_it() throws Exception {
        // acls[].operation (singular) was deprecated in v1beta2 and is gone from v1
        JsonNode user = new ObjectMapper().readTree("""
                {"apiVersion":"kafka.strimzi.io/v1","kind":"KafkaUser","metadata":{"name":"u"},
                 "spec":{"authentication":{"type":"scram-sha-512"},"authorization":{"type":"simple",
                   "acls":[{"resource":{"type":"topic","name":"t"},"operation":"Read"}]}}}""");
        assertThat(TypedModels.unknownFields(TypedModels.as(user, KafkaUser.class))).isEmpty();
        assertThat(CrdSchemas.problems(user)).containsExactlyInAnyOrder(
                ".spec.authorization.acls[0].operation: unknown field",
                ".spec.authorization.acls[0].operations: required");
    }

    @Test
    void the_schema_checks_required_fields_enums_and_string_maps() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode backup = json.readTree("""
                {"apiVersion":"postgresql.cnpg.io/v1","kind":"ScheduledBackup","metadata":{"name":"b"},
                 "spec":{"cluster":{"name":"c"},"method":"tape"}}""");
        assertThat(CrdSchemas.problems(backup)).containsExactlyInAnyOrder(
                ".spec.schedule: required",
                ".spec.method: \"tape\" is not one of [\"barmanObjectStore\",\"volumeSnapshot\",\"plugin\"]");

        JsonNode scaled = json.readTree("""
                {"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":"s","labelz":{}},
                 "spec":{"scaleTargetRef":{"name":"d"},"triggers":[{"type":"kafka","metadata":{"lagThreshold":100}}]}}""");
        assertThat(CrdSchemas.problems(scaled)).containsExactlyInAnyOrder(
                ".metadata.labelz: unknown field",
                ".spec.triggers[0].metadata.lagThreshold: 100 is not of type string");

        JsonNode database = json.readTree("""
                {"apiVersion":"postgresql.cnpg.io/v1","kind":"Database","metadata":{"name":"d"},
                 "spec":{"cluster":{"name":"c"},"name":"d","owner":"o","ownr":"o"}}""");
        assertThat(CrdSchemas.problems(database)).containsExactly(".spec.ownr: unknown field");
    }

    @Test
    void one_of_needs_exactly_one_branch() throws Exception {
        // the shape Strimzi's schemas use for "exactly one of value and valueFrom"
        JsonNode schema = new ObjectMapper().readTree("""
                {"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"}},
                 "oneOf":[{"properties":{"a":{}},"required":["a"]},{"properties":{"b":{}},"required":["b"]}]}""");
        JsonNode both = new ObjectMapper().readTree("""
                {"a":"x","b":"y"}""");
        JsonNode one = new ObjectMapper().readTree("""
                {"b":"y"}""");
        assertThat(StructuralSchema.problems(both, schema)).singleElement().asString().contains("matches 2 of oneOf");
        assertThat(StructuralSchema.problems(one, schema)).isEmpty();
    }
}
