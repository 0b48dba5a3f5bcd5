package dev.runstrength.platform.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads query parameters with errors a client can act on: a wrong value is a 400 that names the
 * parameter, says what was expected and what arrived (never a 404 or 500 from a failed conversion).
 */
public final class Params {

    /** The contract's runnerId: 1-64 characters of A-Za-z0-9._:- */
    public static final Pattern RUNNER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Longest free-text query parameter accepted (a search term, a muscle id). */
    public static final int MAX_TEXT = 200;
    /** How much of a wrong value a detail repeats; the rest is cut. */
    private static final int ECHO = 100;

    private Params() {
    }

    /** A runner id from the path; anything else (a NUL byte, a slash, 65 characters) is a 400 naming it. */
    public static String runnerId(String raw) {
        return id("runnerId", raw, RUNNER_ID, "1-64 characters of A-Za-z0-9._:-");
    }

    /** An id from the path that must match {@code pattern}; {@code expected} says what it should look like. */
    public static String id(String name, String raw, Pattern pattern, String expected) {
        if (raw == null || !pattern.matcher(raw).matches()) {
            throw ProblemException.badRequest(name + ": expected " + expected + ", was " + echo(raw));
        }
        return raw;
    }

    /** Free text from a query parameter: at most {@value #MAX_TEXT} characters, no control characters. */
    public static String text(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_TEXT) {
            throw ProblemException.badRequest(name + ": expected at most " + MAX_TEXT + " characters, was " + raw.length());
        }
        if (raw.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest(name + ": expected text without control characters, was " + echo(raw));
        }
        return raw.trim();
    }

    /** A value quoted for a problem detail: control characters escaped, long values cut. */
    public static String echo(String raw) {
        if (raw == null) {
            return "nothing";
        }
        StringBuilder quoted = new StringBuilder("'");
        raw.codePoints().limit(ECHO).forEach(c -> {
            if (Character.isISOControl(c)) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        quoted.append('\'');
        if (raw.codePointCount(0, raw.length()) > ECHO) {
            quoted.append("... (").append(raw.length()).append(" characters)");
        }
        return quoted.toString();
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name + ": expected one of " + Arrays.toString(type.getEnumConstants())
                    + ", was " + echo(raw));
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
            throw ProblemException.badRequest(name + ": expected a whole number, was " + echo(raw));
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
            default -> throw ProblemException.badRequest(name + ": expected true or false, was " + echo(raw));
        };
    }

    /** Page numbers start at 0; sizes are 1-200 and default to 50, on every paged endpoint. */
    public static PageRequest page(String page, String size) {
        return new PageRequest(intValue("page", page, 0, 0, Integer.MAX_VALUE / 200), intValue("size", size, 50, 1, 200));
    }

    public record PageRequest(int page, int size) {
    }
}
