package dev.runstrength.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The contract's JSON Schemas as OpenAPI 3.1 schema objects, so that a request or answer carrying an
 * event's data is described by the very schema the events are validated against (limits, patterns,
 * required lists), not by a second description drawn from the Java records.
 *
 * <p>A schema's {@code $defs} become components of their own, named after the event's component and
 * the definition ({@code RunnerProfile} and {@code RunnerProfilePainArea}), and every {@code #/$defs/x}
 * reference points at them; {@code $id} and {@code $schema} are left out, since inside an OpenAPI
 * document an {@code $id} would change what its references resolve against.
 */
final class ContractSchemas {

    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "dependentSchemas");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> SCHEMAS = Set.of("items", "not", "if", "then", "else", "contains",
            "additionalProperties", "propertyNames", "unevaluatedProperties", "unevaluatedItems");
    private static final Set<String> DECIMALS = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "multipleOf");
    private static final Set<String> INTEGERS = Set.of("minLength", "maxLength", "minItems", "maxItems",
            "minProperties", "maxProperties");

    private ContractSchemas() {
    }

    /** The component name of a kind's data: the simple name of its payload record, e.g. {@code RunnerProfile}. */
    static String componentName(EventKind kind) {
        return kind.payloadType().getSimpleName();
    }

    /** The kind's schema and its hoisted definitions, by component name, the kind's own first. */
    static Map<String, Schema> components(EventKind kind) {
        JsonNode json = ContractJson.resourceTree(kind.schemaResource());
        String name = componentName(kind);
        Map<String, Schema> components = new LinkedHashMap<>();
        Schema root = convert(json, name);
        root.setDescription((json.has("description") ? json.get("description").asText() + " " : "")
                + "JSON Schema " + kind.dataSchema() + ".");
        components.put(name, root);
        json.path("$defs").properties().forEach(def ->
                components.put(defName(name, def.getKey()), convert(def.getValue(), name)));
        return components;
    }

    private static Schema convert(JsonNode node, String owner) {
        Schema schema = OASFactory.createSchema();
        if (node.isBoolean()) {
            // true accepts anything, false nothing
            return node.asBoolean() ? schema : schema.not(OASFactory.createSchema());
        }
        node.properties().forEach(entry -> {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            switch (keyword) {
                case "$id", "$schema", "$defs" -> {
                    // see the class comment
                }
                case "$ref" -> schema.setRef(reference(value.asText(), owner));
                case "type" -> schema.setType(types(value));
                case "required" -> schema.setRequired(strings(value));
                case "enum" -> schema.setEnumeration(plain(value, List.class));
                case "const" -> schema.setConstValue(plain(value, Object.class));
                case "examples" -> schema.setExamples(plain(value, List.class));
                default -> {
                    if (SCHEMA_MAPS.contains(keyword)) {
                        Map<String, Schema> map = new LinkedHashMap<>();
                        value.properties().forEach(p -> map.put(p.getKey(), convert(p.getValue(), owner)));
                        schema.set(keyword, map);
                    } else if (SCHEMA_LISTS.contains(keyword)) {
                        List<Schema> list = new ArrayList<>();
                        value.forEach(item -> list.add(convert(item, owner)));
                        schema.set(keyword, list);
                    } else if (SCHEMAS.contains(keyword)) {
                        if (keyword.equals("additionalProperties") && value.isBoolean()) {
                            schema.setAdditionalPropertiesBoolean(value.asBoolean());
                        } else {
                            schema.set(keyword, convert(value, owner));
                        }
                    } else if (DECIMALS.contains(keyword)) {
                        schema.set(keyword, value.decimalValue());
                    } else if (INTEGERS.contains(keyword)) {
                        schema.set(keyword, value.intValue());
                    } else {
                        schema.set(keyword, plain(value, Object.class));
                    }
                }
            }
        });
        return schema;
    }

    private static String reference(String ref, String owner) {
        if (ref.startsWith("#/$defs/")) {
            return "#/components/schemas/" + defName(owner, ref.substring("#/$defs/".length()));
        }
        throw new IllegalStateException("the contract's schema of " + owner + " has a reference outside itself: " + ref);
    }

    private static String defName(String owner, String def) {
        return owner + Character.toUpperCase(def.charAt(0)) + def.substring(1);
    }

    private static List<SchemaType> types(JsonNode value) {
        List<SchemaType> types = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(type -> types.add(SchemaType.valueOf(type.asText().toUpperCase(Locale.ROOT))));
        } else {
            types.add(SchemaType.valueOf(value.asText().toUpperCase(Locale.ROOT)));
        }
        return types;
    }

    private static List<String> strings(JsonNode value) {
        List<String> strings = new ArrayList<>();
        value.forEach(item -> strings.add(item.asText()));
        return strings;
    }

    @SuppressWarnings("unchecked")
    private static <T> T plain(JsonNode value, Class<?> type) {
        if (value.isIntegralNumber()) {
            return (T) value.numberValue();
        }
        if (value.isNumber()) {
            return (T) new BigDecimal(value.asText());
        }
        return (T) ContractJson.mapper().convertValue(value, type);
    }
}
