package dev.runstrength.contracts.validation;

/**
 * One thing wrong with a record. {@code field} is a JSON pointer into the data without its leading slash
 * ({@code painAreas/0/severity}), a CloudEvents attribute ({@code ce_id}), {@code key}, {@code value}, or
 * {@code data} for the data object as a whole. {@code problem} says what was expected and what was received.
 */
public record FieldError(String field, String problem) {

    /** The field as an RFC 6901 JSON pointer, e.g. {@code /painAreas/0/severity}. */
    public String pointer() {
        return "data".equals(field) ? "" : "/" + field;
    }

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
