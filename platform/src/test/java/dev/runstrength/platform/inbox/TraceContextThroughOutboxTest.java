package dev.runstrength.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.EventTypes;
import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.KafkaResource;
import dev.runstrength.infra.quarkus.PostgresResource;
import dev.runstrength.platform.outbox.Outbox;
import dev.runstrength.platform.outbox.OutboxRelay;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, part 1, at the platform's level: the trace context a consumed record carries
 * ({@code ce_traceparent}) is stored with the outbox row its processing appends, and the relay sends the
 * event with a {@code ce_traceparent} of that same trace. Tracing's SDK is off here (as in every test
 * but the system test's), so the context passes through unchanged.
 */
@QuarkusTest
@WithTestResource(value = KafkaResource.class, initArgs = @ResourceArg(name = KafkaResource.TOPICS,
        value = Ledger.TOPIC + "," + Topics.WORKOUTS_COMPLETED))
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = PostgresResource.DATABASE, value = "platform_trace"))
class TraceContextThroughOutboxTest {

    private static final String TRACE_A = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACE_B = "0af7651916cd43dd8448eb211c80319c";

    @Inject
    EventIntake intake;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Test
    void eachRecordsTraceIsStoredWithTheEventsItsProcessingAppendsAndTheRelaySendsIt() throws Exception {
        String a = runner("a");
        String b = runner("b");
        String untraced = runner("untraced");
        Map<String, String> appendedFor = new HashMap<>();
        BatchHandler appendsOneEventPerRecord = events -> {
            for (AcceptedEvent event : events) {
                String runnerId = event.aggregateId();
                appendedFor.put(runnerId, outbox.append(EventKind.WORKOUT_COMPLETED, runnerId,
                        new com.fasterxml.jackson.databind.util.RawValue(event.dataJson())).eventId);
            }
        };

        relay.pause();
        try {
            intake.acceptBatch(Ledger.CHANNEL, List.of(
                    workout(a, "00-" + TRACE_A + "-00f067aa0ba902b7-01", "vendor=a"),
                    workout(untraced, null, null),
                    workout(b, "00-" + TRACE_B + "-b7ad6b7169203331-01", null)), appendsOneEventPerRecord);

            assertThat(storedTraceparent(a)).as("the row appended for runner a").contains(TRACE_A);
            assertThat(storedTraceparent(b)).as("the row appended for runner b, in the same batch").contains(TRACE_B);
            assertThat(storedTraceparent(untraced)).as("a record without a trace context starts a trace of its own")
                    .doesNotContain(TRACE_A).doesNotContain(TRACE_B);
        } finally {
            relay.resume();
        }

        List<ConsumerRecord<String, byte[]>> published;
        try (KafkaProbe kafka = new KafkaProbe(KafkaResource.bootstrapServers())) {
            published = kafka.consume(Topics.WORKOUTS_COMPLETED, records -> appendedFor.values().stream()
                    .allMatch(id -> records.stream().anyMatch(r -> id.equals(header(r, "ce_id")))), Duration.ofSeconds(60));
        }
        assertThat(header(sentFor(published, appendedFor.get(a)), "ce_traceparent")).contains(TRACE_A);
        assertThat(header(sentFor(published, appendedFor.get(a)), "ce_tracestate")).isEqualTo("vendor=a");
        assertThat(header(sentFor(published, appendedFor.get(b)), "ce_traceparent")).contains(TRACE_B);
        assertThat(header(sentFor(published, appendedFor.get(untraced)), "ce_traceparent"))
                .startsWith("00-").doesNotContain(TRACE_A).doesNotContain(TRACE_B);
    }

    @Test
    void anEventAppendedOutsideTheIntakeStoresTheCurrentSpan() {
        String runnerId = runner("http");
        SpanContext request = SpanContext.create(TRACE_A, "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault());
        try (Scope ignored = Span.wrap(request).makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.append(EventKind.WORKOUT_COMPLETED, runnerId,
                    new com.fasterxml.jackson.databind.util.RawValue(data(runnerId))));
        }
        // sent or not yet: the relay deletes a row once the broker has it, so look at what it sent instead
        try (KafkaProbe kafka = new KafkaProbe(KafkaResource.bootstrapServers())) {
            List<ConsumerRecord<String, byte[]>> published = kafka.consume(Topics.WORKOUTS_COMPLETED,
                    records -> records.stream().anyMatch(r -> runnerId.equals(r.key())), Duration.ofSeconds(60));
            ConsumerRecord<String, byte[]> sent = published.stream().filter(r -> runnerId.equals(r.key())).findFirst().orElseThrow();
            assertThat(header(sent, "ce_traceparent")).as("the request's trace, continued by the relay's send span")
                    .startsWith("00-" + TRACE_A + "-").endsWith("-01");
        }
    }

    private String storedTraceparent(String runnerId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select traceparent from outbox_event where record_key = :key")
                .setParameter("key", runnerId).getSingleResult());
    }

    private static ConsumerRecord<String, byte[]> sentFor(List<ConsumerRecord<String, byte[]>> published, String eventId) {
        return published.stream().filter(r -> eventId.equals(header(r, "ce_id"))).findFirst()
                .orElseThrow(() -> new AssertionError("event " + eventId + " was not sent"));
    }

    private static String runner(String name) {
        return "trace-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String data(String runnerId) {
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return "{\"workoutId\":\"" + runnerId + "-w1\",\"runnerId\":\"" + runnerId + "\",\"completedAt\":\"" + at + "\","
                + "\"exercises\":[{\"exerciseId\":\"glute-bridge\",\"sets\":[{\"reps\":10,\"rpe\":6}]}]}";
    }

    private static ConsumerRecord<String, byte[]> workout(String runnerId, String traceparent, String tracestate) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Ledger.TOPIC, 0, 0, runnerId,
                data(runnerId).getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = new java.util.LinkedHashMap<>(Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_source", "urn:test:running-app",
                "ce_type", EventTypes.WORKOUT_COMPLETED,
                "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
        if (traceparent != null) {
            headers.put("ce_traceparent", traceparent);
        }
        if (tracestate != null) {
            headers.put("ce_tracestate", tracestate);
        }
        headers.forEach((name, text) -> record.headers().add(new RecordHeader(name, text.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
