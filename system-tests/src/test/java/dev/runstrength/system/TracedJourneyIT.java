package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.system.OtlpReceiver.ReceivedSpan;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's "done when": one runner's journey is one trace. The app publishes a profile under a trace of
 * its own, and each workout with the {@code ce_traceparent} of the plan it answers (docs/integration.md);
 * every event RunStrength publishes on the way carries that trace id, and the services' exported spans
 * (to an OTLP receiver in this JVM) hold the intake's, the handlers' and the relay's spans of both
 * planner-service and tracking-service under it.
 */
class TracedJourneyIT extends SystemTest {

    private static final int CONSUMER = 5;
    private static final int PRODUCER = 4;

    @Test
    void profilePlanWorkoutsProgressionAndNextPlanAreOneTrace() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String runnerId = Runners.newId("traced");

        publish(EventKind.RUNNER_PROFILE_UPDATED, runnerId,
                Runners.profile(runnerId, Runners.SET_UP_AT, "BEGINNER").toString(),
                "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01");
        ConsumerRecord<String, byte[]> planEvent = backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 1).get(0);
        String planTraceparent = Backend.header(planEvent, "ce_traceparent");
        assertThat(planTraceparent).as("the plan continues the profile's trace").startsWith("00-" + traceId + "-");

        JsonNode plan = Backend.data(planEvent);
        String planId = plan.path("planId").asText();
        backend.awaitPlansKnownToTracking();
        // the app sends each workout with the traceparent of the plan it follows
        publish(EventKind.WORKOUT_COMPLETED, runnerId, Runners.workoutAsPrescribed(runnerId, planId,
                Runners.session(plan, 1, 0), Runners.newId("w1"), 6).toString(), planTraceparent);
        backend.awaitEvents(Topics.TRACKING_PROGRESSIONS, runnerId, 1);
        publish(EventKind.WORKOUT_COMPLETED, runnerId, Runners.workoutAsPrescribed(runnerId, planId,
                Runners.session(plan, 2, 0), Runners.newId("w2"), 6).toString(), planTraceparent);

        List<ConsumerRecord<String, byte[]>> progressions = backend.awaitEvents(Topics.TRACKING_PROGRESSIONS, runnerId, 2);
        List<ConsumerRecord<String, byte[]>> plans = backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 2);
        assertThat(progressions).as("both progression updates").extracting(r -> Backend.header(r, "ce_traceparent"))
                .allSatisfy(traceparent -> assertThat(traceparent).startsWith("00-" + traceId + "-"));
        assertThat(Backend.header(plans.get(1), "ce_traceparent")).as("the next plan, made from the progression")
                .startsWith("00-" + traceId + "-");

        OtlpReceiver traces = RunningSystem.get().traces();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ReceivedSpan> spans = traces.spansOf(traceId);
            assertThat(spans).as("spans of trace %s (received: %s)", traceId, traces.describe())
                    .anyMatch(span -> is(span, "planner-service", "process " + Topics.RUNNER_PROFILES, CONSUMER))
                    .anyMatch(span -> is(span, "tracking-service", "process " + Topics.WORKOUTS_COMPLETED, CONSUMER))
                    .anyMatch(span -> is(span, "tracking-service", "process " + Topics.PLANNER_PLANS, CONSUMER))
                    .anyMatch(span -> is(span, "planner-service", "process " + Topics.TRACKING_PROGRESSIONS, CONSUMER));
            assertThat(spans.stream().filter(span -> is(span, "planner-service", "send " + Topics.PLANNER_PLANS, PRODUCER)))
                    .as("the relay's sends of both plans").hasSizeGreaterThanOrEqualTo(2);
            assertThat(spans.stream().filter(span -> is(span, "tracking-service", "send " + Topics.TRACKING_PROGRESSIONS, PRODUCER)))
                    .as("the relay's sends of both progression updates").hasSizeGreaterThanOrEqualTo(2);
        });

        // each hop is a child of the one before: the planner's processing of each progression update has as
        // parent the tracking relay's send of it, the span the record names in its ce_traceparent
        List<ReceivedSpan> spans = traces.spansOf(traceId);
        List<String> carried = progressions.stream().map(r -> Backend.header(r, "ce_traceparent").split("-")[2]).toList();
        List<ReceivedSpan> progressionsIn = spans.stream()
                .filter(span -> is(span, "planner-service", "process " + Topics.TRACKING_PROGRESSIONS, CONSUMER)).toList();
        assertThat(progressionsIn).hasSize(2).allSatisfy(in -> {
            assertThat(carried).as("the span ids the progression records carry").contains(in.parentSpanId());
            assertThat(spans).as("the parent of %s", in).anyMatch(span -> span.spanId().equals(in.parentSpanId())
                    && is(span, "tracking-service", "send " + Topics.TRACKING_PROGRESSIONS, PRODUCER));
        });
    }

    private static boolean is(ReceivedSpan span, String service, String name, int kind) {
        return service.equals(span.service()) && name.equals(span.name()) && span.kind() == kind;
    }

    private void publish(EventKind kind, String key, String json, String traceparent) {
        Map<String, String> headers = new LinkedHashMap<>(Backend.headers(kind, UUID.randomUUID().toString()));
        headers.put("ce_traceparent", traceparent);
        backend.kafka().produce(kind.topic(), key, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
