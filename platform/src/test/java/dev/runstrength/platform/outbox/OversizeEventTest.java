package dev.runstrength.platform.outbox;

import static dev.runstrength.platform.outbox.OutboxTestEvents.header;
import static dev.runstrength.platform.outbox.OutboxTestEvents.workout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.KafkaResource;
import dev.runstrength.infra.quarkus.PostgresResource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, part 5, against a real broker whose {@code message.max.bytes} is 16 KiB: an event over it
 * is set aside (kept in {@code outbox_set_aside}, counted) and the events committed after it, with the
 * same key, are published in order.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, initArgs = {
        @ResourceArg(name = KafkaResource.TOPICS, value = "intake.test," + Topics.WORKOUTS_COMPLETED),
        @ResourceArg(name = KafkaResource.BROKER_PROPERTIES, value = "message.max.bytes=" + OversizeEventTest.BROKER_LIMIT)})
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = "platform_oversize"))
class OversizeEventTest {

    static final int BROKER_LIMIT = 16384;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Test
    void anEventTheBrokerRefusesIsSetAsideAndTheEventsAfterItArePublished() {
        String runnerId = "oversize-" + UUID.randomUUID().toString().substring(0, 8);
        double setAsideBefore = setAsideCount();
        // random text: lz4 cannot shrink it under the broker's limit
        String tooLarge = incompressible(4 * BROKER_LIMIT);
        List<String> eventIds = QuarkusTransaction.requiringNew().call(() -> List.of(
                outbox.append(EventKind.WORKOUT_COMPLETED, runnerId, workout(runnerId, "w1", "")).eventId,
                outbox.append(EventKind.WORKOUT_COMPLETED, runnerId,
                        workout(runnerId, "w2-too-large", tooLarge)).eventId,
                outbox.append(EventKind.WORKOUT_COMPLETED, runnerId, workout(runnerId, "w3", "")).eventId));
        String w4 = QuarkusTransaction.requiringNew().call(() ->
                outbox.append(EventKind.WORKOUT_COMPLETED, runnerId, workout(runnerId, "w4", "")).eventId);

        List<ConsumerRecord<String, byte[]>> published;
        try (KafkaProbe kafka = new KafkaProbe(KafkaResource.bootstrapServers("message.max.bytes=" + BROKER_LIMIT))) {
            published = kafka.consume(Topics.WORKOUTS_COMPLETED,
                    records -> records.stream().anyMatch(r -> w4.equals(header(r, "ce_id"))), Duration.ofSeconds(60));
        }
        assertThat(published).filteredOn(r -> runnerId.equals(r.key()))
                .extracting(r -> header(r, "ce_id"))
                .as("the events before and after the refused one, in order")
                .containsExactly(eventIds.get(0), eventIds.get(2), w4);

        await().atMost(Duration.ofSeconds(30)).until(() -> outboxRows(runnerId) == 0);
        List<Object[]> setAside = QuarkusTransaction.requiringNew().call(() -> rows(entityManager.createNativeQuery(
                        "select event_id, record_key, length(payload), reason from outbox_set_aside where record_key = :key")
                .setParameter("key", runnerId).getResultList()));
        assertThat(setAside).hasSize(1);
        assertThat(setAside.get(0)[0]).as("the refused event is kept").isEqualTo(eventIds.get(1));
        assertThat(((Number) setAside.get(0)[2]).intValue()).as("whole").isGreaterThan(4 * BROKER_LIMIT);
        assertThat((String) setAside.get(0)[3]).contains("RecordTooLargeException");
        assertThat(setAsideCount() - setAsideBefore).as("counted").isEqualTo(1.0);
    }

    private long outboxRows(String runnerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where record_key = :key")
                .setParameter("key", runnerId).getSingleResult()).longValue());
    }

    private double setAsideCount() {
        return registry.find("runstrength.outbox.set.aside").counters().stream().mapToDouble(Counter::count).sum();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }


    private static String incompressible(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }

}
