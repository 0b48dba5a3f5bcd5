package dev.runstrength.planner.domain;

/** A catalogue tempo such as "3-0-1-0": lowering, pause, lifting, pause, in seconds. */
public final class Tempo {

    private Tempo() {
    }

    /** Seconds of the lowering part of a tempo ("3-0-1-0": 3), 0 when there is none. */
    public static int lowering(String tempo) {
        if (tempo == null || tempo.isEmpty() || !Character.isDigit(tempo.charAt(0))) {
            return 0;
        }
        int dash = tempo.indexOf('-');
        try {
            return Integer.parseInt(dash < 0 ? tempo : tempo.substring(0, dash));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
