package dev.runstrength.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabasesTest {

    @Test
    void replacesTheDatabaseOfAJdbcUrl() {
        assertThat(Databases.withDatabase("jdbc:postgresql://127.0.0.1:15432/postgres", "catalog"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:15432/catalog");
    }

    @Test
    void keepsTheQueryParameters() {
        assertThat(Databases.withDatabase("jdbc:postgresql://localhost:5432/postgres?sslmode=disable", "tracking"))
                .isEqualTo("jdbc:postgresql://localhost:5432/tracking?sslmode=disable");
    }

    @Test
    void addsADatabaseToAUrlWithoutOne() {
        assertThat(Databases.withDatabase("jdbc:postgresql://db:5432", "planner"))
                .isEqualTo("jdbc:postgresql://db:5432/planner");
    }
}
