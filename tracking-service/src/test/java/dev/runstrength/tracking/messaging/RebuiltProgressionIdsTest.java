package dev.runstrength.tracking.messaging;

import static dev.runstrength.tracking.messaging.TrackingEvents.header;
import static dev.runstrength.tracking.messaging.TrackingEvents.performed;
import static dev.runstrength.tracking.messaging.TrackingEvents.produceBinary;
import static dev.runstrength.tracking.messaging.TrackingEvents.progressions;
import static dev.runstrength.tracking.messaging.TrackingEvents.unique;
import static dev.runstrength.tracking.messaging.TrackingEvents.workout;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.replica.SeededCatalogueTest;
import dev.runstrength.tracking.TrackingTestResources;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A rebuild into an empty database publishes each workout's progression update again: under the id of
 * the first one, so the planner drops it as a duplicate instead of planning again.
 */
@QuarkusTest
@TrackingTestResources
class RebuiltProgressionIdsTest extends SeededCatalogueTest {

    @Test
    void aWorkoutFoldedAgainIntoAnEmptyHistoryIsPublishedUnderTheSameEventId() {
        String runnerId = unique("rebuilt");
        ObjectNode workout = workout(runnerId, unique("w"), Instant.now().minus(3, ChronoUnit.HOURS),
                performed("bodyweight-squat", 2, 12, 6));
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout, UUID.randomUUID().toString());
        String first = header(progressions(kafka, runnerId, 1).get(0), "ce_id");

        forgetRunner(runnerId); // what a rebuild into an empty database starts from, for this runner
        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout, UUID.randomUUID().toString());

        List<ConsumerRecord<String, byte[]>> both = progressions(kafka, runnerId, 2);
        assertThat(both).extracting(record -> header(record, "ce_id")).containsExactly(first, first);

        produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout(runnerId, unique("w"),
                Instant.now().minus(1, ChronoUnit.HOURS), performed("bodyweight-squat", 2, 12, 6)), UUID.randomUUID().toString());
        assertThat(header(progressions(kafka, runnerId, 3).get(2), "ce_id"))
                .as("another workout's update is another event").isNotEqualTo(first);
    }

    private static void forgetRunner(String runnerId) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("workout", "progression_state", "progression_checkpoint")) {
                Panache.getEntityManager().createNativeQuery("delete from " + table + " where runner_id = ?1")
                        .setParameter(1, runnerId).executeUpdate();
            }
        });
    }
}
