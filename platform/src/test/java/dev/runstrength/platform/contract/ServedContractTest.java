package dev.runstrength.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.runstrength.contracts.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document a service serves names only what it produces or consumes, and every reference in it resolves. */
class ServedContractTest {

    @Test
    void aServiceReadingOnlyTheErasuresOfRunnerProfilesServesThatMessageAndNotTheProfiles() throws Exception {
        JsonNode document = new YAMLMapper().readTree(ServedContract.asyncApiFor(Set.of(EventKind.WORKOUT_COMPLETED,
                EventKind.RUNNER_ERASED, EventKind.PROGRESSION_UPDATED)));

        assertThat(document.at("/channels/runnerProfiles/messages").fieldNames()).toIterable().containsExactly("runnerErased");
        assertThat(document.at("/operations/receiveRunnerErasures/messages").findValuesAsText("$ref"))
                .containsExactly("#/channels/runnerProfiles/messages/runnerErased");
        // the planner's operation on the topic keeps only the erasures, which it reads too
        assertThat(document.at("/operations/receiveRunnerProfiles/messages").findValuesAsText("$ref"))
                .containsExactly("#/channels/runnerProfiles/messages/runnerErased");
        assertThat(document.at("/components/messages").has("runnerProfileUpdated")).isFalse();
        assertEveryReferenceResolves(document);
    }

    @Test
    void theTopicsOwnConsumerServesBothKinds() throws Exception {
        JsonNode document = new YAMLMapper().readTree(ServedContract.asyncApiFor(Set.of(
                EventKind.RUNNER_PROFILE_UPDATED, EventKind.RUNNER_ERASED, EventKind.PLAN_GENERATED)));

        assertThat(document.at("/channels/runnerProfiles/messages").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("runnerProfileUpdated", "runnerErased");
        assertThat(document.path("operations").fieldNames()).toIterable()
                .contains("receiveRunnerProfiles", "receiveRunnerErasures");
        assertEveryReferenceResolves(document);
    }

    private static void assertEveryReferenceResolves(JsonNode document) {
        List<String> references = new ArrayList<>();
        collect(document, references);
        assertThat(references).isNotEmpty();
        for (String reference : references) {
            if (reference.startsWith("#/")) {
                assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
            }
        }
    }

    private static void collect(JsonNode node, List<String> references) {
        if (node.isObject() && node.has("$ref")) {
            references.add(node.path("$ref").asText());
        }
        node.forEach(child -> collect(child, references));
    }
}
