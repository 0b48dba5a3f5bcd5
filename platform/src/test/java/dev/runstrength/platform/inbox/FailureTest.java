package dev.runstrength.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.runstrength.contracts.validation.ContractViolation;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailureTest {

    @Test
    void valuesTheDatabaseCanNeverStoreArePermanent() {
        for (String state : new String[] {"22001", "22P02", "23502", "23503", "23514"}) {
            Failure failure = Failure.classify(wrapped(new SQLException("ERROR: no", state)));
            assertThat(failure.permanent()).as(state).isTrue();
            assertThat(failure.cause()).as(state).isEqualTo(DeadLetterCause.UNSTORABLE);
            assertThat(failure.reason()).contains(state);
        }
    }

    @Test
    void anUnavailableDatabaseATimeoutAConflictOrADuplicateAreTransient() {
        for (String state : new String[] {"08001", "08006", "57P01", "57P03", "40001", "40P01", "55P03", "57014", "55000", "23505"}) {
            Failure failure = Failure.classify(wrapped(new SQLException("FATAL: away", state)));
            assertThat(failure.permanent()).as(state).isFalse();
            assertThat(failure.reason()).as(state).contains(state).contains("away");
        }
        assertThat(Failure.classify(new IllegalStateException("Sorry, acquisition timeout!")).permanent()).isFalse();
    }

    @Test
    void contractViolationsAndRefusalsArePermanentWithTheirWord() {
        assertThat(Failure.classify(ContractViolation.of("value", "not valid JSON: x")).cause()).isEqualTo(DeadLetterCause.UNPARSEABLE);
        assertThat(Failure.classify(ContractViolation.of("sessionsPerWeek", "must be at most 4, was 7")).cause())
                .isEqualTo(DeadLetterCause.CONTRACT);
        Failure refused = Failure.classify(wrapped(new RejectedRecord("workoutId: refused")));
        assertThat(refused.cause()).isEqualTo(DeadLetterCause.REFUSED);
        assertThat(refused.reason()).isEqualTo("workoutId: refused");
        assertThat(Failure.classify(new RejectedRecord(DeadLetterCause.MISSING_KEY, "key: missing")).cause())
                .isEqualTo(DeadLetterCause.MISSING_KEY);
    }

    /** As the intake sees a failure: inside the transaction's and the persistence layer's exceptions. */
    private static RuntimeException wrapped(Exception cause) {
        return new IllegalStateException("transaction failed", new RuntimeException("could not execute statement", cause));
    }
}
