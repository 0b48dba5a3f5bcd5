package dev.runstrength.platform.rest;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads query parameters with errors a client can act on: a wrong value is a 400 that names the
 * parameter, says what was expected and what arrived (never a 404 or 500 from a failed conversion).
 */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name + ": expected one of " + Arrays.toString(type.getEnumConstants())
                    + ", was '" + raw + "'");
        }
    }

    public static int intValue(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + ": expected a whole number, was '" + raw + "'");
        }
        if (value < min || value > max) {
            throw ProblemException.badRequest(name + ": expected " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    public static Boolean booleanValue(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(name + ": expected true or false, was '" + raw + "'");
        };
    }

    /** Page numbers start at 0; sizes are 1-200 and default to 50, on every paged endpoint. */
    public static PageRequest page(String page, String size) {
        return new PageRequest(intValue("page", page, 0, 0, Integer.MAX_VALUE / 200), intValue("size", size, 50, 1, 200));
    }

    public record PageRequest(int page, int size) {
    }
}
