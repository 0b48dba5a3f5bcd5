package dev.runstrength.tracking.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.platform.inbox.EventIntake;
import dev.runstrength.tracking.mapping.PlanMapping;
import dev.runstrength.tracking.service.PlanRecorder;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code planner.plans}: what each planned session prescribed, so workouts are judged against it. */
@ApplicationScoped
public class PlanConsumer {

    public static final String CONSUMER = "tracking.plans";

    private final EventIntake intake;
    private final PlanRecorder recorder;

    public PlanConsumer(EventIntake intake, PlanRecorder recorder) {
        this.intake = intake;
        this.recorder = recorder;
    }

    @Incoming("planner-plans")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(CONSUMER, Set.of(EventKind.PLAN_GENERATED), record, (kind, event) -> {
            TrainingPlan plan = EventData.read(event, TrainingPlan.class);
            EventData.check(() -> PlanMapping.toDomain(plan));
            recorder.record(plan, event.data().toString());
        });
    }
}
