package dev.runstrength.planner.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.garmin.fit.Decode;
import com.garmin.fit.ExerciseCategory;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Intensity;
import com.garmin.fit.MesgBroadcaster;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import dev.runstrength.contracts.events.TrainingPlan.Block;
import dev.runstrength.contracts.events.TrainingPlan.Prescribed;
import dev.runstrength.contracts.events.TrainingPlan.Session;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.MovementPattern;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A session written as a FIT workout reads back with the SDK's own decoder into its sets and rests. */
class FitWorkoutFileTest {

    private static final FitExerciseCategories TABLE = FitExerciseCategories.load();
    private static final Map<String, MovementPattern> PATTERNS = Map.of("ankle-rocker", MovementPattern.MOBILITY,
            "goblet-squat", MovementPattern.SQUAT, "side-plank", MovementPattern.CORE, "foam-roll-calves", MovementPattern.FLUSH);

    private static Prescribed reps(String id, String name, int sets, int reps, boolean perSide, Double kg, int rest) {
        return new Prescribed(id, name, "STRENGTH", sets, reps, null, perSide, kg, null, rest, List.of("Knees track over toes"),
                List.of());
    }

    private static Prescribed hold(String id, String name, int sets, int seconds, boolean perSide, int rest) {
        return new Prescribed(id, name, "STRENGTH", sets, null, seconds, perSide, null, null, rest, List.of(), List.of());
    }

    static Session session() {
        return new Session("plan-1-w1-s1", LocalDate.parse("2026-11-23"), DayOfWeek.MONDAY, "Session A", 30, List.of(
                new Block(BlockPhase.PREPARE, List.of(reps("ankle-rocker", "Ankle rocker", 1, 10, true, null, 15))),
                new Block(BlockPhase.STRENGTHEN, List.of(reps("goblet-squat", "Goblet squat", 2, 8, false, 12.5, 90),
                        hold("side-plank", "Side plank", 2, 30, true, 45))),
                new Block(BlockPhase.RECOVER, List.of(hold("foam-roll-calves", "Foam roll calves", 1, 60, false, 0)))));
    }

    record Decoded(List<FileIdMesg> ids, List<WorkoutMesg> workouts, List<WorkoutStepMesg> steps) {
    }

    static Decoded decode(byte[] file) {
        Decode decode = new Decode();
        assertThat(decode.checkFileIntegrity(new ByteArrayInputStream(file))).as("CRC and size").isTrue();
        Decoded decoded = new Decoded(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        MesgBroadcaster broadcaster = new MesgBroadcaster(decode);
        broadcaster.addListener((com.garmin.fit.FileIdMesgListener) decoded.ids()::add);
        broadcaster.addListener((com.garmin.fit.WorkoutMesgListener) decoded.workouts()::add);
        broadcaster.addListener((com.garmin.fit.WorkoutStepMesgListener) decoded.steps()::add);
        assertThat(new Decode().read(new ByteArrayInputStream(file), broadcaster, broadcaster)).isTrue();
        return decoded;
    }

    @Test
    void everySetIsAStepWithItsRepsOrSecondsAndARestFollowsAllButTheLast() {
        byte[] file = FitWorkoutFile.of(session(), Instant.parse("2026-11-20T10:00:00Z"),
                exercise -> TABLE.of(exercise.exerciseId(), PATTERNS.get(exercise.exerciseId())));

        Decoded decoded = decode(file);

        assertThat(decoded.ids()).singleElement().satisfies(id -> assertThat(id.getType()).isEqualTo(com.garmin.fit.File.WORKOUT));
        WorkoutMesg workout = decoded.workouts().get(0);
        assertThat(workout.getWktName()).isEqualTo("Session A 2026-11-23");
        assertThat(workout.getSport()).isEqualTo(Sport.TRAINING);
        assertThat(workout.getSubSport()).isEqualTo(SubSport.STRENGTH_TRAINING);
        List<WorkoutStepMesg> steps = decoded.steps();
        assertThat(workout.getNumValidSteps()).isEqualTo(steps.size());
        // 1 rocker + rest, squat + rest twice, plank + rest twice, foam roll (rest 0, and the last): 10 steps
        assertThat(steps).extracting(WorkoutStepMesg::getWktStepName).containsExactly(
                "Ankle rocker (each side)", "Rest", "Goblet squat", "Rest", "Goblet squat", "Rest",
                "Side plank (each side)", "Rest", "Side plank (each side)", "Rest", "Foam roll calves");
        assertThat(steps).extracting(WorkoutStepMesg::getMessageIndex).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        WorkoutStepMesg squat = steps.get(2);
        assertThat(squat.getDurationType()).isEqualTo(WktStepDuration.REPS);
        assertThat(squat.getDurationReps()).isEqualTo(8L);
        assertThat(squat.getIntensity()).isEqualTo(Intensity.ACTIVE);
        assertThat(squat.getExerciseCategory()).isEqualTo(ExerciseCategory.SQUAT);
        assertThat(squat.getExerciseName()).isEqualTo(com.garmin.fit.SquatExerciseName.GOBLET_SQUAT);
        assertThat(squat.getExerciseWeight()).isEqualTo(12.5f);
        assertThat(squat.getNotes()).startsWith("Set 1 of 2: 2 x 8 reps with 12.5 kg, rest 90 s");

        WorkoutStepMesg rest = steps.get(3);
        assertThat(rest.getIntensity()).isEqualTo(Intensity.REST);
        assertThat(rest.getDurationType()).isEqualTo(WktStepDuration.TIME);
        assertThat(rest.getDurationTime()).isEqualTo(90f);

        WorkoutStepMesg plank = steps.get(6);
        assertThat(plank.getDurationType()).isEqualTo(WktStepDuration.TIME);
        assertThat(plank.getDurationTime()).isEqualTo(30f);
        assertThat(plank.getExerciseCategory()).isEqualTo(ExerciseCategory.PLANK);

        assertThat(steps.get(0).getIntensity()).isEqualTo(Intensity.WARMUP);
        assertThat(steps.get(10).getIntensity()).isEqualTo(Intensity.COOLDOWN);
        assertThat(steps.get(10).getExerciseCategory()).as("no category for foam rolling").isNull();
    }

    @Test
    void theSamePlanGivesTheSameFile() {
        Instant generated = Instant.parse("2026-11-20T10:00:00Z");
        assertThat(FitWorkoutFile.of(session(), generated, e -> java.util.Optional.empty()))
                .isEqualTo(FitWorkoutFile.of(session(), generated, e -> java.util.Optional.empty()));
    }

    @Test
    void longTextIsCutOnACharacterBoundary() {
        String cut = FitWorkoutFile.cut("Übung ".repeat(30), FitWorkoutFile.NAME_BYTES);
        assertThat(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FitWorkoutFile.NAME_BYTES);
        assertThat(cut).startsWith("Übung Übung").endsWith("…");
    }
}
