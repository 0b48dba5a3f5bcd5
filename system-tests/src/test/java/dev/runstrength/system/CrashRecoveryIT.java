package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * tracking-service killed with SIGKILL (a crashed pod) in the middle of a stream of 500 workouts,
 * then started again: no workout is lost and none is counted twice.
 */
class CrashRecoveryIT extends SystemTest {

    private static final int RUNNERS = 20;
    private static final int WORKOUTS_EACH = 25;
    private static final int TOTAL = RUNNERS * WORKOUTS_EACH;

    @Test
    void aKilledTrackingServiceLosesNoWorkoutAndCountsNoneTwice() throws InterruptedException {
        String batch = Runners.newId("crash");
        List<String> runners = new ArrayList<>();
        for (int r = 0; r < RUNNERS; r++) {
            runners.add(batch + "-" + r);
        }
        // every two days for 50 days, up to yesterday; runners interleaved as many apps would send them
        Instant first = Instant.now().minus(2L * WORKOUTS_EACH + 1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<String[]> stream = new ArrayList<>();
        for (int w = 0; w < WORKOUTS_EACH; w++) {
            for (String runner : runners) {
                String workoutId = runner + "-w" + w;
                stream.add(new String[] {runner, workoutId,
                        Runners.plankWorkout(runner, workoutId, first.plus(2L * w, ChronoUnit.DAYS)).toString()});
            }
        }
        long progressionsBefore = backend.size(Topics.TRACKING_PROGRESSIONS);

        int half = TOTAL / 2;
        for (String[] workout : stream.subList(0, half)) {
            backend.publish(EventKind.WORKOUT_COMPLETED, workout[0], workout[2]);
        }
        // kill it while it is working through the first half
        await().atMost(Backend.EVENT_TIMEOUT).pollInterval(Duration.ofMillis(20))
                .until(() -> backend.size(Topics.TRACKING_PROGRESSIONS) - progressionsBefore >= 25);
        RunningSystem.get().kill("tracking");
        long doneBeforeKill = backend.size(Topics.TRACKING_PROGRESSIONS) - progressionsBefore;
        assertThat(doneBeforeKill).as("killed while the first half was still being worked through").isLessThan(half);

        for (String[] workout : stream.subList(half, TOTAL)) {
            backend.publish(EventKind.WORKOUT_COMPLETED, workout[0], workout[2]);
        }
        RunningSystem.get().restart("tracking");

        Set<String> ours = new HashSet<>(runners);
        List<ConsumerRecord<String, byte[]>> updates = backend.kafka().consume(Topics.TRACKING_PROGRESSIONS,
                read -> distinctWorkouts(read, ours).size() >= TOTAL, Duration.ofSeconds(120))
                .stream().filter(r -> ours.contains(r.key())).toList();

        // at least once on the wire: a batch sent just before the kill may go out again, with the same
        // event id, which consumers drop; but never two different updates for one workout
        Map<String, Set<String>> eventIdsByWorkout = new HashMap<>();
        for (ConsumerRecord<String, byte[]> update : updates) {
            eventIdsByWorkout.computeIfAbsent(Backend.data(update).path("workoutId").asText(), k -> new HashSet<>())
                    .add(Backend.header(update, "ce_id"));
        }
        Set<String> sent = stream.stream().map(w -> w[1]).collect(Collectors.toSet());
        assertThat(eventIdsByWorkout.keySet()).as("one progression update per workout").isEqualTo(sent);
        assertThat(eventIdsByWorkout.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        System.out.printf("crash test: %d of %d updates out before the kill; %d records for %d workouts after restart%n",
                doneBeforeKill, TOTAL, updates.size(), TOTAL);

        for (String runner : runners) {
            RunningSystem.get().asBackend("tracking").queryParam("size", 1).get("/runners/{id}/workouts", runner)
                    .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(WORKOUTS_EACH));
        }
    }

    private static Set<String> distinctWorkouts(List<ConsumerRecord<String, byte[]>> read, Set<String> runners) {
        return read.stream().filter(r -> runners.contains(r.key()))
                .map(r -> Backend.data(r).path("workoutId").asText()).collect(Collectors.toSet());
    }
}
