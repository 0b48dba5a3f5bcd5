package dev.runstrength.planner.service;

import dev.runstrength.contracts.Topics;
import dev.runstrength.platform.erasure.ErasureHandler;
import dev.runstrength.platform.erasure.RunnerErasureRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The planner's erasure ({@link ErasureHandler} does the work): what it deletes. Every table of the planner's
 * migrations (db/migration), the platform's (db/platform) and the catalogue replica's (db/replica) is named here or
 * said why not: {@code catalog_replica} holds no runner, and {@code flyway_schema_history} neither.
 */
@ApplicationScoped
public class RunnerErasure extends ErasureHandler {

    /**
     * The planner's tables that hold a runner's data, each with a runner_id column: profiles, plans (with their
     * block start, V5), progression state, the HTTP profile intake, calendar entries and feed tokens (V4).
     */
    static final List<String> TABLES = List.of("runner_profile", "plan", "runner_progression", "profile_intake",
            "calendar_session", "calendar_feed");

    public RunnerErasure(RunnerErasureRepository erasures, MeterRegistry registry, Clock clock) {
        super(erasures, registry, clock, "planner");
    }

    @Override
    protected Map<String, Integer> deleteAllOf(String runnerId) {
        // Plans not yet sent were drawn from data that no longer exists: they are not published. A profile the
        // HTTP intake queued for runner.profiles stays: it is the backend's input, and the consumer decides
        // (dropped when older than the erasure, a fresh start when newer).
        Map<String, Integer> deleted = erasures.deleteRunnerRows(runnerId, TABLES, Topics.PLANNER_PLANS);
        // A record without CloudEvents attributes is logged under an id built from the runner id
        // (runnerId@updatedAt); CloudEvents ids are the producer's own and name no runner.
        deleted.put("processed_event", erasures.deleteProcessedIdsNamingTheRunner(runnerId));
        // profiles written earlier in the same batch (before the erasure on runner.profiles): no entity of them
        // outlives the deletes
        erasures.detachAll();
        return deleted;
    }
}
