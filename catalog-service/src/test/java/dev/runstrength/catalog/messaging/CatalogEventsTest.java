package dev.runstrength.catalog.messaging;

import static dev.runstrength.infra.security.Callers.asEditor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.catalog.CatalogTestResources;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventTypes;
import dev.runstrength.contracts.Topics;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.InjectKafkaProbe;
import dev.runstrength.platform.outbox.OutboxEvent;
import dev.runstrength.platform.outbox.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What reaches {@code catalog.exercises}, read back with a plain Kafka consumer. */
@QuarkusTest
@CatalogTestResources
class CatalogEventsTest {

    private static final ObjectMapper JSON = ContractJson.mapper();

    @Inject
    OutboxRelay relay;

    @InjectKafkaProbe
    KafkaProbe kafka;

    @AfterEach
    void disconnect() throws Exception {
        relay.resume();
    }

    @Test
    void everyChangeIsPublishedExactlyAsTheApiShowsIt() throws Exception {
        String id = "events-" + UUID.randomUUID().toString().substring(0, 8);
        asEditor().contentType(ContentType.JSON).body(newExercise(id).toString()).when().post("/exercises").then().statusCode(201);
        assertPublishedAsShown(id, 1);

        asEditor().contentType(ContentType.JSON).body(newExercise(id).put("name", "Renamed " + id).toString())
                .when().put("/exercises/" + id).then().statusCode(200);
        assertPublishedAsShown(id, 2);

        asEditor().when().delete("/exercises/" + id).then().statusCode(204);
        ConsumerRecord<String, byte[]> retired = awaitEvent(id, 3);
        assertThat(header(retired, "ce_type")).isEqualTo(EventTypes.EXERCISE_RETIRED);
        JsonNode data = JSON.readTree(retired.value());
        assertThat(data.path("id").asText()).isEqualTo(id);
        assertThat(data.path("version").asInt()).isEqualTo(3);
        assertThat(data.hasNonNull("retiredAt")).isTrue();
    }

    @Test
    void aRolledBackChangePublishesNothing() throws Exception {
        String id = "rollback-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode broken = newExercise(id);
        broken.withArray("progressions").add("no-such-exercise");
        asEditor().contentType(ContentType.JSON).body(broken.toString()).when().post("/exercises").then().statusCode(400);
        // a later, valid change of another exercise goes through the same relay: once it is out, any event of the failed write would be too
        String marker = "marker-" + UUID.randomUUID().toString().substring(0, 8);
        asEditor().contentType(ContentType.JSON).body(newExercise(marker).toString()).when().post("/exercises").then().statusCode(201);
        awaitEvent(marker, 1);
        assertThat(kafka.consumeAll(Topics.CATALOG_EXERCISES, Duration.ofSeconds(2)))
                .noneMatch(record -> id.equals(record.key()));
    }

    @Test
    void aChangeCommittedWhileTheRelayIsStoppedIsPublishedWhenItResumes() throws Exception {
        relay.pause();
        String id = "paused-" + UUID.randomUUID().toString().substring(0, 8);
        asEditor().contentType(ContentType.JSON).body(newExercise(id).toString()).when().post("/exercises").then().statusCode(201);

        long waiting = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("recordKey", id));
        assertThat(waiting).isEqualTo(1);
        assertThat(kafka.consumeAll(Topics.CATALOG_EXERCISES, Duration.ofSeconds(3)))
                .noneMatch(record -> id.equals(record.key()));

        relay.resume();
        assertPublishedAsShown(id, 1);
        await().atMost(Duration.ofSeconds(10)).until(
                () -> QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("recordKey", id)) == 0);
    }

    @Test
    void aFreshConsumerFromOffsetZeroRebuildsTheListedCatalogue() throws Exception {
        String marker = "rebuild-" + UUID.randomUUID().toString().substring(0, 8);
        asEditor().contentType(ContentType.JSON).body(newExercise(marker).toString()).when().post("/exercises").then().statusCode(201);
        awaitEvent(marker, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() == 0);

        Map<String, JsonNode> latest = new HashMap<>();
        Map<String, Integer> latestVersion = new HashMap<>();
        Map<String, Boolean> retired = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : kafka.consumeAll(Topics.CATALOG_EXERCISES, Duration.ofSeconds(5))) {
            JsonNode data = JSON.readTree(record.value());
            int version = data.path("version").asInt();
            if (version < latestVersion.getOrDefault(record.key(), 0)) {
                continue;
            }
            latestVersion.put(record.key(), version);
            boolean isRetired = EventTypes.EXERCISE_RETIRED.equals(header(record, "ce_type"));
            retired.put(record.key(), isRetired);
            if (!isRetired) {
                latest.put(record.key(), data);
            }
        }
        Map<String, JsonNode> rebuilt = new HashMap<>();
        latest.forEach((id, data) -> {
            if (!retired.get(id)) {
                rebuilt.put(id, data);
            }
        });

        JsonNode listed = JSON.readTree(asEditor().when().get("/exercises?size=200").then().statusCode(200).extract().asString());
        assertThat(listed.path("total").asInt()).isLessThanOrEqualTo(200);
        Map<String, JsonNode> api = new HashMap<>();
        listed.path("items").forEach(item -> api.put(item.path("id").asText(), item));
        assertThat(rebuilt.keySet()).containsExactlyInAnyOrderElementsOf(api.keySet());
        api.forEach((id, item) -> assertThat(rebuilt.get(id)).as(id).isEqualTo(item));
    }

    private void assertPublishedAsShown(String id, int version) throws Exception {
        ConsumerRecord<String, byte[]> record = awaitEvent(id, version);
        assertThat(record.key()).isEqualTo(id);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo(EventTypes.EXERCISE_UPSERTED);
        assertThat(header(record, "ce_source")).isEqualTo("urn:runstrength:catalog-service");
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        JsonNode shown = JSON.readTree(asEditor().when().get("/exercises/" + id).then().statusCode(200).extract().asString());
        assertThat(JSON.readTree(record.value())).isEqualTo(shown);
    }

    private ConsumerRecord<String, byte[]> awaitEvent(String id, int version) {
        List<ConsumerRecord<String, byte[]>> records = kafka.consume(Topics.CATALOG_EXERCISES,
                all -> find(all, id, version).isPresent(), Duration.ofSeconds(20));
        return find(records, id, version).orElseThrow(
                () -> new AssertionError("no event for " + id + " version " + version + " on " + Topics.CATALOG_EXERCISES));
    }

    private static Optional<ConsumerRecord<String, byte[]>> find(List<ConsumerRecord<String, byte[]>> records, String id, int version) {
        return records.stream()
                .filter(record -> id.equals(record.key()))
                .filter(record -> {
                    try {
                        return JSON.readTree(record.value()).path("version").asInt() == version;
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ObjectNode newExercise(String id) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", id);
        body.put("name", "Event test " + id);
        body.putArray("phases").add("RECOVER");
        body.putArray("purposes").add("STRETCH");
        body.putArray("bodyAreas").add("CALF");
        body.putArray("primaryMuscles").add("GASTROCNEMIUS");
        body.putArray("secondaryMuscles");
        body.put("minLevel", "BEGINNER");
        body.put("unilateral", false);
        body.putArray("equipment").add("WALL");
        body.put("impact", "NONE");
        ObjectNode dose = body.putObject("prescription");
        dose.put("sets", 1);
        dose.putNull("repsMin");
        dose.putNull("repsMax");
        dose.put("holdSeconds", 30);
        dose.put("perSide", true);
        dose.putNull("tempo");
        dose.put("restSeconds", 0);
        body.putArray("contraindications");
        body.putObject("loads").put("CALF", "LOW").put("ACHILLES", "MODERATE");
        body.putArray("progressions");
        body.putArray("regressions");
        body.putArray("cues").add("Heel down, lean into the wall");
        body.putArray("cautions");
        body.putArray("sources").addObject().put("title", "RunStrength test fixture").putNull("url");
        return body;
    }
}
