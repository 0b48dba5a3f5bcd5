package dev.runstrength.platform.inbox;

import dev.runstrength.contracts.validation.ContractViolation;
import java.sql.SQLException;
import java.util.Set;

/**
 * What a failure to take a record in says about the record. <em>Permanent</em>: the record can never be
 * applied (it breaks the contract, the domain refuses it, the database can never store a value of it);
 * it is dead-lettered at once. <em>Transient</em>: anything else, first of all a database or broker that
 * is away; the record is valid and is never dead-lettered for it, the channel waits and tries again.
 *
 * <p>A failure that matches neither list (a bug in a handler, say) counts as transient: the channel
 * stops with readiness DOWN naming it, rather than sending a record that may well be valid to the DLQ.
 *
 * @param cause  for a permanent failure, the dead-letter cause; null for a transient one
 * @param reason for a person: the field or value at fault, or what is unavailable
 */
public record Failure(DeadLetterCause cause, String reason) {

    /** PostgreSQL's unique_violation: a duplicate, which a retry resolves (another replica was first). */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Set<String> CONTRACT_FIELDS_UNREADABLE = Set.of("value");

    public boolean permanent() {
        return cause != null;
    }

    public static Failure classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RejectedRecord rejected) {
                return new Failure(rejected.cause(), rejected.getMessage());
            }
            if (t instanceof ContractViolation violation) {
                if (violation.errors().stream().allMatch(e -> "key".equals(e.field()))) {
                    return new Failure(DeadLetterCause.MISSING_KEY, violation.getMessage());
                }
                boolean unreadable = violation.errors().stream()
                        .allMatch(e -> CONTRACT_FIELDS_UNREADABLE.contains(e.field()));
                return new Failure(unreadable ? DeadLetterCause.UNPARSEABLE : DeadLetterCause.CONTRACT,
                        violation.getMessage());
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return ofSqlState(sql);
            }
        }
        Throwable root = root(error);
        return new Failure(null, describe(root));
    }

    private static Failure ofSqlState(SQLException sql) {
        String state = sql.getSQLState();
        boolean dataException = state.startsWith("22");
        boolean integrity = state.startsWith("23") && !UNIQUE_VIOLATION.equals(state);
        if (dataException || integrity) {
            return new Failure(DeadLetterCause.UNSTORABLE, "the database cannot store it (SQLState " + state + "): "
                    + firstLine(sql.getMessage()));
        }
        // class 08 (connection), 57P01-03 (shutdown), 40001/40P01 (serialization, deadlock), 55P03 and 57014
        // (lock and statement timeouts), 53 (resources) and the rest: worth waiting for
        return new Failure(null, "database (SQLState " + state + "): " + firstLine(sql.getMessage()));
    }

    private static Throwable root(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
