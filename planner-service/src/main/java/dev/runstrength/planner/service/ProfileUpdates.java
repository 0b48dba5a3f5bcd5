package dev.runstrength.planner.service;

import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.mapping.WireJson;
import dev.runstrength.planner.persistence.RunnerProfiles;
import dev.runstrength.planner.persistence.StoredProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A runner's new profile: hold it, plan from it and the progression state held (PAIN flags older
 * than the profile no longer count), store the plan and publish it, all in the caller's transaction
 * (the outbox sends the event after commit).
 */
@ApplicationScoped
public class ProfileUpdates {

    private static final Logger LOG = Logger.getLogger(ProfileUpdates.class);

    private final RunnerProfiles profiles;
    private final PlanIssue issue;
    private final RunnerErasure erasure;

    public ProfileUpdates(RunnerProfiles profiles, PlanIssue issue, RunnerErasure erasure) {
        this.profiles = profiles;
        this.issue = issue;
        this.erasure = erasure;
    }

    /**
     * @return the new plan, or empty when the profile is not newer than the one held (a late or
     *         repeated delivery) or dates from before the runner's erasure, which changes nothing and
     *         publishes nothing
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TrainingPlan> apply(RunnerProfile profile) {
        // compared at the database's precision, so a profile read back from it equals itself
        Instant updatedAt = profile.updatedAt().truncatedTo(ChronoUnit.MICROS);
        if (erasure.erasedSince(profile.runnerId(), updatedAt)) {
            return Optional.empty();
        }
        Optional<StoredProfile> held = profiles.findForUpdate(profile.runnerId());
        if (held.isPresent() && !updatedAt.isAfter(held.get().updatedAt)) {
            LOG.debugf("Profile of %s at %s ignored: %s is already held", profile.runnerId(), updatedAt,
                    held.get().updatedAt);
            return Optional.empty();
        }
        StoredProfile row = held.orElseGet(() -> {
            StoredProfile created = new StoredProfile();
            created.runnerId = profile.runnerId();
            return created;
        });
        row.updatedAt = updatedAt;
        row.payload = WireJson.write(profile);
        if (held.isEmpty()) {
            profiles.persist(row);
        }

        TrainingPlan plan = issue.issue(profile, updatedAt, issue.heldProgression(profile.runnerId()),
                PlanTrigger.PROFILE);
        return Optional.of(plan);
    }
}
