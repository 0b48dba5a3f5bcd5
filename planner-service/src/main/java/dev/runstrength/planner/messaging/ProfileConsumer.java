package dev.runstrength.planner.messaging;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerErased;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.planner.mapping.WireJson;
import dev.runstrength.planner.service.ProfileUpdates;
import dev.runstrength.planner.service.RunnerErasure;
import dev.runstrength.platform.inbox.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Runner profiles from {@code runner.profiles}: each valid, newer profile yields a plan on
 * {@code planner.plans}; an erasure forgets the runner ({@link RunnerErasure}). Invalid records go to {@code runner.profiles.dlq} (EventIntake); repeated
 * or older profiles change nothing.
 */
@ApplicationScoped
public class ProfileConsumer {

    static final String CONSUMER = "planner.profiles";

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
    public void consume(ConsumerRecord<String, byte[]> record) {
        intake.accept(CONSUMER, Set.of(EventKind.RUNNER_PROFILE_UPDATED, EventKind.RUNNER_ERASED), record,
                (kind, event) -> {
                    if (kind == EventKind.RUNNER_ERASED) {
                        erasure.apply(WireJson.read(event.data(), RunnerErased.class), event.id());
                    } else {
                        updates.apply(WireJson.read(event.data(), RunnerProfile.class));
                    }
                });
    }
}
