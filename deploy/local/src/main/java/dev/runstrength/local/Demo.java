package dev.runstrength.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventTypes;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.infra.KafkaProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Talks to a running local stack the way a running app's backend would: publishes the contract's
 * example runner profile on {@code runner.profiles} and prints the plan the planner answers with.
 */
public final class Demo {

    /** The contract's example profile; {@code updatedAt} is set to now so every run is a newer profile. */
    static final String EXAMPLE_PROFILE = """
            {"runnerId":"r-1042","updatedAt":"%s","level":"BEGINNER","goal":"ENDURANCE",
             "weeklyRunningKm":30,"sessionsPerWeek":2,"minutesPerSession":30,"equipment":["WALL","RESISTANCE_BAND"],
             "runDays":[{"day":"TUESDAY","type":"HARD"},{"day":"THURSDAY","type":"EASY"},{"day":"SUNDAY","type":"LONG"}],
             "painAreas":[{"area":"HEEL","severity":3}],"startDate":"2026-11-23"}
            """;

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        String kafka = System.getProperty("runstrength.kafka", "127.0.0.1:9092");
        String planner = System.getProperty("runstrength.planner", "http://127.0.0.1:8082");
        Instant updatedAt = Instant.now();
        String profile = EXAMPLE_PROFILE.formatted(updatedAt);
        try (KafkaProbe probe = new KafkaProbe(kafka)) {
            probe.produce(Topics.RUNNER_PROFILES, "r-1042", profile.getBytes(StandardCharsets.UTF_8), Map.of(
                    "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "urn:runstrength:demo",
                    "ce_type", EventTypes.RUNNER_PROFILE_UPDATED, "ce_time", updatedAt.toString(),
                    "content-type", "application/json"));
        }
        System.out.println("Published the example profile of runner r-1042 on " + Topics.RUNNER_PROFILES + ":");
        System.out.println(profile);
        TrainingPlan plan = awaitPlan(planner + "/runners/r-1042/plan", updatedAt, Duration.ofSeconds(60));
        System.out.println(PlanPrinter.render(plan));
    }

    private static TrainingPlan awaitPlan(String url, Instant basedOn, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                JsonNode plan = ContractJson.mapper().readTree(answer.body());
                if (Instant.parse(plan.path("basedOn").path("profileUpdatedAt").asText()).equals(basedOn)) {
                    return ContractJson.mapper().treeToValue(plan, TrainingPlan.class);
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no plan for r-1042 at " + url + " within " + timeout.toSeconds() + " s; is the stack running?");
    }
}
