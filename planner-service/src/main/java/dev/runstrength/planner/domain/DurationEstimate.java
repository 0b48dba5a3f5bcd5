package dev.runstrength.planner.domain;

/**
 * The documented duration formula (DOMAIN rule 2). Per exercise, in seconds:
 * <pre>
 *   sets x (reps x secondsPerRep  |  holdSeconds) x (2 if perSide else 1)
 *   + (sets - 1) x restSeconds
 *   + TRANSITION_SECONDS
 * </pre>
 * secondsPerRep is the catalogue's figure, or the prescribed tempo's total when that is longer
 * (a slow-lowering tempo makes every rep longer). A session's estimatedMinutes is
 * ceil(sum / 60).
 */
public final class DurationEstimate {

    /** Setting up, reading the next exercise, moving between sides of the room. */
    public static final int TRANSITION_SECONDS = 15;

    private DurationEstimate() {
    }

    public static int seconds(int sets, Integer reps, Integer holdSeconds, boolean perSide,
                              int restSeconds, int secondsPerRep) {
        int perSet = reps != null ? reps * secondsPerRep : holdSeconds;
        int sides = perSide ? 2 : 1;
        return sets * perSet * sides + (sets - 1) * restSeconds + TRANSITION_SECONDS;
    }

    /** The estimate of one prescribed exercise; secondsPerRep is the catalogue's. */
    public static int seconds(PrescribedExercise exercise, int catalogueSecondsPerRep) {
        return seconds(exercise.sets(), exercise.reps(), exercise.holdSeconds(), exercise.perSide(),
                exercise.restSeconds(), secondsPerRep(exercise.tempo(), catalogueSecondsPerRep));
    }

    public static int secondsPerRep(String tempo, int catalogueSecondsPerRep) {
        return Math.max(catalogueSecondsPerRep, tempoSeconds(tempo));
    }

    /** Total of a tempo like "3-0-1-0"; an X (explosive) counts 1 s; 0 when there is no readable tempo. */
    public static int tempoSeconds(String tempo) {
        if (tempo == null || tempo.isBlank()) {
            return 0;
        }
        int total = 0;
        int part = 0;
        int digits = 0;
        for (int i = 0; i <= tempo.length(); i++) {
            char c = i < tempo.length() ? tempo.charAt(i) : '-';
            if (c == '-') {
                if (digits == 0) {
                    return 0;
                }
                total += part;
                part = 0;
                digits = 0;
            } else if (c == 'x' || c == 'X') {
                part = 1;
                digits = 1;
            } else if (c >= '0' && c <= '9' && digits < 2) {
                part = part * 10 + (c - '0');
                digits++;
            } else if (c != ' ') {
                return 0;
            }
        }
        return total;
    }

    public static int minutes(int totalSeconds) {
        return (totalSeconds + 59) / 60;
    }
}
