package dev.runstrength.planner.service;

import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.mapping.WireJson;
import dev.runstrength.planner.persistence.Plans;
import dev.runstrength.planner.persistence.RunnerProfiles;
import dev.runstrength.planner.persistence.StoredPlan;
import dev.runstrength.planner.persistence.StoredProfile;
import dev.runstrength.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A runner's new profile: hold it, plan from it, store the plan and publish it, all in the
 * caller's transaction (the outbox sends the event after commit).
 */
@ApplicationScoped
public class ProfileUpdates {

    private static final Logger LOG = Logger.getLogger(ProfileUpdates.class);

    private final RunnerProfiles profiles;
    private final Plans plans;
    private final PlanDrafter drafter;
    private final Outbox outbox;

    public ProfileUpdates(RunnerProfiles profiles, Plans plans, PlanDrafter drafter, Outbox outbox) {
        this.profiles = profiles;
        this.plans = plans;
        this.drafter = drafter;
        this.outbox = outbox;
    }

    /**
     * @return the new plan, or empty when the profile is not newer than the one held (a late or
     *         repeated delivery), which changes nothing and publishes nothing
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TrainingPlan> apply(RunnerProfile profile) {
        // compared at the database's precision, so a profile read back from it equals itself
        Instant updatedAt = profile.updatedAt().truncatedTo(ChronoUnit.MICROS);
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

        TrainingPlan plan = drafter.draft(profile);
        StoredPlan stored = new StoredPlan();
        stored.planId = plan.planId();
        stored.runnerId = plan.runnerId();
        stored.generatedAt = plan.generatedAt();
        stored.profileUpdatedAt = plan.basedOn().profileUpdatedAt();
        stored.payload = WireJson.write(plan);
        plans.persist(stored);
        outbox.append(EventKind.PLAN_GENERATED, plan.runnerId(), plan);
        return Optional.of(plan);
    }
}
