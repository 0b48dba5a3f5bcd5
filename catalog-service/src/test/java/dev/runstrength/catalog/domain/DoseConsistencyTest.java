package dev.runstrength.catalog.domain;

import static dev.runstrength.catalog.domain.ExerciseBuilder.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DoseConsistencyTest {

    private final DoseConsistency rule = new DoseConsistency();

    private List<Violation> check(ExerciseBuilder builder) {
        return rule.check(builder.build(), Map.of());
    }

    @Test
    void acceptsARepsRangeAndAHold() {
        assertThat(check(exercise("a").reps(3, 10, 15))).isEmpty();
        assertThat(check(exercise("a").hold(3, 30).secondsPerRep(0))).isEmpty();
    }

    @Test
    void acceptsAFixedRepCount() {
        assertThat(check(exercise("a").reps(3, 15, 15))).isEmpty();
    }

    @Test
    void rejectsBothRepsAndHold() {
        ExerciseBuilder both = exercise("a").prescription(new Prescription(3, 10, 15, 30, false, null, 60, null));
        assertThat(check(both)).extracting(Violation::field).containsExactly("prescription");
        assertThat(check(both).get(0).message())
                .contains("expected exactly one of repsMin+repsMax or holdSeconds")
                .contains("repsMin=10, repsMax=15, holdSeconds=30");
    }

    @Test
    void rejectsNeitherRepsNorHold() {
        assertThat(check(exercise("a").reps(3, null, null))).extracting(Violation::field).containsExactly("prescription");
    }

    @Test
    void rejectsHalfARange() {
        assertThat(check(exercise("a").reps(3, 10, null))).extracting(Violation::field).containsExactly("prescription");
    }

    @Test
    void rejectsAnUpsideDownRange() {
        assertThat(check(exercise("a").reps(3, 15, 10)))
                .singleElement()
                .satisfies(violation -> assertThat(violation.message())
                        .isEqualTo("prescription.repsMax: expected at least repsMin (15), received 10"));
    }

    @Test
    void rejectsZeroSetsRepsAndHold() {
        assertThat(check(exercise("a").reps(0, 10, 15))).extracting(Violation::field).containsExactly("prescription.sets");
        assertThat(check(exercise("a").reps(3, 0, 15))).extracting(Violation::field).containsExactly("prescription.repsMin");
        assertThat(check(exercise("a").hold(3, 0))).extracting(Violation::field).containsExactly("prescription.holdSeconds");
    }

    @Test
    void rejectsLoadOnANonLoadableExerciseButAcceptsItOnALoadableOne() {
        assertThat(check(exercise("a").load(8.0))).extracting(Violation::field).containsExactly("prescription.loadKg");
        assertThat(check(exercise("a").load(8.0).loadable(true))).isEmpty();
        assertThat(check(exercise("a").load(0.0).loadable(true))).extracting(Violation::field)
                .containsExactly("prescription.loadKg");
    }

    @Test
    void repsWorkNeedsTimePerRep() {
        assertThat(check(exercise("a").reps(3, 10, 15).secondsPerRep(0))).extracting(Violation::field)
                .containsExactly("secondsPerRep");
        assertThat(check(exercise("a").reps(3, 10, 15).secondsPerRep(1))).isEmpty();
    }

    @Test
    void rejectsNegativeRestAndFootContacts() {
        ExerciseBuilder negativeRest = exercise("a").prescription(new Prescription(3, 10, 15, null, false, null, -1, null));
        assertThat(check(negativeRest)).extracting(Violation::field).containsExactly("prescription.restSeconds");
        assertThat(check(exercise("a").footContactsPerRep(-1))).extracting(Violation::field)
                .containsExactly("footContactsPerRep");
    }
}
