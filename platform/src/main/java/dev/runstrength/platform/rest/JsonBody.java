package dev.runstrength.platform.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.ContractJsonException;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.validation.ContractValidator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * A request body read by a resource itself (not by the JSON provider), so every bad body is a 400
 * problem whose detail says what was wrong, and the tree can be validated against the contract's
 * schema before it becomes a record.
 */
public final class JsonBody {

    private JsonBody() {
    }

    /**
     * @param expected what the body should be, for the detail (e.g. "a runner profile")
     * @throws ProblemException 400 when the body is empty or not JSON
     */
    public static JsonNode parse(String body, String expected) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("body: " + expected + " is required, was empty");
        }
        try {
            return ContractJson.tree(body);
        } catch (ContractJsonException e) {
            throw ProblemException.badRequest("body: not valid JSON: " + e.jsonError());
        }
    }

    /**
     * A body sent over HTTP as the data of an event about the runner named in the path: parsed, checked
     * against the event's JSON Schema exactly as the record would be, and its {@code runnerId} the path's.
     *
     * @param runnerId the path's runner id, already checked by {@link Params#runnerId}
     * @throws ProblemException 400 naming the field, when any check fails
     */
    public static JsonNode eventData(String body, String expected, EventKind kind, String runnerId,
                                     ContractValidator validator) {
        JsonNode data = parse(body, expected);
        validator.validate(kind, data);
        String named = data.path("runnerId").asText();
        if (!named.equals(runnerId)) {
            throw ProblemException.badRequest("runnerId: must equal the runnerId in the path " + Params.echo(runnerId)
                    + ", was " + Params.echo(named));
        }
        return data;
    }

    /** A body that has passed the contract's schema as its record: see {@link #read(JsonNode, Class, String, Consumer)}. */
    public static <T> T read(JsonNode body, Class<T> type, String expected) {
        return read(body, type, expected, read -> { });
    }

    /**
     * A body that has passed the contract's schema as its record, mapped once into the domain by
     * {@code toDomain}: what the schema lets through that the record cannot hold or the domain refuses is
     * still the body's fault, a 400 problem.
     *
     * @param expected what the body should be, for the detail (e.g. "runner profile")
     */
    public static <T> T read(JsonNode body, Class<T> type, String expected, Consumer<? super T> toDomain) {
        try {
            T read = ContractJson.read(body, type);
            toDomain.accept(read);
            return read;
        } catch (ContractJsonException | IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badRequest("body: not a usable " + expected + ": " + e.getMessage());
        }
    }

    /**
     * A SHA-256 (64 hex characters) of a value as the contract's JSON writes it; a tree's object members
     * are taken in name order. Given the record a body was read into, the same content sent twice has
     * the same digest however it was written (member order, an instant with or without milliseconds).
     */
    public static String digest(Object value) {
        try {
            Object canonical = value instanceof JsonNode tree ? sorted(tree) : value;
            byte[] bytes = ContractJson.write(canonical).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            names.forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }
}
