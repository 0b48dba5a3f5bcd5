package dev.runstrength.planner.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerErased;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.planner.service.ProfileUpdates;
import dev.runstrength.planner.service.RunnerErasure;
import dev.runstrength.platform.inbox.AcceptedEvent;
import dev.runstrength.platform.inbox.EventIntake;
import dev.runstrength.platform.inbox.IntakeChannel;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Runner profiles from {@code runner.profiles}, a poll's batch at a time: each valid, newer profile
 * yields a plan on {@code planner.plans}; an erasure forgets the runner ({@link RunnerErasure}).
 * Invalid records go to {@code runner.profiles.dlq} (EventIntake); repeated or older profiles change
 * nothing.
 */
@ApplicationScoped
public class ProfileConsumer {

    static final String CONSUMER = "planner.profiles";
    static final IntakeChannel CHANNEL = new IntakeChannel("runner-profiles", CONSUMER,
            Set.of(EventKind.RUNNER_PROFILE_UPDATED, EventKind.RUNNER_ERASED));

    private final EventIntake intake;
    private final ProfileUpdates updates;
    private final RunnerErasure erasure;

    public ProfileConsumer(EventIntake intake, ProfileUpdates updates, RunnerErasure erasure) {
        this.intake = intake;
        this.updates = updates;
        this.erasure = erasure;
    }

    @Incoming("runner-profiles")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        intake.acceptBatch(CHANNEL, records, this::apply);
    }

    /**
     * Profiles go in runs, one {@link ProfileUpdates#applyAll} per run; an erasure ends a run, so a profile
     * before it in the batch is erased with the rest and one after it is judged against the erasure.
     */
    private void apply(List<AcceptedEvent> events) {
        List<AcceptedEvent> run = new ArrayList<>();
        for (AcceptedEvent event : events) {
            if (event.kind() == EventKind.RUNNER_ERASED) {
                applyProfiles(run);
                run.clear();
                erasure.apply(event.payload(RunnerErased.class), event.event().id());
            } else {
                run.add(event);
            }
        }
        applyProfiles(run);
    }

    private void applyProfiles(List<AcceptedEvent> run) {
        if (!run.isEmpty()) {
            updates.applyAll(run.stream().map(event -> event.payload(RunnerProfile.class)).toList());
        }
    }
}
