package dev.runstrength.planner.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.planner.service.ProfileUpdates;
import dev.runstrength.platform.inbox.EventIntake;
import dev.runstrength.platform.inbox.IntakeChannel;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Runner profiles from {@code runner.profiles}, a poll's batch at a time: each valid, newer profile
 * yields a plan on {@code planner.plans}. Invalid records go to {@code runner.profiles.dlq}
 * (EventIntake); repeated or older profiles change nothing.
 */
@ApplicationScoped
public class ProfileConsumer {

    static final String CONSUMER = "planner.profiles";
    static final IntakeChannel CHANNEL =
            new IntakeChannel("runner-profiles", CONSUMER, Set.of(EventKind.RUNNER_PROFILE_UPDATED));

    private final EventIntake intake;
    private final ProfileUpdates updates;

    public ProfileConsumer(EventIntake intake, ProfileUpdates updates) {
        this.intake = intake;
        this.updates = updates;
    }

    @Incoming("runner-profiles")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        intake.acceptBatch(CHANNEL, records,
                events -> updates.applyAll(EventData.readAll(events, RunnerProfile.class)));
    }
}
