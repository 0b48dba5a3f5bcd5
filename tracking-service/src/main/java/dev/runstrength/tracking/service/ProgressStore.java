package dev.runstrength.tracking.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.tracking.mapping.RunnerProgress;

/** The JSON form of {@link RunnerProgress} in progression_state. */
final class ProgressStore {

    private ProgressStore() {
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
