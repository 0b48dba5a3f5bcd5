package dev.runstrength.planner.service;

import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.mapping.HeldProgression;
import dev.runstrength.planner.mapping.WireJson;
import dev.runstrength.planner.persistence.RunnerProfiles;
import dev.runstrength.planner.persistence.RunnerProgressions;
import dev.runstrength.planner.persistence.StoredProfile;
import dev.runstrength.planner.persistence.StoredProgression;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A progression update from tracking (DOMAIN rule 11): merge it into the runner's state and, when a
 * change is not HOLD or a flag is new (a PAIN area not open, or another flag the last update did not
 * raise), plan again from the held profile and publish, all in the
 * caller's transaction. Without a profile the state is only stored. An update older than the state
 * held (late delivery) changes nothing.
 */
@ApplicationScoped
public class ProgressionUpdates {

    private static final Logger LOG = Logger.getLogger(ProgressionUpdates.class);

    private final RunnerProfiles profiles;
    private final RunnerProgressions progressions;
    private final PlanIssue issue;
    private final RunnerErasure erasure;

    public ProgressionUpdates(RunnerProfiles profiles, RunnerProgressions progressions, PlanIssue issue,
                              RunnerErasure erasure) {
        this.profiles = profiles;
        this.progressions = progressions;
        this.issue = issue;
        this.erasure = erasure;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TrainingPlan> apply(ProgressionUpdate update) {
        // tracking may publish an update about a workout from before the runner's erasure after it
        if (erasure.erasedSince(update.runnerId(), update.updatedAt())) {
            return Optional.empty();
        }
        // the profile row is locked first, as ProfileUpdates does, so the runner's updates queue up
        Optional<StoredProfile> profile = profiles.findForUpdate(update.runnerId());
        Optional<StoredProgression> row = progressions.findForUpdate(update.runnerId());
        Instant updatedAt = update.updatedAt().truncatedTo(ChronoUnit.MICROS);
        if (row.isPresent() && updatedAt.isBefore(row.get().updatedAt)) {
            LOG.debugf("Progression of %s at %s ignored: %s is already held", update.runnerId(), updatedAt,
                    row.get().updatedAt);
            return Optional.empty();
        }
        HeldProgression held = row.map(r -> WireJson.read(r.payload, HeldProgression.class))
                .orElseGet(HeldProgression::none);
        Instant profileAt = profile.map(p -> p.updatedAt).orElse(null);
        boolean replan = HeldProgression.changesAnything(update) || !held.newFlags(update, profileAt).isEmpty()
                || !held.newOtherFlags(update).isEmpty();
        ProgressionUpdate normalised = new ProgressionUpdate(update.runnerId(), update.workoutId(), updatedAt,
                update.changes(), update.adherence(), update.flags());
        HeldProgression merged = held.merge(normalised);

        StoredProgression stored = row.orElseGet(() -> {
            StoredProgression created = new StoredProgression();
            created.runnerId = update.runnerId();
            return created;
        });
        stored.updatedAt = updatedAt;
        stored.payload = WireJson.write(merged);
        if (row.isEmpty()) {
            progressions.persist(stored);
        }
        if (!replan || profile.isEmpty()) {
            return Optional.empty();
        }
        RunnerProfile current = WireJson.read(profile.get().payload, RunnerProfile.class);
        return Optional.of(issue.issue(current, profileAt, merged, PlanTrigger.PROGRESSION));
    }
}
