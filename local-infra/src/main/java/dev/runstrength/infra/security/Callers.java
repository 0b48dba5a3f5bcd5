package dev.runstrength.infra.security;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** RestAssured requests as RunStrength's callers make them, each with its bearer token (test keys). */
public final class Callers {

    private static final Tokens TOKENS = Tokens.forTests();
    private static final String BACKEND = TOKENS.backend();
    private static final String EDITOR = TOKENS.editor();

    private Callers() {
    }

    /** A running app's backend: group runstrength-backend. */
    public static RequestSpecification asBackend() {
        return given().auth().oauth2(BACKEND);
    }

    /** A catalogue editor: group runstrength-catalog-editor. */
    public static RequestSpecification asEditor() {
        return given().auth().oauth2(EDITOR);
    }

    /** The runner's own token: subject = runner id, no groups. */
    public static RequestSpecification asRunner(String runnerId) {
        return given().auth().oauth2(TOKENS.runner(runnerId));
    }

    /**
     * A request to the management interface, from the URL Quarkus injects with
     * {@code @TestHTTPResource(value = "/", management = true)} (which points below its root path).
     */
    public static RequestSpecification atManagement(java.net.URL management) {
        return given().baseUri(management.getProtocol() + "://" + management.getHost() + ":" + management.getPort());
    }

    public static Tokens tokens() {
        return TOKENS;
    }
}
