package dev.runstrength.planner.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.DeadLetterHeaders;
import dev.runstrength.contracts.Topics;
import dev.runstrength.planner.PlannerTestResources;
import dev.runstrength.replica.SeededCatalogueTest;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/** Records that cannot be read or break the contract go to runner.profiles.dlq unchanged; the consumer keeps going. */
@QuarkusTest
@PlannerTestResources
class MalformedProfilesTest extends SeededCatalogueTest {

    private record Sent(String field, byte[] value, RecordMetadata metadata) {
    }

    @Test
    void malformedRecordsAreDeadLetteredAndTheNextValidOneIsPlanned() {
        String runnerId = ProfileRecords.newRunnerId("dlq");
        Instant updatedAt = Instant.parse("2026-11-22T08:00:00Z");
        List<Sent> sent = new ArrayList<>();

        byte[] notJson = "{\"runnerId\": \"half a profile".getBytes(StandardCharsets.UTF_8);
        sent.add(new Sent("value", notJson, ProfileRecords.sendPlain(kafka, runnerId, notJson)));

        ObjectNode noRunnerId = ProfileRecords.profile(runnerId, updatedAt);
        noRunnerId.remove("runnerId");
        sent.add(binary(runnerId, "runnerId", noRunnerId));

        sent.add(binary(runnerId, "sessionsPerWeek", ProfileRecords.profile(runnerId, updatedAt).put("sessionsPerWeek", 9)));

        sent.add(binary(runnerId, "record key", ProfileRecords.profile("someone-else", updatedAt)));

        Instant validAt = updatedAt.plusSeconds(1);
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, validAt).toString());

        List<ConsumerRecord<String, byte[]>> dead = kafka.consume(Topics.dlq(Topics.RUNNER_PROFILES),
                        records -> records.stream().filter(r -> runnerId.equals(r.key())).count() >= sent.size(),
                        Duration.ofSeconds(45))
                .stream().filter(r -> runnerId.equals(r.key())).toList();
        assertThat(dead).hasSize(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            Sent expected = sent.get(i);
            ConsumerRecord<String, byte[]> record = dead.get(i);
            assertThat(record.value()).as("dead letter %d is the record unchanged", i).isEqualTo(expected.value());
            assertThat(PlanEvents.header(record, DeadLetterHeaders.REASON)).contains(expected.field());
            assertThat(PlanEvents.header(record, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.RUNNER_PROFILES);
            assertThat(PlanEvents.header(record, DeadLetterHeaders.PARTITION))
                    .isEqualTo(String.valueOf(expected.metadata().partition()));
            assertThat(PlanEvents.header(record, DeadLetterHeaders.OFFSET))
                    .isEqualTo(String.valueOf(expected.metadata().offset()));
        }
        assertThat(PlanEvents.header(dead.get(3), DeadLetterHeaders.REASON)).contains("runnerId");

        List<ConsumerRecord<String, byte[]>> plans = PlanEvents.awaitFor(kafka, runnerId, 1);
        assertThat(plans).hasSize(1);
        assertThat(PlanEvents.data(plans.get(0)).path("basedOn").path("profileUpdatedAt").asText())
                .isEqualTo(validAt.toString());
    }

    @Test
    void aRecordWithoutAKeyAndAProfileDatedFarAheadAreDeadLetteredNamingTheKeyAndUpdatedAt() {
        String runnerId = ProfileRecords.newRunnerId("nokey");
        Instant updatedAt = Instant.parse("2026-11-22T08:00:00Z");
        String keyless = ProfileRecords.profile(runnerId, updatedAt).toString();
        ProfileRecords.sendBinary(kafka, null, UUID.randomUUID().toString(), keyless);
        // a profile dated 2099 would make every real profile after it "older" and ignored
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, Instant.parse("2099-01-01T00:00:00Z")).toString());
        Instant validAt = updatedAt.plusSeconds(1);
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, validAt).toString());

        List<ConsumerRecord<String, byte[]>> dead = kafka.consume(Topics.dlq(Topics.RUNNER_PROFILES),
                        records -> records.stream().filter(r -> mentions(r, runnerId)).count() >= 2, Duration.ofSeconds(45))
                .stream().filter(r -> mentions(r, runnerId)).toList();
        assertThat(dead).hasSize(2);
        // the keyless record and the keyed one sit on different partitions: their dead letters come in either order
        ConsumerRecord<String, byte[]> withoutKey = dead.stream().filter(r -> r.key() == null).findFirst().orElseThrow();
        ConsumerRecord<String, byte[]> farAhead = dead.stream().filter(r -> runnerId.equals(r.key())).findFirst().orElseThrow();
        assertThat(new String(withoutKey.value(), StandardCharsets.UTF_8)).isEqualTo(keyless);
        assertThat(PlanEvents.header(withoutKey, DeadLetterHeaders.REASON)).startsWith("key: is required");
        assertThat(PlanEvents.header(farAhead, DeadLetterHeaders.REASON))
                .startsWith("updatedAt: must not be more than 24 h in the future");

        List<ConsumerRecord<String, byte[]>> plans = PlanEvents.awaitFor(kafka, runnerId, 1);
        assertThat(plans).as("only the valid profile is planned").hasSize(1);
        assertThat(PlanEvents.data(plans.get(0)).path("basedOn").path("profileUpdatedAt").asText())
                .isEqualTo(validAt.toString());
    }

    private static boolean mentions(ConsumerRecord<String, byte[]> record, String runnerId) {
        return record.value() != null && new String(record.value(), StandardCharsets.UTF_8).contains(runnerId);
    }

    @Test
    void anEventIdOf1024CharactersIsAcceptedAndALongReasonIsCutInTheHeaders() {
        String runnerId = ProfileRecords.newRunnerId("limits");
        Instant updatedAt = Instant.parse("2026-11-22T08:00:00Z");
        // a record key of 5000 characters: the reason quotes it ("must equal the record key ...")
        String longKey = runnerId + "-" + "k".repeat(5000);
        ProfileRecords.sendBinary(kafka, longKey, UUID.randomUUID().toString(), ProfileRecords.profile(runnerId, updatedAt).toString());
        ProfileRecords.sendBinary(kafka, runnerId, "e".repeat(1024), ProfileRecords.profile(runnerId, updatedAt.plusSeconds(1)).toString());

        ConsumerRecord<String, byte[]> dead = kafka.consume(Topics.dlq(Topics.RUNNER_PROFILES),
                        records -> records.stream().anyMatch(r -> longKey.equals(r.key())), Duration.ofSeconds(45))
                .stream().filter(r -> longKey.equals(r.key())).findFirst().orElseThrow();
        String reason = PlanEvents.header(dead, DeadLetterHeaders.REASON);
        assertThat(reason).contains("runnerId").endsWith("…[cut]");
        assertThat(reason.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
        assertThat(PlanEvents.header(dead, "dead-letter-cause")).as("a word of the contract, not a class name").isEqualTo("contract");

        List<ConsumerRecord<String, byte[]>> plans = PlanEvents.awaitFor(kafka, runnerId, 1);
        assertThat(plans).as("the profile with a 1024-character event id is planned, not dead-lettered").hasSize(1);
    }

    private Sent binary(String key, String field, ObjectNode data) {
        byte[] value = data.toString().getBytes(StandardCharsets.UTF_8);
        return new Sent(field, value, ProfileRecords.sendBinary(kafka, key, UUID.randomUUID().toString(), data.toString()));
    }
}
