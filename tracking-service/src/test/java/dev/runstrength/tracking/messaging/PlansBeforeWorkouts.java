package dev.runstrength.tracking.messaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.model.TrainingPhase;
import dev.runstrength.infra.ContractTopics;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.quarkus.KafkaResource;
import dev.runstrength.replica.SeedExercises;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A broker of its own that, before tracking starts, already holds the catalogue, the plans of {@value #RUNNERS}
 * runners and one workout of each carried out as planned: what a rebuild from offset 0 reads. The workouts
 * were published after the plans, as in production, but the two topics are read by separate consumers.
 */
public class PlansBeforeWorkouts implements QuarkusTestResourceLifecycleManager {

    /** Any setting the shared broker lacks gives this test a broker, and so topics, of its own. */
    public static final String BROKER = "group.initial.rebalance.delay.ms=0";
    public static final int RUNNERS = 40;
    public static final List<String> RUNNER_IDS = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        String bootstrap = KafkaResource.bootstrapServers(BROKER);
        dev.runstrength.infra.Topics.create(bootstrap, ContractTopics.all(ContractTopics.DEFAULT_PARTITIONS));
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(8);
        try (KafkaProbe kafka = new KafkaProbe(bootstrap)) {
            for (ObjectNode exercise : SeedExercises.events()) {
                TrackingEvents.produceBinary(kafka, EventKind.EXERCISE_UPSERTED, exercise.path("id").asText(), exercise,
                        UUID.randomUUID().toString());
            }
            List<String> planIds = new ArrayList<>();
            for (int i = 0; i < RUNNERS; i++) {
                String runnerId = TrackingEvents.unique("rebuild");
                RUNNER_IDS.add(runnerId);
                String planId = TrackingEvents.unique("plan");
                planIds.add(planId);
                TrackingEvents.produceBinary(kafka, EventKind.PLAN_GENERATED, runnerId,
                        TrackingEvents.JSON.valueToTree(plan(runnerId, planId, day)), UUID.randomUUID().toString());
            }
            for (int i = 0; i < RUNNERS; i++) {
                String runnerId = RUNNER_IDS.get(i);
                ObjectNode workout = TrackingEvents.workout(runnerId, TrackingEvents.unique("w"),
                        day.atTime(18, 0).toInstant(ZoneOffset.UTC), TrackingEvents.performed("glute-bridge", 3, 12, 6));
                workout.put("planId", planIds.get(i));
                workout.put("sessionId", "s1");
                TrackingEvents.produceBinary(kafka, EventKind.WORKOUT_COMPLETED, runnerId, workout,
                        UUID.randomUUID().toString());
            }
        }
        return Map.of();
    }

    /** One session of 3 x 12 glute bridges. */
    static TrainingPlan plan(String runnerId, String planId, LocalDate day) {
        TrainingPlan.Prescribed bridge = new TrainingPlan.Prescribed("glute-bridge", "Glute bridge", "STRENGTH",
                3, 12, null, false, null, null, 45, List.of(), List.of());
        TrainingPlan.Session session = new TrainingPlan.Session("s1", day, day.getDayOfWeek(), "Test session", 20,
                List.of(new TrainingPlan.Block(BlockPhase.PREPARE, List.of()),
                        new TrainingPlan.Block(BlockPhase.STRENGTHEN, List.of(bridge)),
                        new TrainingPlan.Block(BlockPhase.RECOVER, List.of())));
        return new TrainingPlan(planId, runnerId, day.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                new TrainingPlan.BasedOn(day.minusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC), null),
                TrainingPhase.GENERAL, List.of(new TrainingPlan.Week(1, day, false, List.of(session))),
                List.of(new TrainingPlan.Rationale("TEST", "A plan written by the test.")), Level.BEGINNER);
    }

    @Override
    public void stop() {
    }
}
