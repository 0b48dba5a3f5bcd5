package dev.runstrength.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a value against a CustomResourceDefinition's structural OpenAPI v3 schema the way the API
 * server reads it: types, required fields, enums, bounds, patterns, {@code oneOf}/{@code anyOf}/
 * {@code allOf}/{@code not}, {@code x-kubernetes-int-or-string} and
 * {@code x-kubernetes-preserve-unknown-fields}; and, as {@code kubectl apply --validate=strict}
 * does, a field the schema does not declare is an error rather than silently pruned. CEL rules
 * ({@code x-kubernetes-validations}) are not evaluated.
 */
final class StructuralSchema {

    /** The object metadata fields a manifest may set; the API server validates them itself. */
    private static final Set<String> METADATA_FIELDS = Set.of("name", "namespace", "labels", "annotations");

    private StructuralSchema() {
    }

    /** Every problem found, each starting with the path of the offending field. */
    static List<String> problems(JsonNode object, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        JsonNode metadata = object.path("metadata");
        metadata.fieldNames().forEachRemaining(field -> {
            if (!METADATA_FIELDS.contains(field)) {
                problems.add(".metadata." + field + ": unknown field");
            }
        });
        for (String map : List.of("labels", "annotations")) {
            metadata.path(map).fields().forEachRemaining(entry -> {
                if (!entry.getValue().isTextual()) {
                    problems.add(".metadata." + map + "." + entry.getKey() + ": must be a string");
                }
            });
        }
        check(object, schema, "", problems, true);
        return problems;
    }

    private static void check(JsonNode value, JsonNode schema, String path, List<String> problems, boolean strict) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(path + ": null is not allowed");
            }
            return;
        }
        if (!hasType(value, schema, path, problems)) {
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.equals(value) || (option.isNumber() && value.isNumber() && option.decimalValue().compareTo(value.decimalValue()) == 0);
            }
            if (!listed) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
                problems.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
                problems.add(path + ": " + value + " is above the maximum " + schema.get("maximum"));
            }
        }
        if (value.isTextual()) {
            String text = value.asText();
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                problems.add(path + ": \"" + text + "\" does not match " + schema.get("pattern").asText());
            }
            if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
                problems.add(path + ": shorter than " + schema.get("minLength"));
            }
            if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
                problems.add(path + ": longer than " + schema.get("maxLength"));
            }
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                problems.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                problems.add(path + ": more than " + schema.get("maxItems") + " items");
            }
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), path + "[" + i + "]", problems, strict);
            }
        }
        if (value.isObject()) {
            checkObject(value, schema, path, problems, strict);
        }
        checkCombinators(value, schema, path, problems);
    }

    private static void checkObject(JsonNode value, JsonNode schema, String path, List<String> problems, boolean strict) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(path + "." + required.asText() + ": required");
            }
        }
        JsonNode properties = schema.get("properties");
        JsonNode additional = schema.get("additionalProperties");
        boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path + "." + field.getKey();
            if (path.isEmpty() && (field.getKey().equals("apiVersion") || field.getKey().equals("kind")
                    || field.getKey().equals("metadata"))) {
                continue;
            }
            if (properties != null && properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), fieldPath, problems, strict);
            } else if (additional != null && additional.isObject()) {
                check(field.getValue(), additional, fieldPath, problems, strict);
            } else if (additional != null && additional.asBoolean(false)) {
                continue;
            } else if (strict && !preserveUnknown) {
                problems.add(fieldPath + ": unknown field");
            }
        }
    }

    /**
     * In a structural schema the branches of oneOf, anyOf, allOf and not only restrict values; they
     * declare no fields, so an unknown-field check does not apply inside them.
     */
    private static void checkCombinators(JsonNode value, JsonNode schema, String path, List<String> problems) {
        for (JsonNode branch : schema.path("allOf")) {
            check(value, branch, path, problems, false);
        }
        if (schema.has("anyOf")) {
            int matching = matchingBranches(value, schema.get("anyOf"), path);
            if (matching == 0) {
                problems.add(path + ": matches none of anyOf " + schema.get("anyOf"));
            }
        }
        if (schema.has("oneOf")) {
            int matching = matchingBranches(value, schema.get("oneOf"), path);
            if (matching != 1) {
                problems.add(path + ": matches " + matching + " of oneOf " + schema.get("oneOf") + ", not exactly one");
            }
        }
        if (schema.has("not")) {
            List<String> inner = new ArrayList<>();
            check(value, schema.get("not"), path, inner, false);
            if (inner.isEmpty()) {
                problems.add(path + ": matches the schema under not " + schema.get("not"));
            }
        }
    }

    private static int matchingBranches(JsonNode value, JsonNode branches, String path) {
        int matching = 0;
        for (JsonNode branch : branches) {
            List<String> inner = new ArrayList<>();
            check(value, branch, path, inner, false);
            if (inner.isEmpty()) {
                matching++;
            }
        }
        return matching;
    }

    private static boolean hasType(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (value.isIntegralNumber() || value.isTextual()) {
                return true;
            }
            problems.add(path + ": " + value + " is neither an integer nor a string");
            return false;
        }
        String type = schema.path("type").asText("");
        boolean ok = switch (type) {
            case "" -> true;
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> throw new IllegalArgumentException(path + ": unknown schema type " + type);
        };
        if (!ok) {
            problems.add(path + ": " + value + " is not of type " + type);
        }
        return ok;
    }
}
