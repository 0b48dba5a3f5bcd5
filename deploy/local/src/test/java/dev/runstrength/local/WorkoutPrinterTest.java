package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.contracts.events.CompletedWorkout.Performed;
import dev.runstrength.contracts.events.CompletedWorkout.PerformedSet;
import dev.runstrength.contracts.model.PainArea;
import dev.runstrength.contracts.model.Side;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkoutPrinterTest {

    @Test
    void listsEachExerciseWithItsSets() {
        var workout = new CompletedWorkout("w1", "r-1042", Instant.parse("2026-11-11T18:00:00Z"), "p1", "p1-w1-s1", 25, 6.0,
                List.of(new Performed("glute-bridge", false, List.of(new PerformedSet(10, null, null, Side.BOTH, 6.0),
                                new PerformedSet(10, null, null, Side.BOTH, 6.5)), null, null),
                        new Performed("knee-plank", false, List.of(new PerformedSet(null, 15, null, Side.BOTH, null)), null, null),
                        new Performed("lunge", false, List.of(new PerformedSet(8, null, 10.0, Side.LEFT, 7.0)), 4, PainArea.KNEE),
                        new Performed("a-skip", true, List.of(), null, null)));

        assertThat(WorkoutPrinter.render(workout)).isEqualTo("""
                Workout w1 completed 2026-11-11T18:00:00Z for session p1-w1-s1, session RPE 6
                  - glute-bridge: 10 reps (RPE 6), 10 reps (RPE 6.5)
                  - knee-plank: 15 s
                  - lunge: 8 reps @ 10.0 kg LEFT (RPE 7), pain 4/10 KNEE
                  - a-skip: skipped
                """);
    }
}
