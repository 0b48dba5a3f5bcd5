package dev.runstrength.tracking.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.platform.outbox.Outbox;
import dev.runstrength.tracking.domain.ProgressionUpdate;
import dev.runstrength.tracking.mapping.ProgressionMapping;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Corrected progression updates: when a replay (a plan that arrived after workouts it judges) changes the
 * outcome of workouts already published, each changed one is published again with the same
 * {@code workoutId}; the later event supersedes the earlier one (docs/contract.md, "Corrections").
 */
@ApplicationScoped
public class ProgressionCorrections {

    private static final Logger LOG = Logger.getLogger(ProgressionCorrections.class);

    private final Outbox outbox;
    private final Counter corrected;

    public ProgressionCorrections(Outbox outbox, MeterRegistry registry) {
        this.outbox = outbox;
        this.corrected = registry.counter("runstrength.tracking.progressions.corrected");
    }

    /**
     * Publishes, in the caller's transaction, the update of every workout whose outcome differs between the
     * two folds of the same workouts; a workout only in {@code after} was not published before and is left
     * alone (its own arrival publishes it).
     *
     * @return how many corrections were published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publishChanged(Map<String, ProgressionUpdate> before, Map<String, ProgressionUpdate> after) {
        int published = 0;
        for (Map.Entry<String, ProgressionUpdate> entry : after.entrySet()) {
            ProgressionUpdate earlier = before.get(entry.getKey());
            if (earlier == null) {
                continue;
            }
            ObjectNode was = ProgressionMapping.toEventData(earlier);
            ObjectNode now = ProgressionMapping.toEventData(entry.getValue());
            if (!was.equals(now)) {
                ProgressionUpdate update = entry.getValue();
                outbox.append(EventKind.PROGRESSION_UPDATED, update.runnerId(), now,
                        eventIdOf(update.runnerId(), update.workoutId(), now));
                published++;
            }
        }
        if (published > 0) {
            corrected.increment(published);
            LOG.debugf("%d progression updates corrected by a replay", published);
        }
        return published;
    }

    /**
     * Derived from the workout and the corrected content: the same plan delivered again replays nothing, and a
     * rebuild that reaches the same correction publishes it under the same id, which consumers drop as a
     * duplicate. It never equals the id of the workout's first update (another name space).
     */
    static String eventIdOf(String runnerId, String workoutId, ObjectNode content) {
        return UUID.nameUUIDFromBytes(("tracking.progression.correction\n" + runnerId + "\n" + workoutId + "\n" + content)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
