package dev.runstrength.planner.service;

import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.mapping.HeldProgression;
import dev.runstrength.planner.mapping.WireJson;
import dev.runstrength.planner.persistence.ProfileRepository;
import dev.runstrength.planner.persistence.ProgressionRepository;
import dev.runstrength.planner.persistence.ProfileEntity;
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
 * Runners' new profiles: hold each, plan from it and the progression state held (PAIN flags older
 * than the profile no longer count), store the plan and publish it, all in the caller's transaction
 * (the outbox sends the events after commit). A batch reads the held rows of all its runners with one
 * query each; the intake's per-runner key locks keep other writers out until commit.
 */
@ApplicationScoped
public class ProfileUpdates {

    private static final Logger LOG = Logger.getLogger(ProfileUpdates.class);

    private final ProfileRepository profiles;
    private final ProgressionRepository progressions;
    private final PlanPublisher issue;
    private final RunnerErasure erasure;

    public ProfileUpdates(ProfileRepository profiles, ProgressionRepository progressions, PlanPublisher issue,
                          RunnerErasure erasure) {
        this.profiles = profiles;
        this.progressions = progressions;
        this.issue = issue;
        this.erasure = erasure;
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
        Set<String> runnerIds = new LinkedHashSet<>();
        batch.forEach(profile -> runnerIds.add(profile.runnerId()));
        profiles.flushOnlyAtCommit();
        RunnerErasure.Erased erased = erasure.markersOf(runnerIds);
        Map<String, ProfileEntity> held = profiles.ofRunners(runnerIds);
        Map<String, HeldProgression> states = PlanPublisher.held(progressions.ofRunners(runnerIds));
        int issued = 0;
        for (RunnerProfile profile : batch) {
            if (erased.drops(profile.runnerId(), profile.updatedAt())) {
                continue;
            }
            issued += apply(profile, held, states.getOrDefault(profile.runnerId(), HeldProgression.none())).isPresent() ? 1 : 0;
        }
        return issued;
    }

    private Optional<TrainingPlan> apply(RunnerProfile profile, Map<String, ProfileEntity> held, HeldProgression progression) {
        // compared at the database's precision, so a profile read back from it equals itself
        Instant updatedAt = profile.updatedAt().truncatedTo(ChronoUnit.MICROS);
        ProfileEntity row = held.get(profile.runnerId());
        if (row != null && !updatedAt.isAfter(row.updatedAt)) {
            LOG.debugf("Profile of %s at %s ignored: %s is already held", profile.runnerId(), updatedAt, row.updatedAt);
            return Optional.empty();
        }
        profiles.holdLatest(held, profile.runnerId(), updatedAt, WireJson.write(profile));
        return Optional.of(issue.issue(profile, updatedAt, progression, PlanTrigger.PROFILE));
    }
}
