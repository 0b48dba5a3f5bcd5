package dev.runstrength.tracking.service;

import dev.runstrength.contracts.Topics;
import dev.runstrength.platform.erasure.ErasureHandler;
import dev.runstrength.platform.erasure.RunnerErasureRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Tracking's erasure ({@link ErasureHandler} does the work): every workout, plan and progression of the runner,
 * the progression updates not yet sent included (they describe workouts that no longer exist here). Every table
 * of tracking's migrations (db/migration), the platform's (db/platform) and the catalogue replica's (db/replica) is
 * named here or said why not: {@code catalog_replica} holds no runner, and {@code flyway_schema_history} neither.
 */
@ApplicationScoped
public class RunnerErasure extends ErasureHandler {

    /**
     * Tracking's tables that hold a runner's data, each with a runner_id column: workouts (with their planId,
     * V2), the plans replica (with its views, V2), the progression head with its snapshot (V2), the checkpoints
     * every N workouts (progression_checkpoint, V2) and the HTTP workout intake (V3).
     */
    static final List<String> TABLES = List.of("workout", "plan", "progression_state", "progression_checkpoint",
            "workout_intake");

    public RunnerErasure(RunnerErasureRepository erasures, MeterRegistry registry) {
        super(erasures, registry, Clock.systemUTC(), "tracking");
    }

    @Override
    protected Map<String, Integer> deleteAllOf(String runnerId) {
        // processed_event: workouts and plans are logged under their CloudEvents id, or their workoutId / planId
        // when they came without attributes; neither names the runner, so nothing there is about the runner.
        return erasures.deleteRunnerRows(runnerId, TABLES, Topics.TRACKING_PROGRESSIONS);
    }
}
