package dev.runstrength.catalog.domain;

/** One broken integrity rule: the offending field and a message naming expected and received. */
public record Violation(String field, String message) {

    public static Violation of(String field, String expected, Object received) {
        return new Violation(field, field + ": expected " + expected + ", received " + render(received));
    }

    private static String render(Object received) {
        if (received == null) {
            return "null";
        }
        return received instanceof String text ? "'" + text + "'" : String.valueOf(received);
    }

    @Override
    public String toString() {
        return message;
    }
}
