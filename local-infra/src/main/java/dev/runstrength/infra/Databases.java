package dev.runstrength.infra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Database administration on any PostgreSQL server, known only by the JDBC URL of its maintenance
 * database ({@code postgres}).
 */
public final class Databases {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";

    private Databases() {
    }

    /**
     * Connects through the driver class itself rather than DriverManager, which refuses drivers loaded
     * by a class loader other than the caller's (as happens under Quarkus tests).
     */
    public static Connection connect(String jdbcUrl, String username, String password) throws SQLException {
        Properties props = new Properties();
        props.put("user", username);
        props.put("password", password);
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl, props);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return connection;
    }

    /** Creates the database unless it exists. Names are plain lower-case identifiers. */
    public static void create(String serverUrl, String username, String password, String name) {
        requireValid(name);
        try (Connection connection = connect(serverUrl, username, password)) {
            if (!exists(connection, name)) {
                tryCreate(connection, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    /**
     * Creates a database no one has used yet, named {@code prefix_1}, {@code prefix_2}, ...; the name
     * is only taken once CREATE DATABASE succeeds, so concurrent callers never share one.
     */
    public static String createFresh(String serverUrl, String username, String password, String prefix) {
        requireValid(prefix + "_1");
        try (Connection connection = connect(serverUrl, username, password)) {
            for (int n = 1; ; n++) {
                String name = prefix + "_" + n;
                if (!exists(connection, name) && tryCreate(connection, name)) {
                    return name;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a fresh database " + prefix + "_N", e);
        }
    }

    public static boolean exists(String serverUrl, String username, String password, String name) {
        try (Connection connection = connect(serverUrl, username, password)) {
            return exists(connection, name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up database " + name, e);
        }
    }

    /** Replaces the database part of a JDBC URL: {@code jdbc:postgresql://host:port/db?params}. */
    public static String withDatabase(String jdbcUrl, String database) {
        int hostStart = jdbcUrl.indexOf("//") + 2;
        int pathStart = jdbcUrl.indexOf('/', hostStart);
        int query = jdbcUrl.indexOf('?', hostStart);
        String server = jdbcUrl.substring(0, pathStart < 0 ? (query < 0 ? jdbcUrl.length() : query) : pathStart);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        return server + "/" + database + params;
    }

    private static void requireValid(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database name must match " + NAME + ", got '" + name + "'");
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static boolean tryCreate(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }
}
