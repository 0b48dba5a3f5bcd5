package dev.runstrength.planner.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.KafkaResource;
import dev.runstrength.infra.quarkus.PostgresResource;
import dev.runstrength.platform.inbox.IntakeReadiness;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fresh deployment: the catalogue topic already holds a few hundred exercises and runners' profiles are
 * waiting when the planner starts. No profile is planned before the replica holds the whole catalogue.
 * The catalogue is taken in five records a poll, so that loading it takes a while.
 */
@QuarkusTest
@TestProfile(ReadyMeansCaughtUpTest.SlowCatalogue.class)
@WithTestResource(value = KafkaResource.class, initArgs = @ResourceArg(name = KafkaResource.BROKER_PROPERTIES, value = CatalogueBeforeStart.BROKER))
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = "planner_catchup"))
@WithTestResource(CatalogueBeforeStart.class)
class ReadyMeansCaughtUpTest {

    public static class SlowCatalogue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.catalog-exercises.max.poll.records", "5");
        }
    }

    @Inject
    IntakeReadiness readiness;

    @Test
    void noProfileIsPlannedBeforeTheReplicaHoldsTheWholeCatalogue() {
        try (KafkaProbe kafka = new KafkaProbe(KafkaResource.bootstrapServers(CatalogueBeforeStart.BROKER))) {
            for (String runnerId : CatalogueBeforeStart.RUNNER_IDS) {
                assertThat(PlanEvents.awaitFor(kafka, runnerId, 1)).as(runnerId).hasSize(1);
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(this::plansStored);

        Object[] replica = QuarkusTransaction.requiringNew().call(() -> (Object[]) Panache.getEntityManager()
                .createNativeQuery("select count(*), max(updated_at) from catalog_replica").getSingleResult());
        Instant firstPlan = QuarkusTransaction.requiringNew().call(() -> instant(Panache.getEntityManager()
                .createNativeQuery("select min(generated_at) from plan").getSingleResult()));
        assertThat(((Number) replica[0]).intValue()).isEqualTo(CatalogueBeforeStart.EXERCISES);
        assertThat(firstPlan).as("the first plan came after the last exercise reached the replica")
                .isAfterOrEqualTo(instant(replica[1]));
        assertThat(readiness.ready()).isTrue();
    }

    private boolean plansStored() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(distinct runner_id) from plan").getSingleResult()).intValue())
                == CatalogueBeforeStart.RUNNERS;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }
}
