package dev.runstrength.contracts.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A record that breaks the contract. The message names the first offending fields, e.g.
 * {@code "sessionsPerWeek: must be at most 4, was 7"}, and is fit for a dead-letter reason or a problem detail.
 */
public class ContractViolation extends RuntimeException {

    private static final int ERRORS_IN_MESSAGE = 3;

    private final transient List<FieldError> errors;

    public ContractViolation(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public static ContractViolation of(String field, String problem) {
        return new ContractViolation(List.of(new FieldError(field, problem)));
    }

    /** All errors, first found first; never empty. */
    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a contract violation needs at least one error");
        }
        String shown = errors.stream().limit(ERRORS_IN_MESSAGE).map(FieldError::toString)
                .collect(Collectors.joining("; "));
        int hidden = errors.size() - ERRORS_IN_MESSAGE;
        return hidden > 0 ? shown + " (and " + hidden + " more)" : shown;
    }
}
