package dev.runstrength.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class RenderedObjectsTest {

    static final List<String> OVERLAYS = Overlay.NAMES;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_object_reads_as_its_typed_model_without_unknown_fields(String name) {
        Overlay overlay = Overlay.rendered(name);
        assertThat(overlay.objects).hasSizeGreaterThan(30);
        List<String> problems = new ArrayList<>();
        for (JsonNode object : overlay.objects) {
            if (CnpgShapes.covers(object)) {
                CnpgShapes.unknownFields(object).forEach(f -> problems.add(TypedModels.describe(object) + ": unknown field " + f));
                continue;
            }
            Class<?> model = TypedModels.modelOf(object).orElse(null);
            if (model == null) {
                problems.add(TypedModels.describe(object) + ": no typed model for this kind");
                continue;
            }
            Object typed = TypedModels.as(object, model);
            TypedModels.unknownFields(typed).forEach(f -> problems.add(TypedModels.describe(object) + ": unknown field " + f));
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void every_object_is_named_and_in_the_runstrength_namespace(String name) {
        for (JsonNode object : Overlay.rendered(name).objects) {
            assertThat(object.path("metadata").path("name").asText()).as(TypedModels.describe(object)).isNotBlank();
            assertThat(object.path("metadata").path("namespace").asText()).as(TypedModels.describe(object)).isEqualTo("runstrength");
            assertThat(object.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText())
                    .as(TypedModels.describe(object)).isEqualTo("runstrength");
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
    void the_walk_finds_a_misspelt_strimzi_field() throws Exception {
        JsonNode topic = new ObjectMapper().readTree("""
                {"apiVersion":"kafka.strimzi.io/v1beta2","kind":"KafkaTopic","metadata":{"name":"t"},
                 "spec":{"partitions":3,"replica":1}}""");
        assertThat(TypedModels.unknownFields(TypedModels.as(topic, KafkaTopic.class))).containsExactly(".spec.replica");
    }

    @Test
    void a_wrongly_typed_value_does_not_read() throws Exception {
        JsonNode topic = new ObjectMapper().readTree("""
                {"apiVersion":"kafka.strimzi.io/v1beta2","kind":"KafkaTopic","metadata":{"name":"t"},
                 "spec":{"partitions":"three"}}""");
        assertThatThrownBy(() -> TypedModels.as(topic, KafkaTopic.class)).isInstanceOf(AssertionError.class);
    }

    @Test
    void the_cnpg_field_list_names_an_unlisted_field() throws Exception {
        ObjectNode database = (ObjectNode) new ObjectMapper().readTree("""
                {"apiVersion":"postgresql.cnpg.io/v1","kind":"Database","metadata":{"name":"d"},
                 "spec":{"cluster":{"name":"c"},"name":"d","owner":"o","ownr":"o"}}""");
        assertThat(CnpgShapes.unknownFields(database)).containsExactly("spec.ownr");
    }
}
