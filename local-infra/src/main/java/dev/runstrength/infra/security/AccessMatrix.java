package dev.runstrength.infra.security;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every endpoint called by every kind of caller, each answer checked against the status the contract's
 * "Who may call what" gives it; every 401 and 403 must be a problem+json naming its status.
 */
public final class AccessMatrix {

    /** The callers of the matrix, in the order a row lists their expected statuses. */
    public enum Caller {
        NO_TOKEN, BAD_SIGNATURE, EXPIRED, BACKEND, CATALOG_EDITOR, OWN_RUNNER, OTHER_RUNNER
    }

    /** One endpoint: method, path, whose data it is (for the runner tokens), a fresh body per call, statuses by caller. */
    public record Row(String method, String path, String owner, Supplier<String> body, int[] expected) {

        public Row {
            if (expected.length != Caller.values().length) {
                throw new IllegalArgumentException("expected one status per caller " + List.of(Caller.values()));
            }
        }
    }

    public static Row row(String method, String path, String owner, Supplier<String> body, int... expected) {
        return new Row(method, path, owner, body, expected);
    }

    public static Row row(String method, String path, String owner, int... expected) {
        return new Row(method, path, owner, () -> null, expected);
    }

    private final Tokens tokens = Tokens.forTests();
    private final String badSignature = Tokens.badSignature(Tokens.BACKEND);
    private final String expired = tokens.expired(Tokens.BACKEND);
    private final String backend = tokens.backend();
    private final String editor = tokens.editor();
    private int calls;

    /** Runs every row with every caller; returns one line per answer that was not as expected (empty: all good). */
    public List<String> run(List<Row> rows) {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            for (Caller caller : Caller.values()) {
                int expected = row.expected()[caller.ordinal()];
                Response answer = call(row, caller);
                calls++;
                String what = row.method() + " " + row.path() + " as " + caller;
                if (answer.statusCode() != expected) {
                    wrong.add(what + ": expected " + expected + ", was " + answer.statusCode() + " " + answer.asString());
                } else if (expected == 401 || expected == 403) {
                    String type = answer.contentType();
                    Integer status = type != null && type.startsWith("application/problem+json") ? answer.path("status") : null;
                    if (status == null || status != expected) {
                        wrong.add(what + ": expected a problem+json with status " + expected + ", was " + type + " " + answer.asString());
                    }
                    if (expected == 401 && answer.header("WWW-Authenticate") == null) {
                        wrong.add(what + ": a 401 without WWW-Authenticate");
                    }
                }
            }
        }
        return wrong;
    }

    /** How many requests {@link #run} has made. */
    public int calls() {
        return calls;
    }

    private Response call(Row row, Caller caller) {
        RequestSpecification request = given();
        String token = switch (caller) {
            case NO_TOKEN -> null;
            case BAD_SIGNATURE -> badSignature;
            case EXPIRED -> expired;
            case BACKEND -> backend;
            case CATALOG_EDITOR -> editor;
            case OWN_RUNNER -> tokens.runner(row.owner());
            case OTHER_RUNNER -> tokens.runner(row.owner() + "-other");
        };
        if (token != null) {
            request.auth().oauth2(token);
        }
        String body = row.body().get();
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return request.request(row.method(), row.path());
    }
}
