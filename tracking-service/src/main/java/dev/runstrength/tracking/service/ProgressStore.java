package dev.runstrength.tracking.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.tracking.domain.Replay;
import dev.runstrength.tracking.mapping.ProgressionMapping;
import dev.runstrength.tracking.mapping.RunnerProgress;
import dev.runstrength.tracking.persistence.ProgressionStateRepository;

/** The JSON form of {@link RunnerProgress} in progression_state. */
final class ProgressStore {

    private ProgressStore() {
    }

    /** Stores the final state of a replay, as of its last workout in (completedAt, workoutId) order. */
    static void save(ProgressionStateRepository states, String runnerId, Replay replay) {
        String lastWorkoutId = replay.updates().keySet().stream().reduce((earlier, later) -> later).orElse(null);
        states.save(runnerId, lastWorkoutId, write(ProgressionMapping.toProgress(runnerId, replay.finalState())));
    }

    static String write(RunnerProgress progress) {
        try {
            return ContractJson.mapper().writeValueAsString(progress);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("progress of runner " + progress.runnerId() + " cannot be written", e);
        }
    }

    static RunnerProgress read(String payload) {
        return RunnerHistory.read(payload, RunnerProgress.class, "progress");
    }
}
