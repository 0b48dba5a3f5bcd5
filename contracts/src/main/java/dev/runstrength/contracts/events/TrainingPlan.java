package dev.runstrength.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.model.TrainingPhase;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of {@code dev.runstrength.planner.plan.generated.v1} on {@code planner.plans}. {@code runnerLevel} is
 * our optional addition so that readers know the level the plan was dosed for.
 */
public record TrainingPlan(
        String planId,
        String runnerId,
        Instant generatedAt,
        BasedOn basedOn,
        TrainingPhase trainingPhase,
        List<Week> weeks,
        List<Rationale> rationale,
        @JsonInclude(JsonInclude.Include.NON_NULL) Level runnerLevel) {

    public TrainingPlan {
        weeks = Defaults.orEmpty(weeks);
        rationale = Defaults.orEmpty(rationale);
    }

    /** The inputs that produced the plan; {@code progressionAt} is null before any progression. */
    public record BasedOn(Instant profileUpdatedAt, Instant progressionAt) {
    }

    public record Week(int week, LocalDate startsOn, boolean deload, List<Session> sessions) {
        public Week {
            sessions = Defaults.orEmpty(sessions);
        }
    }

    /** One session; its blocks come in the order PREPARE, STRENGTHEN, RECOVER. */
    public record Session(
            String sessionId,
            LocalDate date,
            DayOfWeek day,
            String title,
            int estimatedMinutes,
            List<Block> blocks) {
        public Session {
            blocks = Defaults.orEmpty(blocks);
        }
    }

    public record Block(BlockPhase phase, List<Prescribed> exercises) {
        public Block {
            exercises = Defaults.orEmpty(exercises);
        }
    }

    /**
     * One exercise as prescribed in a session; exactly one of {@code reps} and {@code holdSeconds} is set.
     * {@code targetRpe} (contract v1.1) is the effort a heavy set should end at, or null; with it,
     * {@code loadKg} is a suggestion or null and the runner picks the load that meets the RPE.
     */
    public record Prescribed(
            String exerciseId,
            String name,
            String purpose,
            int sets,
            Integer reps,
            Integer holdSeconds,
            boolean perSide,
            Double loadKg,
            String tempo,
            int restSeconds,
            List<String> cues,
            List<String> cautions,
            Double targetRpe) {
        public Prescribed {
            cues = Defaults.orEmpty(cues);
            cautions = Defaults.orEmpty(cautions);
        }

        /** An exercise without a target RPE, as every prescription was before contract v1.1. */
        public Prescribed(String exerciseId, String name, String purpose, int sets, Integer reps,
                Integer holdSeconds, boolean perSide, Double loadKg, String tempo, int restSeconds,
                List<String> cues, List<String> cautions) {
            this(exerciseId, name, purpose, sets, reps, holdSeconds, perSide, loadKg, tempo, restSeconds, cues,
                    cautions, null);
        }
    }

    /** Why the plan looks as it does: one entry per rule that shaped it. */
    public record Rationale(String code, String message) {
    }
}
