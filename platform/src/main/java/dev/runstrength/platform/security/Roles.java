package dev.runstrength.platform.security;

/** The groups a token names in its {@code groups} claim (contract v1.1, "Who may call what"). */
public final class Roles {

    /** A running app's backend: everything on any runner, and the ingestion endpoints. */
    public static final String BACKEND = "runstrength-backend";
    /** Someone who curates the catalogue: POST, PUT and DELETE on /exercises. */
    public static final String CATALOG_EDITOR = "runstrength-catalog-editor";

    private Roles() {
    }
}
