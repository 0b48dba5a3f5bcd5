package dev.runstrength.contracts.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The fields of a document that its JSON Schema does not name. The contract lets producers add fields, so
 * they are not errors; an HTTP intake reports them, so that a client learns of a misspelt field (a "pain"
 * meant as "painAreas" would otherwise leave the runner's pain out of the plan without a word).
 *
 * <p>Walks objects through {@code properties} (an object whose schema has {@code additionalProperties}
 * names its own fields freely) and arrays through {@code items}, following local {@code $ref}s.
 */
final class UnknownFields {

    private final JsonNode root;

    UnknownFields(JsonNode schemaRoot) {
        this.root = schemaRoot;
    }

    /** Paths such as {@code pain} or {@code painAreas[0].level}, in document order. */
    List<String> of(JsonNode document) {
        List<String> unknown = new ArrayList<>();
        walk(root, document, "", unknown);
        return List.copyOf(unknown);
    }

    private void walk(JsonNode schema, JsonNode node, String path, List<String> unknown) {
        schema = resolved(schema);
        if (node.isObject() && schema.has("properties") && !schema.has("additionalProperties")) {
            JsonNode properties = schema.get("properties");
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String child = path.isEmpty() ? name : path + "." + name;
                if (properties.has(name)) {
                    walk(properties.get(name), node.get(name), child, unknown);
                } else {
                    unknown.add(child);
                }
            }
        } else if (node.isArray() && schema.has("items")) {
            for (int i = 0; i < node.size(); i++) {
                walk(schema.get("items"), node.get(i), path + "[" + i + "]", unknown);
            }
        }
    }

    /** The schema a local {@code $ref} ("#/$defs/...") points to; any other schema as it is. */
    private JsonNode resolved(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null || !ref.isTextual() || !ref.asText().startsWith("#/")) {
            return schema;
        }
        return resolved(root.at(ref.asText().substring(1)));
    }
}
