package dev.runstrength.infra.fuzz;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded random requests against a running service: every endpoint, with its path ids, query
 * parameters and bodies sometimes right and mostly wrong in the ways that have hurt services (NUL
 * bytes, numbers past the integer range, dates the parser cannot read, strings past a column, bodies
 * past the size limit, broken JSON, missing or bad tokens, odd Accept headers). Every answer must be below 500, and every
 * 4xx a problem+json whose status is the answer's. The seed is printed with every failure; pass
 * {@code -Dfuzz.seed=N} to replay a run, {@code -Dfuzz.requests=N} to change its length.
 */
public final class RequestFuzzer {

    /** A body past quarkus.http.limits.max-body-size (256 KiB). */
    static final int OVERSIZE = 300 * 1024;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One endpoint: method, a path with one {@code {}} per path id, its query parameters, a valid body if it takes one. */
    public record Endpoint(String method, String path, List<String> pathIds, Map<String, List<String>> query,
                           Supplier<JsonNode> body) {

        public static Endpoint get(String path, List<String> pathIds, Map<String, List<String>> query) {
            return new Endpoint("GET", path, pathIds, query, null);
        }

        public static Endpoint withBody(String method, String path, List<String> pathIds, Supplier<JsonNode> body) {
            return new Endpoint(method, path, pathIds, Map.of(), body);
        }

        /** A call that takes no body and no query parameters, e.g. {@code POST .../calendar-feed}. */
        public static Endpoint bare(String method, String path, List<String> pathIds) {
            return new Endpoint(method, path, pathIds, Map.of(), null);
        }
    }

    private final long seed;
    private final Random random;
    private final Supplier<String> goodToken;
    private final List<String> badTokens;
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new LinkedHashMap<>();
    private int sent;

    /**
     * @param goodToken a token that may call every endpoint given (most requests carry it)
     * @param badTokens tokens that must be refused (expired, badly signed, of the wrong role)
     */
    public RequestFuzzer(Supplier<String> goodToken, List<String> badTokens) {
        this.seed = Long.getLong("fuzz.seed", System.nanoTime());
        this.random = new Random(seed);
        this.goodToken = goodToken;
        this.badTokens = badTokens;
    }

    public static int requests(int byDefault) {
        return Integer.getInteger("fuzz.requests", byDefault);
    }

    public long seed() {
        return seed;
    }

    public int sent() {
        return sent;
    }

    /** How many answers of each status the run got. */
    public Map<Integer, Integer> statuses() {
        return statuses;
    }

    /** One line per answer that broke the rules, each with the seed to replay it; empty when none did. */
    public List<String> failures() {
        return failures;
    }

    /** Sends {@code count} random requests spread over the endpoints. */
    public RequestFuzzer run(List<Endpoint> endpoints, int count) {
        for (int i = 0; i < count; i++) {
            send(endpoints.get(random.nextInt(endpoints.size())));
        }
        return this;
    }

    /**
     * Sends one request as given (the path already percent-encoded, see {@link #encode}), with the good
     * token, and checks the answer like any other.
     */
    public Response sendExactly(String method, String path, String body) {
        RequestSpecification request = given().auth().oauth2(goodToken.get()).urlEncodingEnabled(false);
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return check(request, method, path, body);
    }

    private void send(Endpoint endpoint) {
        RequestSpecification request = given();
        int auth = random.nextInt(20);
        if (auth == 0) {
            // no token at all
        } else if (auth == 1) {
            request.auth().oauth2(badTokens.get(random.nextInt(badTokens.size())));
        } else if (auth == 2) {
            request.header("Authorization", pick("Bearer", "Bearer " + garbage(), "Basic dXNlcjpwYXNz", "bearer"));
        } else {
            request.auth().oauth2(goodToken.get());
        }
        if (random.nextInt(10) == 0) {
            // the exports answer calendars, FIT files and HTML: a client asking for something else gets a problem too
            request.header("Accept", pick("application/json", "text/html", "text/calendar", "application/vnd.ant.fit",
                    "application/xml", "image/png", "*/*", garbage()));
        }
        List<Object> ids = new ArrayList<>();
        for (String valid : endpoint.pathIds()) {
            ids.add(random.nextInt(3) == 0 ? valid : pathValue(valid));
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, List<String>> parameter : endpoint.query().entrySet()) {
            if (random.nextBoolean()) {
                List<String> good = parameter.getValue();
                String value = random.nextInt(3) == 0 && !good.isEmpty() ? good.get(random.nextInt(good.size())) : text();
                query.append(query.isEmpty() ? '?' : '&').append(encode(parameter.getKey())).append('=').append(encode(value));
            }
        }
        String body = null;
        if (endpoint.body() != null) {
            body = body(endpoint.body().get());
            if (body != null) {
                request.contentType(random.nextInt(15) == 0 ? pick("text/plain", "application/xml", "application/json; charset=latin1")
                        : "application/json").body(body);
            }
        }
        String path = endpoint.path();
        for (Object id : ids) {
            path = path.replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(encode(String.valueOf(id))));
        }
        request.urlEncodingEnabled(false);
        check(request, endpoint.method(), path + query, body);
    }

    private Response check(RequestSpecification request, String method, String path, String body) {
        Response answer;
        try {
            answer = request.request(method, path);
        } catch (RuntimeException e) {
            failures.add(describe(method, path, body) + " -> no answer: " + e);
            return null;
        }
        sent++;
        int status = answer.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String type = answer.contentType();
        if (status >= 500) {
            failures.add(describe(method, path, body) + " -> " + status + " " + cut(answer.asString()));
        } else if (status >= 400) {
            Object problemStatus = type != null && type.startsWith("application/problem+json") ? answer.path("status") : null;
            if (problemStatus == null || !problemStatus.equals(status)) {
                failures.add(describe(method, path, body) + " -> " + status + " not a problem+json with that status: "
                        + type + " " + cut(answer.asString()));
            }
        }
        return answer;
    }

    private String describe(String method, String path, String body) {
        return "seed " + seed + " (-Dfuzz.seed=" + seed + "), request " + sent + ": " + method + " " + cut(path)
                + (body == null ? "" : " body " + cut(body));
    }

    /** A path id: usually wrong (NUL, too long, unicode, dots, spaces), sometimes a near miss of the valid one. */
    private String pathValue(String valid) {
        return switch (random.nextInt(10)) {
            case 0 -> valid + "\u0000";
            case 1 -> "\u0000";
            case 2 -> "x".repeat(65 + random.nextInt(2000));
            case 3 -> valid.toUpperCase();
            case 4 -> "ünïcødé-" + valid;
            case 5 -> "..";
            case 6 -> valid + " " + valid;
            case 7 -> "%" + valid;
            case 8 -> valid + "';drop table plan;--";
            default -> text();
        };
    }

    /** A query value: empty, huge, negative, past the integer range, NUL, odd text. */
    private String text() {
        return switch (random.nextInt(14)) {
            case 0 -> "";
            case 1 -> "\u0000";
            case 2 -> "2147483648";
            case 3 -> "-1";
            case 4 -> "1099511627776";
            case 5 -> "1e308";
            // past the text limit (200) but within the request line limit (16 KiB) with all parameters together
            case 6 -> "z".repeat(201 + random.nextInt(1000));
            case 7 -> "2026-11-23 07:30:00Z";
            case 8 -> "null";
            case 9 -> "%00";
            case 10 -> "\uD83C\uDFC3 runner";
            case 11 -> "true";
            case 12 -> String.valueOf(random.nextInt());
            default -> garbage();
        };
    }

    private String garbage() {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000)));
        }
        return text.toString();
    }

    /** A body: valid, the valid one with one field broken, not JSON at all, or past the size limit. */
    private String body(JsonNode valid) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return null;
        }
        if (kind == 1) {
            return pick("", "{", "[]", "null", "42", "\"text\"", "{\"a\":", "{'single':'quotes'}", "\u0000");
        }
        if (kind == 2) {
            return "{\"padding\":\"" + "p".repeat(OVERSIZE) + "\"}";
        }
        if (kind < 6) {
            return valid.toString();
        }
        JsonNode copy = valid.deepCopy();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            mutate(copy);
        }
        return copy.toString();
    }

    /** Replaces one value somewhere in the tree (or adds, or removes one). */
    private void mutate(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty() || random.nextInt(10) == 0) {
                object.set(pick("unknownField", "updatedAt", "name", "sets", "id"), value());
            } else if (random.nextInt(12) == 0) {
                object.remove(names.get(random.nextInt(names.size())));
            } else {
                object.set(names.get(random.nextInt(names.size())), value());
            }
        } else if (target instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextBoolean()) {
                array.add(value());
            } else {
                array.set(random.nextInt(array.size()), value());
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collect(children.next(), containers);
            }
        }
    }

    private JsonNode value() {
        return switch (random.nextInt(20)) {
            case 0 -> JSON.numberNode(2147483648L);
            case 1 -> JSON.numberNode(1099511627776L);
            case 2 -> JSON.numberNode(-1);
            case 3 -> JSON.numberNode(1e308);
            case 4 -> JSON.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 5 -> JSON.numberNode(0.5);
            case 6 -> JSON.textNode("n".repeat(250));
            case 7 -> JSON.textNode("2026-11-23 07:30:00Z");
            case 8 -> JSON.textNode("2026-02-30");
            case 9 -> JSON.textNode("\u0000");
            case 10 -> JSON.nullNode();
            case 11 -> JSON.booleanNode(true);
            case 12 -> JSON.textNode("");
            case 13 -> JSON.arrayNode().add(JSON.arrayNode().add(JSON.objectNode()));
            case 14 -> JSON.objectNode().put("nested", "object");
            case 15 -> JSON.textNode("x".repeat(5000));
            case 16 -> JSON.textNode("2026-11-23T07:30:00Z");
            case 17 -> manyItems();
            case 18 -> JSON.textNode(garbage());
            default -> JSON.numberNode(random.nextInt());
        };
    }

    private JsonNode manyItems() {
        ArrayNode items = JSON.arrayNode();
        for (int i = 0; i < 300; i++) {
            items.add("ITEM_" + i);
        }
        return items;
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Percent-encodes a path segment the way a client library would: every byte outside the unreserved set. */
    public static String encode(String segment) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
                    || c == '~' || c == ':') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "... (" + text.length() + " characters)";
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
