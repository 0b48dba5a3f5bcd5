package dev.runstrength.planner.erasure;

import static dev.runstrength.infra.security.Callers.asBackend;
import static dev.runstrength.infra.security.Callers.asRunner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.planner.PlannerTestResources;
import dev.runstrength.planner.messaging.PlanEvents;
import dev.runstrength.planner.messaging.ProfileConsumer;
import dev.runstrength.planner.messaging.ProfileRecords;
import dev.runstrength.planner.messaging.ProgressionRecords;
import dev.runstrength.platform.erasure.RunnerErasureRepository;
import dev.runstrength.planner.service.RunnerErasure;
import dev.runstrength.contracts.events.RunnerErased;
import dev.runstrength.replica.SeededCatalogueTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

/**
 * Erasure in the planner, with the real broker and database: every row about the runner goes, another runner
 * keeps everything, later events older than the erasure are dropped and newer ones start afresh.
 */
@QuarkusTest
@PlannerTestResources
class RunnerErasureTest extends SeededCatalogueTest {

    private static final Instant LONG_AGO = Instant.parse("2026-11-22T08:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RunnerErasureRepository erasures;

    @Inject
    RunnerErasure erasure;

    @Inject
    EntityManager entityManager;

    @Inject
    ProfileConsumer profiles;

    @Test
    void anErasureOverHttpLeavesNothingOfTheRunnerAndTouchesNoOneElse() {
        String erased = ProfileRecords.newRunnerId("erase");
        String kept = ProfileRecords.newRunnerId("keep");
        for (String runnerId : new String[] {erased, kept}) {
            withHistory(runnerId);
        }
        assertThat(rowsOf(erased).values()).as("history of the runner before erasure").anyMatch(n -> n > 0);
        Map<String, Long> keptBefore = rowsOf(kept);

        Response accepted = asBackend().delete("/runners/{runnerId}", erased);
        accepted.then().statusCode(202).contentType("application/json")
                .body("runnerId", equalTo(erased)).body("topic", equalTo(Topics.RUNNER_PROFILES))
                .body("repeated", equalTo(false));
        String eventId = accepted.path("eventId");

        ConsumerRecord<String, byte[]> event = kafka.consume(Topics.RUNNER_PROFILES,
                        records -> records.stream().anyMatch(r -> eventId.equals(PlanEvents.header(r, "ce_id"))),
                        Duration.ofSeconds(30))
                .stream().filter(r -> eventId.equals(PlanEvents.header(r, "ce_id"))).findFirst().orElseThrow();
        assertThat(event.key()).isEqualTo(erased);
        assertThat(PlanEvents.header(event, "ce_type")).isEqualTo(EventKind.RUNNER_ERASED.type());
        assertThat(PlanEvents.data(event).path("runnerId").asText()).isEqualTo(erased);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(rowsOf(erased)).as("rows about the erased runner").allSatisfy((table, n) -> assertThat(n).as(table).isZero()));
        asBackend().get("/runners/{runnerId}/plan", erased).then().statusCode(404).contentType("application/problem+json");
        asBackend().get("/runners/{runnerId}/plan.ics", erased).then().statusCode(404);
        assertThat(markerEventId(erased)).isEqualTo(eventId);

        assertThat(rowsOf(kept)).as("the other runner's rows").isEqualTo(keptBefore);
        asBackend().get("/runners/{runnerId}/plan", kept).then().statusCode(200).body("runnerId", equalTo(kept));

        // asked again with nothing new about the runner: the same erasure, nothing published
        asBackend().delete("/runners/{runnerId}", erased).then().statusCode(202)
                .body("repeated", equalTo(true)).body("eventId", equalTo(eventId));
    }

    @Test
    void eventsOlderThanTheErasureAreDroppedAndANewerProfileStartsTheRunnerAfresh() {
        String runnerId = ProfileRecords.newRunnerId("erase-late");
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, LONG_AGO).toString());
        PlanEvents.awaitFor(kafka, runnerId, 1);

        Instant requestedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String erasureId = UUID.randomUUID().toString();
        sendErasure(runnerId, erasureId, requestedAt);
        // the same erasure delivered twice, and an older one late: nothing changes, the marker stays
        sendErasure(runnerId, erasureId, requestedAt);
        sendErasure(runnerId, UUID.randomUUID().toString(), requestedAt.minusSeconds(3600));

        // late arrivals from before the erasure: a profile and a progression update
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, LONG_AGO.plusSeconds(60)).toString());
        ProgressionRecords.send(kafka, runnerId, UUID.randomUUID().toString(),
                ProgressionRecords.update(runnerId, "w-late", requestedAt.minusSeconds(60)).toString());
        // then a profile newer than the erasure: a fresh start
        Instant fresh = requestedAt.plusSeconds(30);
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, fresh).toString());

        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> asBackend().get("/runners/{runnerId}/plan", runnerId)
                .then().statusCode(200).body("basedOn.profileUpdatedAt", equalTo(fresh.toString())));
        Map<String, Long> rows = rowsOf(runnerId);
        assertThat(rows).containsEntry("runner_profile", 1L).containsEntry("plan", 1L)
                .as("the late progression update was dropped").containsEntry("runner_progression", 0L);
        assertThat(markerEventId(runnerId)).isEqualTo(erasureId);

        // something newer is held now, so asking to erase again is a new erasure
        asBackend().delete("/runners/{runnerId}", runnerId).then().statusCode(202).body("repeated", equalTo(false));
    }

    @Test
    void inOneBatchTheProfileBeforeAnErasureIsErasedAndTheOneAfterItStartsAfresh() {
        String runnerId = ProfileRecords.newRunnerId("erase-batch");
        Instant requestedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant fresh = requestedAt.plusSeconds(30);
        // one poll's batch, handed to the consumer as the connector would: profile, erasure, newer profile
        List<ConsumerRecord<String, byte[]>> batch = List.of(
                profileRecord(runnerId, LONG_AGO, 1),
                erasureRecord(runnerId, requestedAt, 2),
                profileRecord(runnerId, fresh, 3));
        profiles.consume(new ConsumerRecords<>(Map.of(new TopicPartition(Topics.RUNNER_PROFILES, 0), batch), Map.of()));

        Map<String, Long> rows = rowsOf(runnerId);
        assertThat(rows).as("only the newer profile and its plan are held")
                .containsEntry("runner_profile", 1L).containsEntry("plan", 1L);
        assertThat(rows.get("outbox_event")).as("the first profile's plan left the outbox with the erasure").isLessThanOrEqualTo(1L);
        asBackend().get("/runners/{runnerId}/plan", runnerId).then().statusCode(200)
                .body("basedOn.profileUpdatedAt", equalTo(fresh.toString()));
        assertThat(markerEventId(runnerId)).isNotNull();
        // the outbox sends in order: had the erased profile's plan been kept, it would be the first one out
        List<ConsumerRecord<String, byte[]>> plans = PlanEvents.awaitFor(kafka, runnerId, 1);
        assertThat(PlanEvents.data(plans.get(0)).path("basedOn").path("profileUpdatedAt").asText())
                .isEqualTo(fresh.toString());
    }

    private static ConsumerRecord<String, byte[]> profileRecord(String runnerId, Instant updatedAt, long offset) {
        return binary(runnerId, ProfileRecords.profile(runnerId, updatedAt).toString(), EventKind.RUNNER_PROFILE_UPDATED, offset);
    }

    private static ConsumerRecord<String, byte[]> erasureRecord(String runnerId, Instant requestedAt, long offset) {
        return binary(runnerId, "{\"runnerId\":\"" + runnerId + "\",\"requestedAt\":\"" + requestedAt + "\"}",
                EventKind.RUNNER_ERASED, offset);
    }

    private static ConsumerRecord<String, byte[]> binary(String runnerId, String data, EventKind kind, long offset) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.RUNNER_PROFILES, 0, offset, runnerId,
                data.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "urn:test:running-app",
                        "ce_type", kind.type(), "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    @Test
    void aPlanOfTheErasedRunnerStillInTheOutboxIsNeverPublished() {
        String erased = ProfileRecords.newRunnerId("erase-outbox");
        String kept = ProfileRecords.newRunnerId("keep-outbox");
        String erasedEvent = UUID.randomUUID().toString();
        String keptEvent = UUID.randomUUID().toString();
        // both rows and the erasure in one transaction, so the relay cannot send the first before the erasure
        QuarkusTransaction.requiringNew().run(() -> {
            insertUnsentPlan(erased, erasedEvent);
            insertUnsentPlan(kept, keptEvent);
            erasure.apply(new RunnerErased(erased, Instant.now()), UUID.randomUUID().toString());
        });

        List<ConsumerRecord<String, byte[]>> published = kafka.consume(Topics.PLANNER_PLANS,
                records -> records.stream().anyMatch(r -> keptEvent.equals(PlanEvents.header(r, "ce_id"))),
                Duration.ofSeconds(30));
        assertThat(published).as("the other runner's plan is sent")
                .anyMatch(r -> keptEvent.equals(PlanEvents.header(r, "ce_id")));
        assertThat(published).as("the erased runner's is not").noneMatch(r -> erased.equals(r.key())
                || erasedEvent.equals(PlanEvents.header(r, "ce_id")));
        assertThat(count("select count(*) from outbox_event where event_id = ?", erasedEvent)).isZero();
    }

    private void insertUnsentPlan(String runnerId, String eventId) {
        entityManager.createNativeQuery("insert into outbox_event (event_id, topic, record_key, event_type, source,"
                        + " occurred_at, payload) values (:eventId, 'planner.plans', :runnerId, :type, 'urn:test', now(), :payload)")
                .setParameter("eventId", eventId)
                .setParameter("runnerId", runnerId)
                .setParameter("type", EventKind.PLAN_GENERATED.type())
                .setParameter("payload", "{\"runnerId\":\"" + runnerId + "\"}")
                .executeUpdate();
    }

    @Test
    void onlyABackendMayEraseAndABadIdIsA400Problem() {
        String runnerId = ProfileRecords.newRunnerId("erase-who");
        asRunner(runnerId).delete("/runners/{runnerId}", runnerId).then().statusCode(403)
                .contentType("application/problem+json");
        RestAssured.given().delete("/runners/{runnerId}", runnerId).then().statusCode(401)
                .contentType("application/problem+json");
        asBackend().delete("/runners/{runnerId}", "a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("runnerId"));
        assertThat(markerEventId(runnerId)).as("nothing was erased").isNull();
    }

    /** A profile over HTTP and its plan, a progression update and its replan, a calendar and its feed. */
    private void withHistory(String runnerId) {
        asBackend().contentType("application/json").body(ProfileRecords.profile(runnerId, LONG_AGO).toString())
                .put("/runners/{runnerId}/profile", runnerId).then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asBackend().get("/runners/{runnerId}/plan", runnerId).then().statusCode(200));
        ProgressionRecords.send(kafka, runnerId, UUID.randomUUID().toString(),
                ProgressionRecords.flag(ProgressionRecords.update(runnerId, "w-" + runnerId, LONG_AGO.plusSeconds(3600)),
                        "OVERREACHING").toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> rowsOf(runnerId).get("runner_progression") == 1);
        asRunner(runnerId).get("/runners/{runnerId}/plan.ics", runnerId).then().statusCode(200);
        asRunner(runnerId).post("/runners/{runnerId}/calendar-feed", runnerId).then().statusCode(201);
    }

    private void sendErasure(String runnerId, String eventId, Instant requestedAt) {
        String data = "{\"runnerId\":\"" + runnerId + "\",\"requestedAt\":\"" + requestedAt + "\"}";
        kafka.produce(Topics.RUNNER_PROFILES, runnerId, data.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0", "ce_id", eventId, "ce_source", "urn:test:running-app",
                "ce_type", EventKind.RUNNER_ERASED.type(), "content-type", "application/json"));
    }

    /** Every planner table that holds a row about a runner; {@link #everyTableWithARunnerIsErased} keeps it whole. */
    private static final List<String> RUNNER_TABLES = List.of("runner_profile", "plan", "runner_progression",
            "profile_intake", "calendar_session", "calendar_feed");

    @Test
    void everyTableWithARunnerIsErased() {
        // a table added by a later migration with a runner_id column must be added to the erasure and to this test
        List<String> tables = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select table_name from information_schema.columns"
                     + " where table_schema = current_schema() and column_name = 'runner_id'");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(tables).containsExactlyInAnyOrderElementsOf(RUNNER_TABLES);
    }

    /** Rows about the runner in every planner table that can hold one. */
    private Map<String, Long> rowsOf(String runnerId) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : RUNNER_TABLES) {
            rows.put(table, count("select count(*) from " + table + " where runner_id = ?", runnerId));
        }
        rows.put("outbox_event", count("select count(*) from outbox_event where record_key = ? and topic = 'planner.plans'", runnerId));
        rows.put("processed_event", count("select count(*) from processed_event where event_id like ?", runnerId + "@%"));
        return rows;
    }

    private String markerEventId(String runnerId) {
        return QuarkusTransaction.requiringNew().call(() -> erasures.markerOf(runnerId))
                .map(RunnerErasureRepository.Marker::eventId).orElse(null);
    }

    private long count(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
