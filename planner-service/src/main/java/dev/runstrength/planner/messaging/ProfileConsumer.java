package dev.runstrength.planner.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.planner.mapping.WireJson;
import dev.runstrength.planner.service.ProfileUpdates;
import dev.runstrength.platform.inbox.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Runner profiles from {@code runner.profiles}: each valid, newer profile yields a plan on
 * {@code planner.plans}. Invalid records go to {@code runner.profiles.dlq} (EventIntake); repeated
 * or older profiles change nothing.
 */
@ApplicationScoped
public class ProfileConsumer {

    static final String CONSUMER = "planner.profiles";

    private final EventIntake intake;
    private final ProfileUpdates updates;

    public ProfileConsumer(EventIntake intake, ProfileUpdates updates) {
        this.intake = intake;
        this.updates = updates;
    }

    @Incoming("runner-profiles")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(CONSUMER, Set.of(EventKind.RUNNER_PROFILE_UPDATED), record,
                (kind, event) -> updates.apply(WireJson.read(event.data(), RunnerProfile.class)));
    }
}
