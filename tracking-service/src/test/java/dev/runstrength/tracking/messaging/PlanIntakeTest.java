package dev.runstrength.tracking.messaging;

import static dev.runstrength.tracking.messaging.TrackingEvents.JSON;
import static dev.runstrength.tracking.messaging.TrackingEvents.header;
import static dev.runstrength.tracking.messaging.TrackingEvents.produceBinary;
import static dev.runstrength.tracking.messaging.TrackingEvents.unique;
import static dev.runstrength.infra.security.Callers.asBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.InjectKafkaProbe;
import dev.runstrength.tracking.TrackingTestResources;
import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.domain.PlannedSession;
import dev.runstrength.tracking.domain.Prescription;
import dev.runstrength.tracking.service.StoredForms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Plans on {@code planner.plans} as tracking reads them, through the real broker and database: only the fields it
 * uses are checked and kept. A plan missing one is dead-lettered naming it; one with a field tracking does not
 * use added or left out is stored, as its view alone.
 */
@QuarkusTest
@TrackingTestResources
class PlanIntakeTest {

    @InjectKafkaProbe
    KafkaProbe kafka;

    @Inject
    EntityManager entities;

    @Test
    void aPlanMissingAFieldTrackingUsesIsDeadLetteredNamingIt() {
        String runnerId = unique("plan-no-sets");
        ObjectNode plan = plan(runnerId, json -> ((ObjectNode) json.path("weeks").get(0).path("sessions").get(0)
                .path("blocks").get(1).path("exercises").get(0)).remove("sets"));
        produceBinary(kafka, EventKind.PLAN_GENERATED, runnerId, plan, UUID.randomUUID().toString());

        ConsumerRecord<String, byte[]> dead = kafka.consume(Topics.PLANNER_PLANS + ".dlq",
                        records -> records.stream().anyMatch(r -> runnerId.equals(r.key())), Duration.ofSeconds(30))
                .stream().filter(r -> runnerId.equals(r.key())).findFirst().orElseThrow();
        assertThat(header(dead, "dead-letter-reason"))
                .startsWith("weeks/0/sessions/0/blocks/1/exercises/0/sets: is required");
        assertThat(TrackingEvents.bytes(plan)).isEqualTo(dead.value());
        assertThat(storedPlans(runnerId)).isZero();
    }

    @Test
    void aPlanOfAnotherRunnerThanItsKeyIsDeadLetteredNamingTheRunnerId() {
        String key = unique("plan-key");
        ObjectNode plan = plan(unique("plan-other"), json -> { });
        produceBinary(kafka, EventKind.PLAN_GENERATED, key, plan, UUID.randomUUID().toString());

        ConsumerRecord<String, byte[]> dead = kafka.consume(Topics.PLANNER_PLANS + ".dlq",
                        records -> records.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(30))
                .stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        assertThat(header(dead, "dead-letter-reason")).startsWith("runnerId: must equal the record key \"" + key + "\"");
        assertThat(header(dead, "dead-letter-cause")).isEqualTo("contract");
    }

    @Test
    void aFieldTrackingDoesNotUseAddedOrLeftOutChangesNothingAndOnlyTheViewIsStored() {
        String runnerId = unique("plan-extra");
        ObjectNode plan = plan(runnerId, json -> {
            json.putObject("addedLater").put("note", "an optional field of a later minor version");
            json.remove("runnerLevel");
            ((ObjectNode) json.path("weeks").get(0).path("sessions").get(0)).remove("title");
        });
        produceBinary(kafka, EventKind.PLAN_GENERATED, runnerId, plan, UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> storedPlans(runnerId) == 1);
        asBackend().when().get("/runners/{runnerId}/progress", runnerId).then().statusCode(200);
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entities
                .createNativeQuery("select payload, view, view_data, view_format from plan where runner_id = ?1")
                .setParameter(1, runnerId).getSingleResult());
        assertThat(row[0]).as("the plan's JSON is not kept").isNull();
        assertThat(row[1]).as("nor the view's JSON, since V14_2").isNull();
        assertThat(((Number) row[3]).intValue()).isEqualTo(StoredForms.VIEW_FORMAT);
        PlanView view = StoredForms.readView(StoredForms.VIEW_FORMAT, null, (byte[]) row[2]).orElseThrow();
        assertThat(view.sessions()).flatExtracting(PlannedSession::prescriptions).extracting(Prescription::exerciseId)
                .contains("glute-bridge");
    }

    private long storedPlans(String runnerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities
                .createNativeQuery("select count(*) from plan where runner_id = ?1")
                .setParameter(1, runnerId).getSingleResult()).longValue());
    }

    private static ObjectNode plan(String runnerId, Consumer<ObjectNode> change) {
        ObjectNode json = JSON.valueToTree(PlansBeforeWorkouts.plan(runnerId, unique("plan"),
                LocalDate.now(ZoneOffset.UTC).minusDays(8)));
        change.accept(json);
        return json;
    }
}
