package dev.runstrength.planner.service;

import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.mapping.HeldProgression;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.planner.persistence.ProfileEntity;
import dev.runstrength.planner.persistence.ProgressionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Progression updates from tracking (DOMAIN rule 11): merge each into the runner's state and, when a
 * change is not HOLD or a flag is new (a PAIN area not open, or another flag the last update did not
 * raise), plan again from the held profile and publish, all in the caller's transaction. Without a
 * profile the state is only stored. An update older than the state held (late delivery) changes
 * nothing. A batch reads the held rows of all its runners with one query each.
 */
@ApplicationScoped
public class ProgressionUpdates {

    private static final Logger LOG = Logger.getLogger(ProgressionUpdates.class);

    private final HeldRunners runners;
    private final PlanPublisher issue;

    public ProgressionUpdates(HeldRunners runners, PlanPublisher issue) {
        this.runners = runners;
        this.issue = issue;
    }

    /** Applies the updates in order; returns how many plans they called for. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyAll(List<ProgressionUpdate> batch) {
        HeldRunners.Batch held = runners.read(batch, ProgressionUpdate::runnerId);
        int issued = 0;
        for (ProgressionUpdate update : batch) {
            // tracking may publish an update about a workout from before the runner's erasure after it
            if (held.erased.drops(update.runnerId(), update.updatedAt())) {
                continue;
            }
            issued += apply(update, Optional.ofNullable(held.profiles.get(update.runnerId())), held).isPresent() ? 1 : 0;
        }
        return issued;
    }

    private Optional<TrainingPlan> apply(ProgressionUpdate update, Optional<ProfileEntity> profile, HeldRunners.Batch batch) {
        ProgressionEntity row = batch.states.get(update.runnerId());
        Instant updatedAt = update.updatedAt().truncatedTo(ChronoUnit.MICROS);
        if (row != null && updatedAt.isBefore(row.updatedAt)) {
            LOG.debugf("Progression of %s at %s ignored: %s is already held", update.runnerId(), updatedAt, row.updatedAt);
            return Optional.empty();
        }
        HeldProgression held = row == null ? HeldProgression.none() : ContractJson.read(row.payload, HeldProgression.class);
        Instant profileAt = profile.map(p -> p.updatedAt).orElse(null);
        boolean replan = HeldProgression.changesAnything(update) || !held.newFlags(update, profileAt).isEmpty()
                || !held.newOtherFlags(update).isEmpty();
        ProgressionUpdate normalised = new ProgressionUpdate(update.runnerId(), update.workoutId(), updatedAt,
                update.changes(), update.adherence(), update.flags());
        HeldProgression merged = held.merge(normalised);

        batch.holdProgression(update.runnerId(), updatedAt, ContractJson.write(merged));
        if (!replan || profile.isEmpty()) {
            return Optional.empty();
        }
        RunnerProfile current = ContractJson.read(profile.get().payload, RunnerProfile.class);
        return Optional.of(issue.issue(current, profileAt, merged, PlanTrigger.PROGRESSION, batch));
    }
}
