package dev.runstrength.tracking.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.platform.inbox.EventIntake;
import dev.runstrength.tracking.mapping.WorkoutMapping;
import dev.runstrength.tracking.service.WorkoutRecorder;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code workouts.completed}: each new workout gives one progression update. Idempotent twice over:
 * on the CloudEvents id (the intake's log) and on workoutId (the workout table), so the same
 * workout resent under a new event id changes nothing either.
 */
@ApplicationScoped
public class WorkoutConsumer {

    public static final String CONSUMER = "tracking.workouts";

    private final EventIntake intake;
    private final WorkoutRecorder recorder;

    public WorkoutConsumer(EventIntake intake, WorkoutRecorder recorder) {
        this.intake = intake;
        this.recorder = recorder;
    }

    @Incoming("workouts-completed")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(CONSUMER, Set.of(EventKind.WORKOUT_COMPLETED), record, (kind, event) -> {
            CompletedWorkout workout = EventData.read(event, CompletedWorkout.class);
            EventData.check(() -> WorkoutMapping.toDomain(workout));
            recorder.record(workout, event.data().toString());
        });
    }
}
