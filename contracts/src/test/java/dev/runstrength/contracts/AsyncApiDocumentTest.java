package dev.runstrength.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncApiDocumentTest {

    private static JsonNode asyncApi;

    @BeforeAll
    static void readDocument() throws IOException {
        asyncApi = new YAMLMapper().readTree(resource("asyncapi.yaml"));
    }

    @Test
    void it_is_an_asyncapi_3_document() {
        assertThat(asyncApi.path("asyncapi").asText()).isEqualTo("3.0.0");
    }

    @Test
    void it_names_every_topic_and_every_dead_letter_topic() {
        List<String> addresses = StreamSupport.stream(asyncApi.path("channels").spliterator(), false)
                .map(channel -> channel.path("address").asText()).toList();

        for (String topic : Topics.ALL) {
            assertThat(addresses).contains(topic, Topics.dlq(topic));
        }
        assertThat(addresses).hasSize(Topics.ALL.size() * 2);
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void every_event_is_a_message_on_its_topic_with_its_schema(EventKind kind) {
        String messageId = asyncApi.at("/components/messages").properties().stream()
                .filter(entry -> kind.type().equals(entry.getValue().path("name").asText()))
                .map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no message named " + kind.type()));
        JsonNode message = asyncApi.at("/components/messages/" + messageId);
        String schemaRef = message.at("/payload/schema/$ref").asText();

        assertThat(schemaRef).isEqualTo("./" + kind.schemaResource());
        assertThat(channelOf(kind.topic()).path("messages").findValuesAsText("$ref"))
                .contains("#/components/messages/" + messageId);
        assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText()).isEqualTo(kind.type());
    }

    @Test
    void every_internal_reference_resolves_and_every_schema_file_exists_and_parses() throws IOException {
        List<String> references = new ArrayList<>();
        collectReferences(asyncApi, references);

        assertThat(references).isNotEmpty();
        for (String reference : references) {
            if (reference.startsWith("#/")) {
                assertThat(asyncApi.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
            } else {
                JsonNode schema = new ObjectMapper().readTree(resource(reference.substring(2)));
                assertThat(schema.path("$schema").asText()).as(reference)
                        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void no_schema_forbids_additional_properties(EventKind kind) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(resource(kind.schemaResource()));

        assertThat(schema.findValues("additionalProperties")).allSatisfy(value -> assertThat(value.asBoolean(true)).isTrue());
        assertThat(schema.findValues("unevaluatedProperties")).isEmpty();
    }

    private static JsonNode channelOf(String topic) {
        return StreamSupport.stream(asyncApi.path("channels").spliterator(), false)
                .filter(channel -> topic.equals(channel.path("address").asText()))
                .findFirst().orElseThrow();
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if ("$ref".equals(field.getKey())) {
                    references.add(field.getValue().asText());
                } else {
                    collectReferences(field.getValue(), references);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectReferences(element, references));
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new AssertionError("missing resource " + name);
        }
        return in;
    }
}
