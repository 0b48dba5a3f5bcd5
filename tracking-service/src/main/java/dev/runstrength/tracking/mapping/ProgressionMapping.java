package dev.runstrength.tracking.mapping;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.events.Prescription;
import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.contracts.model.Decision;
import dev.runstrength.contracts.model.FlagType;
import dev.runstrength.contracts.model.PainArea;
import dev.runstrength.tracking.domain.Adherence;
import dev.runstrength.tracking.domain.Change;
import dev.runstrength.tracking.domain.ExerciseProgress;
import dev.runstrength.tracking.domain.Flag;
import dev.runstrength.tracking.domain.ProgressionState;
import java.util.List;

/** The engine's results into the wire model: the published update and the progress view. */
public final class ProgressionMapping {

    /** Optional field beyond the contract: performed exercise ids the catalogue does not know. */
    public static final String UNKNOWN_EXERCISES = "unknownExercises";

    private ProgressionMapping() {
    }

    public static ProgressionUpdate toContract(dev.runstrength.tracking.domain.ProgressionUpdate update) {
        return new ProgressionUpdate(update.runnerId(), update.workoutId(), update.updatedAt(),
                update.changes().stream().map(ProgressionMapping::change).toList(),
                adherence(update.adherence()), flags(update.flags()));
    }

    /** The event's data: the contract's update plus {@value #UNKNOWN_EXERCISES}, always present. */
    public static ObjectNode toEventData(dev.runstrength.tracking.domain.ProgressionUpdate update) {
        ObjectNode data = ContractJson.mapper().valueToTree(toContract(update));
        ArrayNode unknown = data.putArray(UNKNOWN_EXERCISES);
        update.unknownExercises().forEach(unknown::add);
        return data;
    }

    public static RunnerProgress toProgress(String runnerId, ProgressionState state) {
        return new RunnerProgress(runnerId,
                state.exercises().values().stream().map(ProgressionMapping::standing).toList(),
                adherence(state.adherence()), flags(state.flags()));
    }

    private static RunnerProgress.Standing standing(ExerciseProgress progress) {
        return new RunnerProgress.Standing(progress.exerciseId(), prescription(progress.current()),
                decision(progress.lastDecision()), progress.lastReason(), progress.updatedAt());
    }

    private static ProgressionUpdate.Change change(Change change) {
        return new ProgressionUpdate.Change(change.exerciseId(), decision(change.decision()),
                prescription(change.from()), prescription(change.to()), change.reason());
    }

    private static Prescription prescription(dev.runstrength.tracking.domain.Prescription p) {
        return p == null ? null : new Prescription(p.exerciseId(), p.sets(), p.reps(), p.holdSeconds(), p.loadKg());
    }

    private static Decision decision(dev.runstrength.tracking.domain.Decision decision) {
        return decision == null ? null : Decision.valueOf(decision.name());
    }

    private static ProgressionUpdate.Adherence adherence(Adherence adherence) {
        Adherence a = adherence == null ? Adherence.NONE : adherence;
        return new ProgressionUpdate.Adherence(a.plannedSessions(), a.completedSessions(), a.rate(), a.streakWeeks());
    }

    private static List<ProgressionUpdate.Flag> flags(List<Flag> flags) {
        return flags.stream()
                .map(flag -> new ProgressionUpdate.Flag(FlagType.valueOf(flag.type().name()),
                        flag.area() == null ? null : PainArea.valueOf(flag.area().name()), flag.severity(), flag.message()))
                .toList();
    }
}
