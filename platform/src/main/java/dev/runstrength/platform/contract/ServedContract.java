package dev.runstrength.platform.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.runstrength.contracts.EventKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contract documents this service serves, read once from the contracts module: the JSON Schema of
 * every event it publishes or consumes, by served name ({@code plan-generated.v1.json}), and the AsyncAPI
 * document cut down to the topics of those events (and their dead-letter topics), its schema references
 * pointing at the served copies next to it ({@code ./schemas/plan-generated.v1.json}).
 */
@ApplicationScoped
public class ServedContract {

    private static final String ASYNCAPI = "asyncapi.yaml";

    private final Map<String, byte[]> schemas = new LinkedHashMap<>();
    private final String asyncApi;

    public ServedContract(ContractConfig config) {
        for (EventKind kind : config.events()) {
            schemas.put(kind.servedSchemaName(), resource(kind.schemaResource()));
        }
        asyncApi = asyncApiFor(config.events());
    }

    /** The schema served under this name, e.g. {@code workout-completed.v1.json}. */
    public Optional<byte[]> schema(String servedName) {
        return Optional.ofNullable(schemas.get(servedName));
    }

    public Set<String> schemaNames() {
        return schemas.keySet();
    }

    public String asyncApi() {
        return asyncApi;
    }

    static String asyncApiFor(Set<EventKind> kinds) {
        YAMLMapper yaml = new YAMLMapper();
        try {
            ObjectNode document = (ObjectNode) yaml.readTree(resource(ASYNCAPI));
            Set<String> topics = kinds.stream().map(EventKind::topic).collect(Collectors.toSet());
            Set<String> keptChannels = new HashSet<>();
            removeIf(document.path("channels"), (name, channel) -> {
                String address = channel.path("address").asText();
                boolean kept = topics.contains(address) || topics.contains(address.replaceFirst("\\.dlq$", ""));
                if (kept) {
                    keptChannels.add("#/channels/" + name);
                }
                return !kept;
            });
            removeIf(document.path("operations"), (name, operation) ->
                    !keptChannels.contains(operation.path("channel").path("$ref").asText()));
            Set<String> kindTypes = kinds.stream().map(EventKind::type).collect(Collectors.toSet());
            Set<String> droppedMessages = new HashSet<>();
            removeIf(document.path("components").path("messages"), (name, message) -> {
                boolean dropped = message.has("payload") && !kindTypes.contains(message.path("name").asText());
                if (dropped) {
                    droppedMessages.add("#/components/messages/" + name);
                }
                return dropped;
            });
            // a topic this service reads only some kinds of (tracking: the erasures on runner.profiles) keeps
            // only those messages, and only the operations that still carry one
            Set<String> droppedChannelMessages = new HashSet<>();
            document.path("channels").fields().forEachRemaining(channel ->
                    removeIf(channel.getValue().path("messages"), (name, message) -> {
                        boolean dropped = droppedMessages.contains(message.path("$ref").asText());
                        if (dropped) {
                            droppedChannelMessages.add("#/channels/" + channel.getKey() + "/messages/" + name);
                        }
                        return dropped;
                    }));
            removeIf(document.path("operations"), (name, operation) -> {
                JsonNode messages = operation.path("messages");
                if (!(messages instanceof com.fasterxml.jackson.databind.node.ArrayNode list)) {
                    return false;
                }
                for (int i = list.size() - 1; i >= 0; i--) {
                    if (droppedChannelMessages.contains(list.get(i).path("$ref").asText())) {
                        list.remove(i);
                    }
                }
                return list.isEmpty();
            });
            for (EventKind kind : EventKind.values()) {
                document.path("components").path("messages").forEach(message -> {
                    JsonNode schema = message.path("payload").path("schema");
                    if (schema instanceof ObjectNode node && node.path("$ref").asText().equals("./" + kind.schemaResource())) {
                        node.put("$ref", "./schemas/" + kind.servedSchemaName());
                    }
                });
            }
            return yaml.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the AsyncAPI document of the contract", e);
        }
    }

    private static void removeIf(JsonNode container, java.util.function.BiPredicate<String, JsonNode> drop) {
        Iterator<Map.Entry<String, JsonNode>> fields = container.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (drop.test(field.getKey(), field.getValue())) {
                fields.remove();
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = EventKind.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the contracts module has no " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
