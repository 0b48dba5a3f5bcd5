package dev.runstrength.tracking.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.tracking.domain.Adherence;
import dev.runstrength.tracking.domain.ExerciseProgress;
import dev.runstrength.tracking.domain.Flag;
import dev.runstrength.tracking.domain.PainWatch;
import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.domain.PlannedSession;
import dev.runstrength.tracking.domain.Prescription;
import dev.runstrength.tracking.domain.ProgressionState;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compact forms ({@link SnapshotCodec}, {@link PlanViews}) name no fields: they write each record's
 * components in a fixed order. These are the components they were written for; a component added to one
 * of these records fails here until the codec writes it too (at the end of its record's part, with
 * {@link ProgressStore#FORMAT} raised) and the list below is brought along.
 */
class CompactFormFieldsTest {

    static List<Arguments> recordsTheFormsWrite() {
        return List.of(
                Arguments.of(ProgressionState.class, List.of("runnerId", "exercises", "lastWorkoutAt", "lastSessionRpe",
                        "hardSessionsInARow", "completedSessions", "adherence", "flags", "painWatch")),
                Arguments.of(ExerciseProgress.class, List.of("exerciseId", "current", "lastDecision", "lastReason",
                        "updatedAt", "successesInARow", "failuresInARow")),
                Arguments.of(Prescription.class, List.of("exerciseId", "sets", "reps", "holdSeconds", "loadKg")),
                Arguments.of(Flag.class, List.of("type", "area", "severity", "message")),
                Arguments.of(PainWatch.class, List.of("area", "severity", "reportedAt", "clearWorkouts")),
                Arguments.of(Adherence.class, List.of("plannedSessions", "completedSessions", "rate", "streakWeeks")),
                Arguments.of(PlanView.class, List.of("planId", "generatedAt", "runnerLevel", "startsOn", "sessions")),
                Arguments.of(PlannedSession.class, List.of("planId", "sessionId", "date", "prescriptions", "blocks")));
    }

    @ParameterizedTest
    @MethodSource("recordsTheFormsWrite")
    void theCompactFormsWriteEveryComponent(Class<? extends Record> type, List<String> written) {
        List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(components)
                .as("%s changed: write the new component in SnapshotCodec / PlanViews, raise ProgressStore.FORMAT, then update this list",
                        type.getSimpleName())
                .isEqualTo(written);
    }
}
