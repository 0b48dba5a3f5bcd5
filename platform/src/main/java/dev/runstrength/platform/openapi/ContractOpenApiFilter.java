package dev.runstrength.platform.openapi;

import dev.runstrength.contracts.EventKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes each service's OpenAPI document one a client generator accepts and that agrees with the
 * contract (registered with {@code mp.openapi.filter} in each service):
 *
 * <ul>
 *   <li>every event's data (a profile, a workout, an exercise, a plan) is described by the contract's
 *       own JSON Schema ({@link ContractSchemas}), limits and required lists included;</li>
 *   <li>every response has a description: where an annotation gave none, the status code's meaning.</li>
 * </ul>
 *
 * Operation ids come from {@code quarkus.smallrye-openapi.operation-id-strategy=METHOD} and the method
 * names, which are unique within a service.
 */
public class ContractOpenApiFilter implements OASFilter {

    private static final Map<String, String> STATUS_MEANINGS = Map.ofEntries(
            Map.entry("200", "OK"),
            Map.entry("201", "Created"),
            Map.entry("202", "Accepted: published, handled asynchronously"),
            Map.entry("204", "Done; no content"),
            Map.entry("304", "Not modified"),
            Map.entry("400", "Bad request: the detail names the field"),
            Map.entry("401", "No token, or a token that is not valid"),
            Map.entry("403", "The token may not do this"),
            Map.entry("404", "Not found"),
            Map.entry("409", "Conflict"),
            Map.entry("412", "Precondition failed: the resource changed since the given ETag"),
            Map.entry("413", "Body larger than 256 KiB"),
            Map.entry("415", "Unsupported media type"),
            Map.entry("500", "Internal error"));

    private static final String COMPONENT_REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        for (EventKind kind : EventKind.values()) {
            Map<String, Schema> present = openAPI.getComponents().getSchemas();
            if (present != null && present.containsKey(ContractSchemas.componentName(kind))) {
                ContractSchemas.components(kind).forEach(openAPI.getComponents()::addSchema);
            }
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    describeResponses(operation);
                }
            }
        }
        dropUnreferencedSchemas(openAPI);
    }

    /**
     * The schemas drawn from the Java records that the contract's schemas replaced (a plan's weeks, an
     * exercise's dose) are referenced by nothing any more; left in, a generator would make classes of them.
     */
    private static void dropUnreferencedSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> reachable = new HashSet<>();
        Deque<Object> pending = new ArrayDeque<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> pending.add(nullSafe(parameter.getSchema())));
                }
                if (operation.getRequestBody() != null) {
                    pending.add(contentSchemas(operation.getRequestBody().getContent()));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values()
                            .forEach(response -> pending.add(contentSchemas(response.getContent())));
                }
            }
        }
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            if (next instanceof Schema schema) {
                String ref = schema.getRef();
                if (ref != null && ref.startsWith(COMPONENT_REF) && reachable.add(ref.substring(COMPONENT_REF.length()))) {
                    pending.add(nullSafe(schemas.get(ref.substring(COMPONENT_REF.length()))));
                }
                pending.add(new ArrayList<>(schema.getAll().values()));
            } else if (next instanceof Map<?, ?> map) {
                map.values().forEach(value -> pending.add(nullSafe(value)));
            } else if (next instanceof List<?> list) {
                list.forEach(value -> pending.add(nullSafe(value)));
            }
        }
        schemas.keySet().stream().filter(name -> !reachable.contains(name)).toList()
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static List<Schema> contentSchemas(Content content) {
        List<Schema> found = new ArrayList<>();
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(type -> {
                if (type.getSchema() != null) {
                    found.add(type.getSchema());
                }
            });
        }
        return found;
    }

    private static Object nullSafe(Object value) {
        return value == null ? List.of() : value;
    }

    private static void describeResponses(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
            String description = response.getValue().getDescription();
            if (description == null || description.isBlank()) {
                response.getValue().setDescription(STATUS_MEANINGS.getOrDefault(response.getKey(), "HTTP " + response.getKey()));
            }
        }
    }
}
