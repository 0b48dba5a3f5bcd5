package dev.runstrength.tracking.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.platform.inbox.EventIntake;
import dev.runstrength.platform.inbox.IntakeChannel;
import dev.runstrength.tracking.service.PlanRecorder;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code planner.plans}, a poll's batch at a time: what each planned session prescribed, so workouts are judged
 * against it. Only that is read of a plan ({@link PlanReader}), and only that is stored.
 */
@ApplicationScoped
public class PlanConsumer {

    public static final String CONSUMER = "tracking.plans";
    static final IntakeChannel CHANNEL = new IntakeChannel("planner-plans", CONSUMER, Set.of(EventKind.PLAN_GENERATED))
            .readingWith(new PlanReader());

    private final EventIntake intake;
    private final PlanRecorder recorder;

    public PlanConsumer(EventIntake intake, PlanRecorder recorder) {
        this.intake = intake;
        this.recorder = recorder;
    }

    @Incoming("planner-plans")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        intake.acceptBatch(CHANNEL, records, events -> {
            List<PlanRecorder.Arrival> arrivals = events.stream()
                    .map(event -> event.kept(PlanRecorder.Arrival.class))
                    .toList();
            recorder.recordAll(arrivals);
        });
    }
}
