package dev.runstrength.planner.messaging;

import static dev.runstrength.infra.security.Callers.asBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.planner.PlannerTestResources;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.mapping.ContinuationRecord;
import dev.runstrength.planner.mapping.PlanMapping;
import dev.runstrength.planner.persistence.PlanEntity;
import dev.runstrength.planner.persistence.PlanRepository;
import dev.runstrength.planner.service.ProfileUpdates;
import dev.runstrength.replica.SeededCatalogueTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import dev.runstrength.platform.outbox.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** A profile on runner.profiles, in each accepted form, becomes a plan event and a stored plan. */
@QuarkusTest
@PlannerTestResources
class ProfileEventsTest extends SeededCatalogueTest {

    private static final ContractValidator CONTRACT = new ContractValidator();
    private static final String PROFILE_GROUP = "planner-service";
    private static final Instant BLOCK_PROFILE_AT = Instant.parse("2026-11-22T08:00:00Z");

    @Inject
    PlanRepository plans;

    @Inject
    OutboxRelay relay;

    @Inject
    ProfileUpdates profileUpdates;

    @Test
    void binaryModeProfileIsPlannedAndPublished() {
        String runnerId = ProfileRecords.newRunnerId("binary");
        ObjectNode profile = ProfileRecords.profile(runnerId, Instant.parse("2026-11-22T08:00:00Z"));

        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(), profile.toString());

        assertPlannedAndServed(runnerId, profile);
    }

    @Test
    void structuredModeProfileIsPlannedAndPublished() {
        String runnerId = ProfileRecords.newRunnerId("structured");
        ObjectNode profile = ProfileRecords.profile(runnerId, Instant.parse("2026-11-22T08:00:00Z"));

        ProfileRecords.sendStructured(kafka, runnerId, UUID.randomUUID().toString(), profile);

        assertPlannedAndServed(runnerId, profile);
    }

    @Test
    void plainJsonProfileIsPlannedAndPublished() {
        String runnerId = ProfileRecords.newRunnerId("plain");
        ObjectNode profile = ProfileRecords.profile(runnerId, Instant.parse("2026-11-22T08:00:00Z"));

        ProfileRecords.sendPlain(kafka, runnerId, profile.toString().getBytes(StandardCharsets.UTF_8));

        assertPlannedAndServed(runnerId, profile);
    }

    private void assertPlannedAndServed(String runnerId, ObjectNode profile) {
        List<ConsumerRecord<String, byte[]>> events = PlanEvents.awaitFor(kafka, runnerId, 1);
        assertThat(events).hasSize(1);
        ConsumerRecord<String, byte[]> event = events.get(0);
        JsonNode plan = PlanEvents.data(event);

        assertThat(event.key()).isEqualTo(runnerId);
        assertThatCode(() -> CONTRACT.validate(EventKind.PLAN_GENERATED, plan, event.key())).doesNotThrowAnyException();
        assertThat(PlanEvents.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(PlanEvents.header(event, "ce_id")).isNotBlank();
        assertThat(PlanEvents.header(event, "ce_source")).isEqualTo("urn:runstrength:planner-service");
        assertThat(PlanEvents.header(event, "ce_type")).isEqualTo(EventKind.PLAN_GENERATED.type());
        assertThat(OffsetDateTime.parse(PlanEvents.header(event, "ce_time"))).isNotNull();
        assertThat(PlanEvents.header(event, "content-type")).isEqualTo("application/json");

        assertThat(plan.path("runnerId").asText()).isEqualTo(runnerId);
        assertThat(plan.path("runnerLevel").asText()).isEqualTo("INTERMEDIATE");
        assertThat(plan.path("basedOn").path("profileUpdatedAt").asText()).isEqualTo(profile.path("updatedAt").asText());
        assertThat(plan.path("basedOn").path("progressionAt").isNull()).isTrue();
        assertThat(plan.path("weeks").get(0).path("startsOn").asText()).isEqualTo(profile.path("startDate").asText());
        String planId = plan.path("planId").asText();
        assertThat(UUID.fromString(planId).toString()).isEqualTo(planId);
        plan.findValues("sessionId").forEach(id -> assertThat(id.asText()).startsWith(planId));
        assertThat(plan.findValues("exerciseId")).as("a plan built from the replicated seed catalogue").isNotEmpty();

        JsonNode current = readJson(asBackend().when().get("/runners/{id}/plan", runnerId)
                .then().statusCode(200).contentType("application/json").extract().asString());
        JsonNode byId = readJson(asBackend().when().get("/plans/{id}", planId)
                .then().statusCode(200).contentType("application/json").extract().asString());
        assertThat(current).isEqualTo(plan);
        assertThat(byId).isEqualTo(plan);
    }

    @Test
    void duplicateAndStaleProfilesProduceNoNewPlan() {
        String runnerId = ProfileRecords.newRunnerId("dup");
        Instant updatedAt = Instant.parse("2026-11-22T08:00:00Z");
        String profile = ProfileRecords.profile(runnerId, updatedAt).toString();
        String eventId = UUID.randomUUID().toString();
        ProfileRecords.sendBinary(kafka, runnerId, eventId, profile);
        assertThat(PlanEvents.awaitFor(kafka, runnerId, 1)).hasSize(1);

        // the same event again, the same profile under a new event id, and an older profile
        ProfileRecords.sendBinary(kafka, runnerId, eventId, profile);
        ProfileRecords.sendPlain(kafka, runnerId, profile.getBytes(StandardCharsets.UTF_8));
        RecordMetadata last = ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, updatedAt.minusSeconds(3600)).put("level", "ADVANCED").toString());

        awaitConsumedPast(last);
        assertThat(planCount(runnerId)).isEqualTo(1);
        assertThat(PlanEvents.allFor(kafka, runnerId)).hasSize(1);

        // a newer profile supersedes: a second plan, and it is the current one
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, updatedAt.plusSeconds(60)).put("level", "BEGINNER").toString());
        List<ConsumerRecord<String, byte[]>> events = PlanEvents.awaitFor(kafka, runnerId, 2);
        assertThat(events).hasSize(2);
        JsonNode newest = PlanEvents.data(events.get(1));
        assertThat(newest.path("runnerLevel").asText()).isEqualTo("BEGINNER");
        asBackend().when().get("/runners/{id}/plan", runnerId).then().statusCode(200)
                .body("planId", equalTo(newest.path("planId").asText()));

        // the profile held is now the newer one: a profile between the two is stale
        last = ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, updatedAt.plusSeconds(30)).toString());
        awaitConsumedPast(last);
        assertThat(planCount(runnerId)).isEqualTo(2);
        assertThat(PlanEvents.allFor(kafka, runnerId)).hasSize(2);
    }

    @Test
    void aNewerProfileContinuesTheBlockCalendarOfTheCurrentPlan() {
        String runnerId = ProfileRecords.newRunnerId("block");
        JsonNode first = firstPlan(runnerId);
        PlanEntity stored = QuarkusTransaction.requiringNew().call(() -> plans.current(runnerId).orElseThrow());
        // what a replan reads instead of the payload is what the payload gives it
        assertThat(ContinuationRecord.decode(stored.continuation)).isEqualTo(
                PlanMapping.toPrevious(ContractJson.read(stored.payload, TrainingPlan.class), stored.blockStart));
        assertThat(stored.continuation).contains(first.findValue("exerciseId").asText());

        assertReplanContinuesTheBlock(runnerId);
    }

    @Test
    void aPlanStoredBeforeContinuationRecordsWereKeptIsContinuedFromItsPayload() {
        String runnerId = ProfileRecords.newRunnerId("block-old");
        firstPlan(runnerId);
        // as a row written before V14_2 holds it
        QuarkusTransaction.requiringNew().run(() -> plans.update("continuation = null where runnerId = ?1", runnerId));

        assertReplanContinuesTheBlock(runnerId);
    }

    @Test
    void aSecondProfileInTheSameBatchContinuesThePlanTheFirstOneMade() {
        String runnerId = ProfileRecords.newRunnerId("block-batch");
        RunnerProfile first = ContractJson.read(ProfileRecords.profile(runnerId, BLOCK_PROFILE_AT).toString(), RunnerProfile.class);
        RunnerProfile moved = ContractJson.read(ProfileRecords.profile(runnerId, BLOCK_PROFILE_AT.plusSeconds(60))
                .put("startDate", "2026-11-30").toString(), RunnerProfile.class);

        int issued = QuarkusTransaction.requiringNew().call(() -> profileUpdates.applyAll(List.of(first, moved)));

        assertThat(issued).isEqualTo(2);
        assertThat(planCount(runnerId)).isEqualTo(2);
        // the batch's first plan is not in the database until commit, yet the second one continues its block
        PlanEntity current = QuarkusTransaction.requiringNew().call(() -> plans.current(runnerId).orElseThrow());
        assertThat(current.blockStart).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    private JsonNode firstPlan(String runnerId) {
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, BLOCK_PROFILE_AT).toString());
        JsonNode first = PlanEvents.data(PlanEvents.awaitFor(kafka, runnerId, 1).get(0));
        assertThat(first.path("weeks").get(3).path("deload").asBoolean()).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> plans.current(runnerId).orElseThrow().blockStart))
                .isEqualTo(LocalDate.parse("2026-11-23"));
        return first;
    }

    private void assertReplanContinuesTheBlock(String runnerId) {
        // a week into the block the runner moves their start: the block goes on, its deload stays where it was
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, BLOCK_PROFILE_AT.plusSeconds(60)).put("startDate", "2026-11-30").toString());
        JsonNode second = PlanEvents.data(PlanEvents.awaitFor(kafka, runnerId, 2).get(1));
        assertThat(second.path("weeks").get(0).path("startsOn").asText()).isEqualTo("2026-11-30");
        assertThat(second.path("weeks").get(2).path("startsOn").asText()).isEqualTo("2026-12-14");
        assertThat(second.path("weeks").get(2).path("deload").asBoolean()).as("block week 4 stays the deload").isTrue();
        assertThat(second.path("weeks").get(3).path("deload").asBoolean()).isFalse();
        PlanEntity current = QuarkusTransaction.requiringNew().call(() -> plans.current(runnerId).orElseThrow());
        assertThat(current.blockStart).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(current.continuation).as("the replan's own record").isNotNull();
    }

    /** Waits until the planner's consumer group has committed past the record, then for the outbox to drain. */
    private void awaitConsumedPast(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(Duration.ofSeconds(45)).until(() ->
                kafka.committedOffsets(PROFILE_GROUP).getOrDefault(partition, -1L) > record.offset());
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() == 0);
    }

    private long planCount(String runnerId) {
        return QuarkusTransaction.requiringNew().call(() -> plans.countFor(runnerId));
    }

    private static JsonNode readJson(String json) {
        try {
            return ContractJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
