package dev.runstrength.planner.service;

import dev.runstrength.planner.persistence.PlanRepository;
import dev.runstrength.planner.persistence.ProfileEntity;
import dev.runstrength.planner.persistence.ProfileRepository;
import dev.runstrength.planner.persistence.ProgressionEntity;
import dev.runstrength.planner.persistence.ProgressionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a batch of profiles or progression updates reads before applying them, one query each: the held profiles
 * and progression states of its runners, their current plans (what a replan continues) and their erasures. The
 * intake's per-runner key locks, held by the batch's transaction, keep other writers out until commit.
 */
@ApplicationScoped
public class HeldRunners {

    private final ProfileRepository profiles;
    private final ProgressionRepository progressions;
    private final PlanRepository plans;
    private final RunnerErasure erasure;

    public HeldRunners(ProfileRepository profiles, ProgressionRepository progressions, PlanRepository plans,
                       RunnerErasure erasure) {
        this.profiles = profiles;
        this.progressions = progressions;
        this.plans = plans;
        this.erasure = erasure;
    }

    /** Reads what the runners of these events hold. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Batch read(List<T> events, Function<T, String> runnerIdOf) {
        Set<String> runnerIds = new LinkedHashSet<>();
        events.forEach(event -> runnerIds.add(runnerIdOf.apply(event)));
        profiles.flushOnlyAtCommit();
        return new Batch(erasure.markersOf(runnerIds), profiles.ofRunners(runnerIds), progressions.ofRunners(runnerIds),
                plans.currentForReplan(runnerIds));
    }

    /** One batch's rows; a newer document is held through it, so a later event of the batch sees it. */
    public final class Batch {

        final RunnerErasure.Erased erased;
        final Map<String, ProfileEntity> profiles;
        final Map<String, ProgressionEntity> states;
        private final Map<String, PlanRepository.Current> currentPlans;

        private Batch(RunnerErasure.Erased erased, Map<String, ProfileEntity> profiles, Map<String, ProgressionEntity> states,
                      Map<String, PlanRepository.Current> currentPlans) {
            this.erased = erased;
            this.profiles = profiles;
            this.states = states;
            this.currentPlans = currentPlans;
        }

        /** The runner's current plan, counting one issued earlier in this batch (not in the database before commit). */
        Optional<PlanRepository.Current> currentPlan(String runnerId) {
            return Optional.ofNullable(currentPlans.get(runnerId));
        }

        void planIssued(String runnerId, PlanRepository.Current plan) {
            currentPlans.put(runnerId, plan);
        }

        void holdProfile(String runnerId, Instant updatedAt, String payload) {
            HeldRunners.this.profiles.holdLatest(profiles, runnerId, updatedAt, payload);
        }

        void holdProgression(String runnerId, Instant updatedAt, String payload) {
            progressions.holdLatest(states, runnerId, updatedAt, payload);
        }
    }
}
