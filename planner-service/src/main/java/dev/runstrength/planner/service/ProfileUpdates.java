package dev.runstrength.planner.service;

import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.mapping.HeldProgression;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.planner.persistence.ProfileEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runners' new profiles: hold each, plan from it and the progression state held (PAIN flags older
 * than the profile no longer count), store the plan and publish it, all in the caller's transaction
 * (the outbox sends the events after commit). A batch reads the held rows of all its runners with one
 * query each; the intake's per-runner key locks keep other writers out until commit.
 */
@ApplicationScoped
public class ProfileUpdates {

    private static final Logger LOG = Logger.getLogger(ProfileUpdates.class);

    private final HeldRunners runners;
    private final PlanPublisher issue;

    public ProfileUpdates(HeldRunners runners, PlanPublisher issue) {
        this.runners = runners;
        this.issue = issue;
    }

    /**
     * Applies the profiles in order.
     *
     * @return how many plans were issued (the plans themselves are not kept: a batch would hold hundreds);
     *         a profile not newer than the one held (a late or repeated delivery), or dated at or before the
     *         runner's erasure, changes nothing and publishes nothing
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyAll(List<RunnerProfile> batch) {
        HeldRunners.Batch held = runners.read(batch, RunnerProfile::runnerId);
        Map<String, HeldProgression> states = PlanPublisher.held(held.states);
        int issued = 0;
        for (RunnerProfile profile : batch) {
            if (held.erased.drops(profile.runnerId(), profile.updatedAt())) {
                continue;
            }
            issued += apply(profile, held, states.getOrDefault(profile.runnerId(), HeldProgression.none())).isPresent() ? 1 : 0;
        }
        return issued;
    }

    private Optional<TrainingPlan> apply(RunnerProfile profile, HeldRunners.Batch held, HeldProgression progression) {
        // compared at the database's precision, so a profile read back from it equals itself
        Instant updatedAt = profile.updatedAt().truncatedTo(ChronoUnit.MICROS);
        ProfileEntity row = held.profiles.get(profile.runnerId());
        if (row != null && !updatedAt.isAfter(row.updatedAt)) {
            LOG.debugf("Profile of %s at %s ignored: %s is already held", profile.runnerId(), updatedAt, row.updatedAt);
            return Optional.empty();
        }
        held.holdProfile(profile.runnerId(), updatedAt, ContractJson.write(profile));
        return Optional.of(issue.issue(profile, updatedAt, progression, PlanTrigger.PROFILE, held));
    }
}
