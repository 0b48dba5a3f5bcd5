package dev.runstrength.contracts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Compares JSON trees the way a reader sees them: 30 and 30.0 are the same number. */
public final class JsonTrees {

    private JsonTrees() {
    }

    /** Paths where {@code actual} lacks or differs from a value of {@code expected}; empty when it holds them all. */
    public static List<String> missingOrDifferent(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        collect(expected, actual, "", differences);
        return differences;
    }

    private static void collect(JsonNode expected, JsonNode actual, String path, List<String> differences) {
        if (actual == null || actual.isMissingNode()) {
            differences.add(path + " missing");
        } else if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(field.getValue(), actual.get(field.getKey()), path + "/" + field.getKey(), differences);
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                collect(expected.get(i), actual.get(i), path + "/" + i, differences);
            }
        } else if (!sameValue(expected, actual)) {
            differences.add(path + " was " + actual + ", expected " + expected);
        }
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return expected.equals(actual);
    }
}
