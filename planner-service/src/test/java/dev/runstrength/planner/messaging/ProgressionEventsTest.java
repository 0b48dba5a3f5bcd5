package dev.runstrength.planner.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.DeadLetterHeaders;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.planner.PlannerTestResources;
import dev.runstrength.planner.domain.CatalogueExercise;
import dev.runstrength.planner.domain.Catalogue;
import dev.runstrength.planner.domain.PainRule;
import dev.runstrength.planner.mapping.CatalogueMapping;
import dev.runstrength.planner.persistence.PlanRepository;
import dev.runstrength.platform.outbox.OutboxRelay;
import dev.runstrength.replica.SeededCatalogueTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/** DOMAIN rule 11 through tracking.progressions: the next plan starts from tracking's prescriptions. */
@QuarkusTest
@PlannerTestResources
class ProgressionEventsTest extends SeededCatalogueTest {

    private static final ContractValidator CONTRACT = new ContractValidator();
    private static final String GROUP = "planner-service-progressions";
    private static final Instant PROFILE_AT = Instant.parse("2026-11-22T08:00:00Z");

    @Inject
    PlanRepository plans;

    @Inject
    OutboxRelay relay;

    @Test
    void progressionsReplanHoldsDoNotPainExcludesAndDuplicatesChangeNothing() {
        String runnerId = ProfileRecords.newRunnerId("loop");
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, PROFILE_AT).toString());
        JsonNode first = PlanEvents.data(PlanEvents.awaitFor(kafka, runnerId, 1).get(0));
        JsonNode picked = firstRepsExercise(first);
        String id = picked.path("exerciseId").asText();
        int sets = picked.path("sets").asInt();
        int reps = picked.path("reps").asInt();

        // PROGRESS: reps up by one
        Instant progressAt = Instant.parse("2026-11-25T19:00:00Z");
        ObjectNode progress = ProgressionRecords.change(ProgressionRecords.update(runnerId, "w-1", progressAt),
                "PROGRESS", id, sets, reps, id, sets, reps + 1, "reps up after two strong sessions");
        ProgressionRecords.send(kafka, runnerId, UUID.randomUUID().toString(), progress.toString());
        List<ConsumerRecord<String, byte[]>> events = PlanEvents.awaitFor(kafka, runnerId, 2);
        assertThat(events).hasSize(2);
        JsonNode second = PlanEvents.data(events.get(1));
        assertThatCode(() -> CONTRACT.validate(EventKind.PLAN_GENERATED, second, runnerId)).doesNotThrowAnyException();
        assertThat(second.path("basedOn").path("progressionAt").asText()).isEqualTo(progressAt.toString());
        assertThat(second.path("basedOn").path("profileUpdatedAt").asText()).isEqualTo(PROFILE_AT.toString());
        List<JsonNode> weekOne = strength(second.path("weeks").get(0), id);
        assertThat(weekOne).isNotEmpty().allSatisfy(e -> assertThat(e.path("reps").asInt()).isEqualTo(reps + 1));
        assertThat(rationale(second, "PROGRESSION_IN")).contains(picked.path("name").asText() + ": " + sets + " x "
                + (reps + 1) + " reps").contains("reps up after two strong sessions");

        // all HOLD, no flag: stored, no plan
        ObjectNode hold = ProgressionRecords.change(ProgressionRecords.update(runnerId, "w-2",
                progressAt.plusSeconds(86_400)), "HOLD", id, sets, reps + 1, id, sets, reps + 1, "holding");
        awaitConsumed(ProgressionRecords.send(kafka, runnerId, UUID.randomUUID().toString(), hold.toString()));
        assertThat(planCount(runnerId)).isEqualTo(2);
        assertThat(PlanEvents.allFor(kafka, runnerId)).hasSize(2);

        // a PAIN flag on the knee: a new plan without deep knee bends or jumps
        Instant painAt = progressAt.plusSeconds(2 * 86_400);
        ObjectNode pain = ProgressionRecords.painFlag(ProgressionRecords.change(ProgressionRecords.update(runnerId,
                "w-3", painAt), "HOLD", id, sets, reps + 1, id, sets, reps + 1, "pain 5/10: holding"), "KNEE");
        String painEventId = UUID.randomUUID().toString();
        ProgressionRecords.send(kafka, runnerId, painEventId, pain.toString());
        events = PlanEvents.awaitFor(kafka, runnerId, 3);
        assertThat(events).hasSize(3);
        JsonNode third = PlanEvents.data(events.get(2));
        assertThat(third.path("basedOn").path("progressionAt").asText()).isEqualTo(painAt.toString());
        Catalogue catalogue = QuarkusTransaction.requiringNew().call(() -> CatalogueMapping.toCatalogue(replica.active()));
        List<String> used = third.findValues("exerciseId").stream().map(JsonNode::asText).distinct().toList();
        assertThat(used).isNotEmpty();
        for (String usedId : used) {
            CatalogueExercise e = catalogue.find(usedId).orElseThrow();
            assertThat(e.deepKneeFlexion()).as(usedId).isFalse();
            assertThat(e.isJump()).as(usedId).isFalse();
            assertThat(e.kneeling() || e.isLungeOrSplitSquat()).as(usedId).isFalse();
        }
        assertThat(rationale(third, PainRule.CODE_KNEE)).isNotEmpty();

        // the same event again, and the same flag in a later update: nothing new
        awaitConsumed(ProgressionRecords.send(kafka, runnerId, painEventId, pain.toString()));
        ObjectNode painAgain = ProgressionRecords.painFlag(ProgressionRecords.update(runnerId, "w-4",
                painAt.plusSeconds(86_400)), "KNEE");
        awaitConsumed(ProgressionRecords.send(kafka, runnerId, UUID.randomUUID().toString(), painAgain.toString()));
        assertThat(planCount(runnerId)).isEqualTo(3);
        assertThat(PlanEvents.allFor(kafka, runnerId)).hasSize(3);

        // all HOLD but a new ASYMMETRY flag: a new plan; the same flag in the next update: none
        ObjectNode asymmetry = ProgressionRecords.flag(ProgressionRecords.painFlag(ProgressionRecords.update(runnerId,
                "w-5", painAt.plusSeconds(2 * 86_400)), "KNEE"), "ASYMMETRY");
        ProgressionRecords.send(kafka, runnerId, UUID.randomUUID().toString(), asymmetry.toString());
        assertThat(PlanEvents.awaitFor(kafka, runnerId, 4)).hasSize(4);
        ObjectNode asymmetryAgain = ProgressionRecords.flag(ProgressionRecords.painFlag(ProgressionRecords.update(
                runnerId, "w-6", painAt.plusSeconds(3 * 86_400)), "KNEE"), "ASYMMETRY");
        awaitConsumed(ProgressionRecords.send(kafka, runnerId, UUID.randomUUID().toString(), asymmetryAgain.toString()));
        assertThat(planCount(runnerId)).isEqualTo(4);
        assertThat(PlanEvents.allFor(kafka, runnerId)).hasSize(4);
    }

    @Test
    void aLadderMoveReplacesTheExerciseAndAProgressionBeforeTheProfileIsUsedByIt() {
        String runnerId = ProfileRecords.newRunnerId("ladder");
        Instant at = Instant.parse("2026-11-21T19:00:00Z");
        // the example runner's plan has the double-leg raise; the single-leg raise is its next step
        ObjectNode move = ProgressionRecords.change(ProgressionRecords.update(runnerId, "w-1", at), "PROGRESS",
                "double-leg-calf-raise", 3, 20, "single-leg-calf-raise", 3, 12, "next step on the ladder");
        awaitConsumed(ProgressionRecords.send(kafka, runnerId, UUID.randomUUID().toString(), move.toString()));
        assertThat(planCount(runnerId)).as("no profile yet, no plan").isZero();

        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, PROFILE_AT).toString());
        JsonNode plan = PlanEvents.data(PlanEvents.awaitFor(kafka, runnerId, 1).get(0));
        assertThat(plan.path("basedOn").path("progressionAt").asText()).isEqualTo(at.toString());
        List<String> used = plan.findValues("exerciseId").stream().map(JsonNode::asText).distinct().toList();
        assertThat(used).contains("single-leg-calf-raise").doesNotContain("double-leg-calf-raise");
        assertThat(strength(plan.path("weeks").get(0), "single-leg-calf-raise"))
                .allSatisfy(e -> assertThat(e.path("reps").asInt()).isEqualTo(12));
        assertThat(rationale(plan, "PROGRESSION_IN")).contains("Single-leg calf raise").contains("Double-leg calf raise");
    }

    @Test
    void malformedProgressionsAreDeadLetteredWithAReason() {
        String runnerId = ProfileRecords.newRunnerId("pdlq");
        Instant at = Instant.parse("2026-11-25T19:00:00Z");
        List<String> reasons = new ArrayList<>();
        List<RecordMetadata> sent = new ArrayList<>();

        sent.add(ProgressionRecords.send(kafka, runnerId, UUID.randomUUID().toString(), "{\"runnerId\": \"half"));
        reasons.add("");
        ObjectNode noWorkout = ProgressionRecords.update(runnerId, "w-1", at);
        noWorkout.remove("workoutId");
        sent.add(ProgressionRecords.send(kafka, runnerId, UUID.randomUUID().toString(), noWorkout.toString()));
        reasons.add("workoutId");
        sent.add(ProgressionRecords.send(kafka, runnerId, UUID.randomUUID().toString(),
                ProgressionRecords.update("someone-else", "w-2", at).toString()));
        reasons.add("runnerId");
        ObjectNode badDecision = ProgressionRecords.change(ProgressionRecords.update(runnerId, "w-3", at),
                "LEAP", "plank", 3, 10, "plank", 3, 11, "?");
        sent.add(ProgressionRecords.send(kafka, runnerId, UUID.randomUUID().toString(), badDecision.toString()));
        reasons.add("decision");

        List<ConsumerRecord<String, byte[]>> dead = kafka.consume(Topics.dlq(Topics.TRACKING_PROGRESSIONS),
                        records -> records.stream().filter(r -> runnerId.equals(r.key())).count() >= sent.size(),
                        Duration.ofSeconds(45))
                .stream().filter(r -> runnerId.equals(r.key())).toList();
        assertThat(dead).hasSize(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            String reason = PlanEvents.header(dead.get(i), DeadLetterHeaders.REASON);
            assertThat(reason).as("reason %d", i).isNotBlank().contains(reasons.get(i));
            assertThat(PlanEvents.header(dead.get(i), DeadLetterHeaders.OFFSET))
                    .isEqualTo(String.valueOf(sent.get(i).offset()));
        }
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"runnerId\": \"half");
        assertThat(planCount(runnerId)).isZero();
    }

    private static JsonNode firstRepsExercise(JsonNode plan) {
        for (JsonNode session : plan.path("weeks").get(0).path("sessions")) {
            for (JsonNode block : session.path("blocks")) {
                if (block.path("phase").asText().equals("STRENGTHEN")) {
                    for (JsonNode e : block.path("exercises")) {
                        if (e.path("reps").isInt() && e.path("loadKg").isNull()) {
                            return e;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no strength exercise with reps in " + plan);
    }

    private static List<JsonNode> strength(JsonNode week, String exerciseId) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode session : week.path("sessions")) {
            for (JsonNode block : session.path("blocks")) {
                if (block.path("phase").asText().equals("STRENGTHEN")) {
                    block.path("exercises").forEach(e -> {
                        if (e.path("exerciseId").asText().equals(exerciseId)) {
                            out.add(e);
                        }
                    });
                }
            }
        }
        return out;
    }

    private static String rationale(JsonNode plan, String code) {
        for (JsonNode r : plan.path("rationale")) {
            if (r.path("code").asText().equals(code)) {
                return r.path("message").asText();
            }
        }
        return "";
    }

    /** Waits until the progression consumer group has committed past the record, then for the outbox to drain. */
    private void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(Duration.ofSeconds(45)).until(() ->
                kafka.committedOffsets(GROUP).getOrDefault(partition, -1L) > record.offset());
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() == 0);
    }

    private long planCount(String runnerId) {
        return QuarkusTransaction.requiringNew().call(() -> plans.countFor(runnerId));
    }
}
