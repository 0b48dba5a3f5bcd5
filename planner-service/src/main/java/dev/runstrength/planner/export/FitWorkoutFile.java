package dev.runstrength.planner.export;

import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.FitBaseUnit;
import com.garmin.fit.Intensity;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WktStepTarget;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import dev.runstrength.contracts.events.TrainingPlan.Block;
import dev.runstrength.contracts.events.TrainingPlan.Prescribed;
import dev.runstrength.contracts.events.TrainingPlan.Session;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.planner.export.FitExerciseCategories.FitExercise;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A session as a Garmin FIT workout file (FIT SDK): one step per set, with the reps to count or the
 * seconds to hold, then a rest step of the exercise's rest (none after the session's last set).
 * PREPARE sets are warm-up steps, STRENGTHEN sets active steps, RECOVER sets cool-down steps. Each set
 * step carries the exercise's name, its FIT exercise category where the table gives one, the load in
 * kilograms and the dose in its notes. A per-side amount is for each side, as in the plan.
 */
public final class FitWorkoutFile {

    public static final String MEDIA_TYPE = "application/vnd.ant.fit";
    /** FIT strings are at most 255 bytes with their terminator; names a watch shows are short. */
    static final int NAME_BYTES = 64;
    static final int NOTES_BYTES = 200;

    private FitWorkoutFile() {
    }

    /**
     * @param created when the plan was generated: the file's time_created, so the same plan gives the same file
     * @param categories the FIT exercise of a prescribed exercise, if any
     */
    public static byte[] of(Session session, Instant created, Function<Prescribed, Optional<FitExercise>> categories) {
        List<WorkoutStepMesg> steps = steps(session, categories);

        FileIdMesg fileId = new FileIdMesg();
        fileId.setType(com.garmin.fit.File.WORKOUT);
        fileId.setManufacturer(Manufacturer.DEVELOPMENT);
        fileId.setProduct(0);
        fileId.setSerialNumber(Integer.toUnsignedLong(session.sessionId().hashCode()));
        fileId.setTimeCreated(new DateTime(Date.from(created)));

        WorkoutMesg workout = new WorkoutMesg();
        workout.setWktName(cut(session.title() + " " + session.date(), NAME_BYTES));
        workout.setSport(Sport.TRAINING);
        workout.setSubSport(SubSport.STRENGTH_TRAINING);
        workout.setNumValidSteps(steps.size());

        BufferEncoder encoder = new BufferEncoder(Fit.ProtocolVersion.V1_0);
        encoder.write(fileId);
        encoder.write(workout);
        steps.forEach(encoder::write);
        return encoder.close();
    }

    static List<WorkoutStepMesg> steps(Session session, Function<Prescribed, Optional<FitExercise>> categories) {
        List<WorkoutStepMesg> steps = new ArrayList<>();
        List<Block> blocks = session.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            List<Prescribed> exercises = block.exercises();
            for (int e = 0; e < exercises.size(); e++) {
                Prescribed exercise = exercises.get(e);
                Optional<FitExercise> fit = categories.apply(exercise);
                for (int set = 1; set <= exercise.sets(); set++) {
                    steps.add(set(steps.size(), block.phase(), exercise, set, fit));
                    boolean last = set == exercise.sets() && e == exercises.size() - 1 && laterBlocksEmpty(blocks, b);
                    if (!last && exercise.restSeconds() > 0) {
                        steps.add(rest(steps.size(), exercise.restSeconds()));
                    }
                }
            }
        }
        return steps;
    }

    private static boolean laterBlocksEmpty(List<Block> blocks, int index) {
        return blocks.subList(index + 1, blocks.size()).stream().allMatch(block -> block.exercises().isEmpty());
    }

    private static WorkoutStepMesg set(int index, BlockPhase phase, Prescribed exercise, int set, Optional<FitExercise> fit) {
        WorkoutStepMesg step = new WorkoutStepMesg();
        step.setMessageIndex(index);
        step.setWktStepName(cut(exercise.name() + (exercise.perSide() ? " (each side)" : ""), NAME_BYTES));
        if (exercise.reps() != null) {
            step.setDurationType(WktStepDuration.REPS);
            step.setDurationReps((long) exercise.reps());
        } else {
            step.setDurationType(WktStepDuration.TIME);
            step.setDurationTime((float) exercise.holdSeconds());
        }
        step.setTargetType(WktStepTarget.OPEN);
        step.setIntensity(switch (phase) {
            case PREPARE -> Intensity.WARMUP;
            case STRENGTHEN -> Intensity.ACTIVE;
            case RECOVER -> Intensity.COOLDOWN;
        });
        step.setNotes(cut("Set " + set + " of " + exercise.sets() + ": " + DoseText.of(exercise)
                + (exercise.cues().isEmpty() ? "" : ". " + exercise.cues().get(0)), NOTES_BYTES));
        fit.ifPresent(category -> {
            step.setExerciseCategory(category.categoryValue());
            if (category.nameValue() != null) {
                step.setExerciseName(category.nameValue());
            }
        });
        if (exercise.loadKg() != null && exercise.loadKg() > 0) {
            step.setExerciseWeight(exercise.loadKg().floatValue());
            step.setWeightDisplayUnit(FitBaseUnit.KILOGRAM);
        }
        return step;
    }

    private static WorkoutStepMesg rest(int index, int seconds) {
        WorkoutStepMesg step = new WorkoutStepMesg();
        step.setMessageIndex(index);
        step.setWktStepName("Rest");
        step.setDurationType(WktStepDuration.TIME);
        step.setDurationTime((float) seconds);
        step.setTargetType(WktStepTarget.OPEN);
        step.setIntensity(Intensity.REST);
        return step;
    }

    /** At most {@code bytes} bytes of UTF-8, never splitting a character; "…" marks a cut. */
    static String cut(String text, int bytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= bytes) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int used = "…".getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > bytes) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return kept.append('…').toString();
    }
}
