package dev.runstrength.planner.service;

import dev.runstrength.contracts.events.Exercise;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.domain.Catalogue;
import dev.runstrength.planner.domain.Plan;
import dev.runstrength.planner.domain.PlanGenerator;
import dev.runstrength.planner.domain.PlanRequest;
import dev.runstrength.planner.domain.PreviousPlan;
import dev.runstrength.planner.domain.ProgressionState;
import dev.runstrength.planner.mapping.CatalogueMapping;
import dev.runstrength.planner.mapping.PlanMapping;
import dev.runstrength.planner.mapping.ProfileMapping;
import dev.runstrength.replica.CatalogReplica;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Drafts the plan a profile gets now, from the replicated catalogue. Stores and publishes nothing.
 *
 * <p>The plan id is a random UUID (content is deterministic, identity is not); session ids derive
 * from it. Without a startDate the plan starts the day after the profile arrives, counted in the
 * clock's zone. With an empty replica (catalogue not yet received) a plan still comes out: the
 * domain leaves every slot it cannot fill empty and says so in the rationale.
 */
@ApplicationScoped
public class PlanDrafter {

    private static final Logger LOG = Logger.getLogger(PlanDrafter.class);

    private final CatalogReplica replica;
    private final Clock clock;
    private final PlanGenerator generator = new PlanGenerator();
    /** The domain catalogue of the replica's last parsed list, rebuilt only when the replica changes. */
    private volatile Mapped mapped;

    private record Mapped(List<Exercise> source, Catalogue catalogue) {
    }

    public PlanDrafter(CatalogReplica replica, Clock clock) {
        this.replica = replica;
        this.clock = clock;
    }

    /** The plan a profile gets now with no history (a preview). */
    public TrainingPlan draft(RunnerProfile profile) {
        return draft(profile, ProgressionState.empty(), null).plan();
    }

    /**
     * The plan for the profile, starting from tracking's state and continuing the runner's current plan
     * (its block calendar and session slots) when there is one (rule 11).
     */
    public DraftedPlan draft(RunnerProfile profile, ProgressionState progression, PreviousPlan previous) {
        // the database keeps microseconds; a millisecond instant reads back the same everywhere
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Catalogue catalogue = catalogue();
        if (catalogue.size() == 0) {
            LOG.warnf("Planning for %s with an empty catalogue replica: the plan will have no exercises",
                    profile.runnerId());
        }
        PlanRequest request = new PlanRequest(ProfileMapping.toDomain(profile), catalogue, progression,
                LocalDate.ofInstant(now, clock.getZone()), now, UUID.randomUUID().toString(), previous);
        Plan plan = generator.generate(request);
        return new DraftedPlan(PlanMapping.toEvent(plan, profile.level()), plan.blockStart());
    }

    private Catalogue catalogue() {
        List<Exercise> active = replica.active();
        Mapped current = mapped;
        if (current == null || current.source() != active) {
            current = new Mapped(active, CatalogueMapping.toCatalogue(active));
            mapped = current;
        }
        return current.catalogue();
    }
}
