package dev.runstrength.planner.service;

import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.mapping.HeldProgression;
import dev.runstrength.planner.mapping.WireJson;
import dev.runstrength.planner.persistence.ProfileRepository;
import dev.runstrength.planner.persistence.ProgressionRepository;
import dev.runstrength.planner.persistence.ProfileEntity;
import dev.runstrength.planner.persistence.ProgressionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private final ProfileRepository profiles;
    private final ProgressionRepository progressions;
    private final PlanPublisher issue;
    private final RunnerErasure erasure;

    public ProgressionUpdates(ProfileRepository profiles, ProgressionRepository progressions, PlanPublisher issue,
                              RunnerErasure erasure) {
        this.profiles = profiles;
        this.progressions = progressions;
        this.issue = issue;
        this.erasure = erasure;
    }

    /** Applies the updates in order; returns how many plans they called for. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyAll(List<ProgressionUpdate> batch) {
        Set<String> runnerIds = new LinkedHashSet<>();
        batch.forEach(update -> runnerIds.add(update.runnerId()));
        profiles.flushOnlyAtCommit();
        Map<String, ProfileEntity> heldProfiles = profiles.ofRunners(runnerIds);
        Map<String, ProgressionEntity> heldStates = progressions.ofRunners(runnerIds);
        RunnerErasure.Erased erased = erasure.markersOf(runnerIds);
        int issued = 0;
        for (ProgressionUpdate update : batch) {
            // tracking may publish an update about a workout from before the runner's erasure after it
            if (erased.drops(update.runnerId(), update.updatedAt())) {
                continue;
            }
            issued += apply(update, Optional.ofNullable(heldProfiles.get(update.runnerId())), heldStates).isPresent() ? 1 : 0;
        }
        return issued;
    }

    private Optional<TrainingPlan> apply(ProgressionUpdate update, Optional<ProfileEntity> profile,
                                         Map<String, ProgressionEntity> heldStates) {
        ProgressionEntity row = heldStates.get(update.runnerId());
        Instant updatedAt = update.updatedAt().truncatedTo(ChronoUnit.MICROS);
        if (row != null && updatedAt.isBefore(row.updatedAt)) {
            LOG.debugf("Progression of %s at %s ignored: %s is already held", update.runnerId(), updatedAt, row.updatedAt);
            return Optional.empty();
        }
        HeldProgression held = row == null ? HeldProgression.none() : WireJson.read(row.payload, HeldProgression.class);
        Instant profileAt = profile.map(p -> p.updatedAt).orElse(null);
        boolean replan = HeldProgression.changesAnything(update) || !held.newFlags(update, profileAt).isEmpty()
                || !held.newOtherFlags(update).isEmpty();
        ProgressionUpdate normalised = new ProgressionUpdate(update.runnerId(), update.workoutId(), updatedAt,
                update.changes(), update.adherence(), update.flags());
        HeldProgression merged = held.merge(normalised);

        progressions.holdLatest(heldStates, update.runnerId(), updatedAt, WireJson.write(merged));
        if (!replan || profile.isEmpty()) {
            return Optional.empty();
        }
        RunnerProfile current = WireJson.read(profile.get().payload, RunnerProfile.class);
        return Optional.of(issue.issue(current, profileAt, merged, PlanTrigger.PROGRESSION));
    }
}
