package dev.runstrength.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.events.Prescription;
import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.contracts.events.ProgressionUpdate.Adherence;
import dev.runstrength.contracts.events.ProgressionUpdate.Change;
import dev.runstrength.contracts.events.ProgressionUpdate.Flag;
import dev.runstrength.contracts.model.Decision;
import dev.runstrength.contracts.model.FlagType;
import dev.runstrength.contracts.model.PainArea;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressionPrinterTest {

    private static final Instant AT = Instant.parse("2026-11-18T18:00:00Z");

    @Test
    void printsEachDecisionWithFromToAndReasonThenAdherenceAndFlags() {
        var update = new ProgressionUpdate("r-1042", "w2", AT,
                List.of(new Change("glute-bridge", Decision.PROGRESS, new Prescription("glute-bridge", 2, 11, null, null),
                                new Prescription("glute-bridge", 2, 12, null, null), "Two strong sessions in a row: reps 11 -> 12."),
                        new Change("knee-plank", Decision.HOLD, new Prescription("knee-plank", 2, null, 15, null),
                                new Prescription("knee-plank", 2, null, 15, null), "Keep 2 x 15 s.")),
                new Adherence(3, 2, 2.0 / 3, 0),
                List.of(new Flag(FlagType.PAIN, PainArea.KNEE, "Knee pain 5/10: hold the dose.")));

        assertThat(ProgressionPrinter.render(update)).isEqualTo("""
                Progression for r-1042 after workout w2 (2026-11-18T18:00:00Z)
                  PROGRESS glute-bridge: 2x11 -> 2x12
                           Two strong sessions in a row: reps 11 -> 12.
                  HOLD     knee-plank: 2x15s -> 2x15s
                           Keep 2 x 15 s.
                  Adherence: 2 of 3 planned sessions so far done (67 %), 0 weeks in a row complete
                  Flags:
                    PAIN (KNEE): Knee pain 5/10: hold the dose.
                """);
    }

    @Test
    void aLadderMoveNamesBothExercises() {
        var change = new Change("double-leg-calf-raise", Decision.PROGRESS,
                new Prescription("double-leg-calf-raise", 2, 25, null, null),
                new Prescription("single-leg-calf-raise", 2, 8, null, null), "At the top of the range: move up.");

        assertThat(ProgressionPrinter.move(change))
                .isEqualTo("double-leg-calf-raise 2x25 -> single-leg-calf-raise 2x8 (ladder move)");
    }

    @Test
    void noFlagsAndOneWeekReadNaturally() {
        var update = new ProgressionUpdate("r-1042", "w1", AT, List.of(), new Adherence(2, 2, 1.0, 1), List.of());

        assertThat(ProgressionPrinter.render(update))
                .contains("Adherence: 2 of 2 planned sessions so far done (100 %), 1 week in a row complete", "Flags: none");
    }
}
