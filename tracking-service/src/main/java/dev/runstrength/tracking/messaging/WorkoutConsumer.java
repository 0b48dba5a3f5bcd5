package dev.runstrength.tracking.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.platform.inbox.AcceptedEvent;
import dev.runstrength.platform.inbox.EventIntake;
import dev.runstrength.platform.inbox.IntakeChannel;
import dev.runstrength.tracking.mapping.WorkoutMapping;
import dev.runstrength.tracking.service.WorkoutRecorder;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code workouts.completed}, a poll's batch at a time: each new workout gives one progression update.
 * Idempotent twice over: on the CloudEvents id (the intake's log) and on workoutId (the workout
 * table), so the same workout resent under a new event id changes nothing either.
 */
@ApplicationScoped
public class WorkoutConsumer {

    public static final String CONSUMER = "tracking.workouts";
    static final IntakeChannel CHANNEL =
            new IntakeChannel("workouts-completed", CONSUMER, Set.of(EventKind.WORKOUT_COMPLETED));

    private final EventIntake intake;
    private final WorkoutRecorder recorder;

    public WorkoutConsumer(EventIntake intake, WorkoutRecorder recorder) {
        this.intake = intake;
        this.recorder = recorder;
    }

    @Incoming("workouts-completed")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        intake.acceptBatch(CHANNEL, records, events -> {
            List<WorkoutRecorder.Arrival> arrivals = new ArrayList<>(events.size());
            for (AcceptedEvent event : events) {
                CompletedWorkout workout = event.payload(CompletedWorkout.class, WorkoutMapping::toDomain);
                arrivals.add(new WorkoutRecorder.Arrival(workout, event.dataJson()));
            }
            recorder.recordAll(arrivals);
        });
    }
}
