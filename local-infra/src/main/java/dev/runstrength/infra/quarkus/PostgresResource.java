package dev.runstrength.infra.quarkus;

import java.util.Map;

import dev.runstrength.infra.Databases;
import dev.runstrength.infra.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL database for {@code @QuarkusTest}s. The server is one per JVM, stopped when the JVM
 * exits; each start of this resource (each Quarkus application start) gets a database of its own,
 * {@code <database>_N}, so every application starts on an empty schema. Init arg {@value #DATABASE}
 * names the prefix; {@value #FRESH}{@code =false} reuses one database named exactly {@code <database>}.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "database";
    public static final String FRESH = "fresh";

    private String database = "app";
    private boolean fresh = true;
    private String createdDatabase;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, database);
        fresh = !"false".equalsIgnoreCase(initArgs.getOrDefault(FRESH, "true"));
    }

    @Override
    public Map<String, String> start() {
        String serverUrl = OnePerJvm.postgresServerUrl();
        if (fresh) {
            createdDatabase = Databases.createFresh(serverUrl, PostgresServer.USERNAME, PostgresServer.PASSWORD, database);
        } else {
            Databases.create(serverUrl, PostgresServer.USERNAME, PostgresServer.PASSWORD, database);
            createdDatabase = database;
        }
        // No quarkus.datasource.db-kind here: it is fixed at build time, and a value coming from a test
        // resource fails the start of any application built before the resource ran (e.g. under a test
        // profile). The services set db-kind=postgresql in application.properties.
        return Map.of(
                "quarkus.datasource.jdbc.url", Databases.withDatabase(serverUrl, createdDatabase),
                "quarkus.datasource.username", PostgresServer.USERNAME,
                "quarkus.datasource.password", PostgresServer.PASSWORD);
    }

    /** The shared server stays up for the next test class; the JVM's exit stops it. */
    @Override
    public void stop() {
    }

    /** The database the last {@link #start()} handed to Quarkus. */
    public String database() {
        return createdDatabase;
    }

    /** A JDBC URL for any database on the shared server, starting it if needed. */
    public static String jdbcUrl(String database) {
        return Databases.withDatabase(OnePerJvm.postgresServerUrl(), database);
    }
}
