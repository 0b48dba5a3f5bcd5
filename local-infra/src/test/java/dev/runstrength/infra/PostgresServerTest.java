package dev.runstrength.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    private static PostgresServer postgres;

    @BeforeAll
    static void startServer() {
        long started = System.nanoTime();
        postgres = PostgresServer.start(PostgresServer.Options.defaults());
        Timings.report("postgres start (temp dir, initdb included)", started);
    }

    @AfterAll
    static void stopServer() {
        Path dir = postgres.dataDir();
        long started = System.nanoTime();
        postgres.stop();
        Timings.report("postgres stop", started);
        assertThat(dir).doesNotExist();
    }

    @Test
    void runsPostgresql17OnLoopback() throws SQLException {
        assertThat(postgres.jdbcUrl("postgres")).isEqualTo("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres");
        try (Connection connection = postgres.connect("postgres");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW server_version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).startsWith("17.");
        }
    }

    @Test
    void createdDatabaseAcceptsTablesAndQueries() throws SQLException {
        postgres.createDatabase("pg_test_catalog");
        postgres.createDatabase("pg_test_catalog");

        assertThat(postgres.databaseExists("pg_test_catalog")).isTrue();
        try (Connection connection = postgres.connect("pg_test_catalog");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE exercise (id text PRIMARY KEY, name text NOT NULL)");
            statement.execute("INSERT INTO exercise VALUES ('calf-raise', 'Calf raise')");
            try (ResultSet rows = statement.executeQuery("SELECT name FROM exercise WHERE id = 'calf-raise'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Calf raise");
            }
        }
    }

    @Test
    void freshDatabasesNeverRepeatAName() {
        String first = postgres.createFreshDatabase("pg_test_fresh");
        String second = postgres.createFreshDatabase("pg_test_fresh");

        assertThat(first).isEqualTo("pg_test_fresh_1");
        assertThat(second).isEqualTo("pg_test_fresh_2");
        assertThat(postgres.databaseExists(second)).isTrue();
    }

    @Test
    void unknownDatabaseDoesNotExist() {
        assertThat(postgres.databaseExists("pg_test_never_created")).isFalse();
    }

    @Test
    void rejectsDatabaseNamesThatNeedQuoting() {
        assertThatThrownBy(() -> postgres.createDatabase("Robert\"; DROP"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Robert");
    }

    @Test
    void acceptsTheConfiguredNumberOfConnections() throws SQLException {
        try (Connection connection = postgres.connect("postgres");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW max_connections")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("200");
        }
    }

    @Test
    void anOutageRefusesConnectionsUntilItEndsAndKeepsPortAndData() throws SQLException {
        postgres.createDatabase("pg_test_outage");
        try (Connection connection = postgres.connect("pg_test_outage");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id int PRIMARY KEY)");
            statement.execute("INSERT INTO kept VALUES (7)");
        }
        int port = postgres.port();

        postgres.beginOutage();
        try {
            assertThatThrownBy(() -> postgres.connect("pg_test_outage").close()).isInstanceOf(SQLException.class);
        } finally {
            postgres.endOutage();
        }

        assertThat(postgres.port()).isEqualTo(port);
        try (Connection connection = postgres.connect("pg_test_outage");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
    }
}
