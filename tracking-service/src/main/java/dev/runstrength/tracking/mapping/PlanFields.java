package dev.runstrength.tracking.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.validation.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fields of a published plan (plan-generated) that tracking uses, and nothing else: ids, generation time,
 * level, and each session's date and prescriptions. Everything else a plan carries (titles, cues, rationale,
 * ...) is skipped when it is read, so its presence or absence changes nothing here. {@link #errors()} checks
 * the fields kept against the contract's bounds for them, named as the schema pass names them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanFields(String planId, String runnerId, Instant generatedAt, Level runnerLevel, List<Week> weeks) {

    private static final Pattern RUNNER_ID = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Week(Integer week, LocalDate startsOn, List<Session> sessions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(String sessionId, LocalDate date, List<Block> blocks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Block(BlockPhase phase, List<Exercise> exercises) {
    }

    /** One prescription; {@code reps}, {@code holdSeconds} and {@code loadKg} may be null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Exercise(String exerciseId, Integer sets, Integer reps, Integer holdSeconds, Double loadKg) {
    }

    /** The same fields of a whole wire-model plan. */
    public static PlanFields of(TrainingPlan plan) {
        return new PlanFields(plan.planId(), plan.runnerId(), plan.generatedAt(), plan.runnerLevel(),
                plan.weeks().stream().map(week -> new Week(week.week(), week.startsOn(), week.sessions().stream()
                        .map(session -> new Session(session.sessionId(), session.date(), session.blocks().stream()
                                .map(block -> new Block(block.phase(), block.exercises().stream()
                                        .map(p -> new Exercise(p.exerciseId(), p.sets(), p.reps(), p.holdSeconds(),
                                                p.loadKg()))
                                        .toList()))
                                .toList()))
                        .toList()))
                        .toList());
    }

    /** What is wrong with the fields tracking uses, first found first; empty when nothing is. */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        text("planId", planId, 64, errors);
        if (runnerId == null) {
            errors.add(missing("runnerId"));
        } else if (!RUNNER_ID.matcher(runnerId).matches()) {
            errors.add(new FieldError("runnerId", "must match " + RUNNER_ID.pattern() + ", was \"" + runnerId + "\""));
        }
        if (generatedAt == null) {
            errors.add(missing("generatedAt"));
        }
        if (weeks == null) {
            errors.add(missing("weeks"));
            return errors;
        }
        count("weeks", weeks.size(), 1, 104, errors);
        for (int w = 0; w < weeks.size(); w++) {
            week("weeks/" + w, weeks.get(w), errors);
        }
        return errors;
    }

    private static void week(String at, Week week, List<FieldError> errors) {
        if (week == null) {
            errors.add(new FieldError(at, "must be a JSON object, was null"));
            return;
        }
        bounded(at + "/week", week.week(), 1, 104, false, errors);
        if (week.startsOn() == null) {
            errors.add(missing(at + "/startsOn"));
        }
        if (week.sessions() == null) {
            errors.add(missing(at + "/sessions"));
            return;
        }
        count(at + "/sessions", week.sessions().size(), 0, 7, errors);
        for (int s = 0; s < week.sessions().size(); s++) {
            session(at + "/sessions/" + s, week.sessions().get(s), errors);
        }
    }

    private static void session(String at, Session session, List<FieldError> errors) {
        if (session == null) {
            errors.add(new FieldError(at, "must be a JSON object, was null"));
            return;
        }
        text(at + "/sessionId", session.sessionId(), 128, errors);
        if (session.date() == null) {
            errors.add(missing(at + "/date"));
        }
        if (session.blocks() == null) {
            errors.add(missing(at + "/blocks"));
            return;
        }
        count(at + "/blocks", session.blocks().size(), 3, 3, errors);
        for (int b = 0; b < session.blocks().size(); b++) {
            block(at + "/blocks/" + b, session.blocks().get(b), errors);
        }
    }

    private static void block(String at, Block block, List<FieldError> errors) {
        if (block == null) {
            errors.add(new FieldError(at, "must be a JSON object, was null"));
            return;
        }
        if (block.phase() == null) {
            errors.add(missing(at + "/phase"));
        }
        if (block.exercises() == null) {
            errors.add(missing(at + "/exercises"));
            return;
        }
        count(at + "/exercises", block.exercises().size(), 0, 50, errors);
        for (int e = 0; e < block.exercises().size(); e++) {
            exercise(at + "/exercises/" + e, block.exercises().get(e), errors);
        }
    }

    private static void exercise(String at, Exercise exercise, List<FieldError> errors) {
        if (exercise == null) {
            errors.add(new FieldError(at, "must be a JSON object, was null"));
            return;
        }
        text(at + "/exerciseId", exercise.exerciseId(), 64, errors);
        bounded(at + "/sets", exercise.sets(), 1, 50, false, errors);
        bounded(at + "/reps", exercise.reps(), 1, 500, true, errors);
        bounded(at + "/holdSeconds", exercise.holdSeconds(), 1, 3600, true, errors);
        if ((exercise.reps() == null) == (exercise.holdSeconds() == null)) {
            errors.add(new FieldError(at, "exactly one of reps and holdSeconds must be set"));
        }
        Double load = exercise.loadKg();
        if (load != null && (load < 0 || load > 500 || load.isNaN())) {
            errors.add(new FieldError(at + "/loadKg", "must be between 0 and 500, was " + load));
        }
    }

    private static void text(String field, String value, int maxLength, List<FieldError> errors) {
        if (value == null) {
            errors.add(missing(field));
        } else if (value.isEmpty() || value.length() > maxLength) {
            errors.add(new FieldError(field, "must be 1 to " + maxLength + " characters, was " + value.length()
                    + " characters"));
        }
    }

    private static void bounded(String field, Integer value, int min, int max, boolean nullable,
                                List<FieldError> errors) {
        if (value == null) {
            if (!nullable) {
                errors.add(missing(field));
            }
        } else if (value < min || value > max) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max + ", was " + value));
        }
    }

    private static void count(String field, int size, int min, int max, List<FieldError> errors) {
        if (size < min || size > max) {
            errors.add(new FieldError(field, "must have " + (min == max ? String.valueOf(min) : min + " to " + max)
                    + " items, was " + size));
        }
    }

    private static FieldError missing(String field) {
        return new FieldError(field, "is required, was missing");
    }
}
