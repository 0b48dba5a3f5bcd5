package dev.runstrength.contracts.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Turns the schema library's messages into short field errors: which field, what was expected, what came. */
final class SchemaMessages {

    private static final int LONGEST_VALUE_SHOWN = 40;

    List<FieldError> describe(Collection<ValidationMessage> messages) {
        boolean alternativeFailed = messages.stream().anyMatch(SchemaMessages::isAlternative);
        List<FieldError> errors = new ArrayList<>();
        for (ValidationMessage message : messages) {
            if (alternativeFailed && isInsideAlternative(message)) {
                continue; // the alternative's own complaint ("exactly one of ...") says it better
            }
            FieldError error = describe(message);
            if (!errors.contains(error)) {
                errors.add(error);
            }
        }
        return errors;
    }

    private static boolean isAlternative(ValidationMessage message) {
        return "oneOf".equals(message.getType()) || "anyOf".equals(message.getType());
    }

    private static boolean isInsideAlternative(ValidationMessage message) {
        JsonNodePath path = message.getEvaluationPath();
        for (int i = 0; i < path.getNameCount() - 1; i++) {
            String name = path.getName(i);
            if ("oneOf".equals(name) || "anyOf".equals(name)) {
                return true;
            }
        }
        return false;
    }

    private FieldError describe(ValidationMessage message) {
        String location = fieldOf(message.getInstanceLocation());
        Object[] args = message.getArguments() == null ? new Object[0] : message.getArguments();
        JsonNode value = message.getInstanceNode();
        String was = ", was " + show(value);
        return switch (message.getType()) {
            case "required" -> new FieldError(child(location, String.valueOf(args[0])), "is required, was missing");
            case "type", "unionType" -> new FieldError(location, "must be " + typeName(arg(args, 1)) + was);
            case "enum" -> new FieldError(location, "must be one of " + choices(message.getSchemaNode()) + was);
            case "const" -> new FieldError(location, "must be " + show(message.getSchemaNode()) + was);
            case "minimum" -> new FieldError(location, "must be at least " + arg(args, 0) + was);
            case "maximum" -> new FieldError(location, "must be at most " + arg(args, 0) + was);
            case "exclusiveMinimum" -> new FieldError(location, "must be greater than " + arg(args, 0) + was);
            case "exclusiveMaximum" -> new FieldError(location, "must be less than " + arg(args, 0) + was);
            case "minLength" -> new FieldError(location, "must be at least " + arg(args, 0) + " characters" + was);
            case "maxLength" -> new FieldError(location, "must be at most " + arg(args, 0) + " characters, was "
                    + value.asText().length() + " characters");
            case "pattern" -> new FieldError(location, patternMeaning(arg(args, 0)) + was);
            case "minItems" -> new FieldError(location, "must have at least " + items(arg(args, 0)) + ", was "
                    + value.size());
            case "maxItems" -> new FieldError(location, "must have at most " + items(arg(args, 0)) + ", was "
                    + value.size());
            case "uniqueItems" -> new FieldError(location, "must not repeat an item" + was);
            case "format" -> new FieldError(location, "must be " + formatName(arg(args, 0)) + was);
            case "propertyNames" -> new FieldError(location, keyMessage(arg(args, 0), arg(args, 1)));
            default -> new FieldError(location, withoutLocation(message.getMessage()));
        };
    }

    /** A map keyed by an enumeration (exercise loads by pain area): which key came and which are allowed. */
    private static String keyMessage(String key, String reason) {
        int list = reason.indexOf('[');
        String allowed = list >= 0 && reason.endsWith("]")
                ? "one of " + reason.substring(list + 1, reason.length() - 1).replace("\"", "").replace(",", ", ")
                        .replaceAll(" +", " ")
                : "valid (" + reason + ")";
        return "keys must be " + allowed + ", was \"" + key + "\"";
    }

    private static String fieldOf(JsonNodePath path) {
        String pointer = path.toString();
        return pointer.isEmpty() || "/".equals(pointer) ? "data" : pointer.substring(1);
    }

    private static String child(String location, String name) {
        return "data".equals(location) ? name : location + "/" + name;
    }

    private static String arg(Object[] args, int index) {
        return index < args.length ? String.valueOf(args[index]) : "?";
    }

    private static String items(String count) {
        return "1".equals(count) ? "1 item" : count + " items";
    }

    private static String typeName(String schemaType) {
        return switch (schemaType) {
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "string" -> "a string";
            case "boolean" -> "true or false";
            case "object" -> "a JSON object";
            case "array" -> "an array";
            case "null" -> "null";
            default -> Arrays.stream(schemaType.split("[^a-z]+"))
                    .filter(name -> !name.isEmpty())
                    .map(SchemaMessages::typeName)
                    .collect(Collectors.joining(" or "));
        };
    }

    /** The schemas' instant and date patterns say what a person would: an ISO-8601 instant or date. */
    private static String patternMeaning(String pattern) {
        if (pattern.startsWith("^[0-9]{4}-[0-9]{2}-[0-9]{2}T")) {
            return "must be " + formatName("date-time");
        }
        if (pattern.equals("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) {
            return "must be " + formatName("date");
        }
        return "must match " + pattern;
    }

    private static String formatName(String format) {
        return switch (format) {
            case "date-time" -> "an ISO-8601 instant such as 2026-11-23T07:30:00Z";
            case "date" -> "an ISO-8601 date such as 2026-11-23";
            default -> "a valid " + format;
        };
    }

    private static String choices(JsonNode values) {
        if (values == null || !values.isArray()) {
            return String.valueOf(values);
        }
        return StreamSupport.stream(values.spliterator(), false)
                .filter(v -> !v.isNull())
                .map(JsonNode::asText)
                .collect(Collectors.joining(", "));
    }

    static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array";
        }
        String text = value.toString();
        return text.length() > LONGEST_VALUE_SHOWN ? text.substring(0, LONGEST_VALUE_SHOWN) + "...\"" : text;
    }

    private static String withoutLocation(String message) {
        int colon = message.indexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : message;
    }
}
