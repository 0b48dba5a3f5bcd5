package dev.runstrength.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The planner's level doses (DOMAIN rule 4), as the catalogue's contact-cap rule reads them. */
class LevelDoseTest {

    @ParameterizedTest(name = "{0}: {1}-{2} reps -> {3} x {4}")
    @CsvSource({
            "BEGINNER, 12, 15, 2, 12", "INTERMEDIATE, 12, 15, 3, 13", "ADVANCED, 12, 15, 3, 15",
            "INTERMEDIATE, 15, 20, 3, 17"})
    void repsFromTheRange(Level level, int min, int max, int sets, int reps) {
        Prescription dose = new Prescription(3, min, max, null, false, null, 60, null);
        assertThat(LevelDose.sets(level)).isEqualTo(sets);
        assertThat(LevelDose.amount(dose, level)).isEqualTo(reps);
    }

    @ParameterizedTest(name = "{0}: {1} s hold -> {2} s")
    @CsvSource({"BEGINNER, 30, 20", "INTERMEDIATE, 30, 30", "ADVANCED, 30, 40", "BEGINNER, 10, 10", "ADVANCED, 45, 60"})
    void holdsAroundTheMiddle(Level level, int hold, int seconds) {
        Prescription dose = new Prescription(3, null, null, hold, false, null, 30, null);
        assertThat(LevelDose.amount(dose, level)).isEqualTo(seconds);
    }
}
