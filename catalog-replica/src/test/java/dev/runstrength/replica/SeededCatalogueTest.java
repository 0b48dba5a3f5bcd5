package dev.runstrength.replica;

import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.InjectKafkaProbe;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * The header a planner or tracking {@code @QuarkusTest} starts with: a probe of the test's broker
 * ({@code @InjectKafkaProbe}, open as long as the application runs), the service's catalogue replica, and the
 * seed catalogue published and replicated before each test. A test class extends it and uses {@link #kafka}.
 */
public abstract class SeededCatalogueTest {

    @Inject
    protected CatalogReplica replica;

    @InjectKafkaProbe
    protected KafkaProbe kafka;

    @BeforeEach
    void seedCatalogue() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        SeedCatalogueFeed.ensureSeeded(kafka, replica);
    }
}
