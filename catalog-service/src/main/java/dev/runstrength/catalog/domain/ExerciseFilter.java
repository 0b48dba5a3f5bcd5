package dev.runstrength.catalog.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The catalogue's search: every criterion is optional and they combine with AND. Equipment means
 * "doable with what the runner owns"; level means "at or below".
 */
public record ExerciseFilter(
        Phase phase,
        Purpose purpose,
        String muscle,
        BodyArea bodyArea,
        Set<Equipment> equipment,
        Level level,
        Boolean unilateral,
        String text,
        StatusFilter status) {

    public enum StatusFilter { ACTIVE, RETIRED, ALL }

    public static final Comparator<Exercise> ORDER =
            Comparator.comparing((Exercise e) -> e.name().toLowerCase(Locale.ROOT)).thenComparing(Exercise::id);

    public ExerciseFilter {
        status = status == null ? StatusFilter.ACTIVE : status;
    }

    public boolean matches(Exercise exercise) {
        return statusMatches(exercise)
                && (phase == null || exercise.servesPhase(phase))
                && (purpose == null || exercise.serves(purpose))
                && (muscle == null || worksMuscle(exercise))
                && (bodyArea == null || exercise.bodyAreas().contains(bodyArea))
                && (equipment == null || exercise.isDoableWith(equipment))
                && (level == null || exercise.minLevel().atOrBelow(level))
                && (unilateral == null || exercise.unilateral() == unilateral)
                && (text == null || text.isBlank() || mentions(exercise));
    }

    /** One page of the matching exercises, ordered by name. */
    public Page apply(Collection<Exercise> exercises, int page, int size) {
        List<Exercise> matching = exercises.stream().filter(this::matches).sorted(ORDER).toList();
        int from = (int) Math.min((long) page * size, matching.size());
        int to = Math.min(from + size, matching.size());
        return new Page(matching.subList(from, to), page, size, matching.size());
    }

    public record Page(List<Exercise> items, int page, int size, int total) {
    }

    private boolean statusMatches(Exercise exercise) {
        return switch (status) {
            case ACTIVE -> exercise.status() == ExerciseStatus.ACTIVE;
            case RETIRED -> exercise.status() == ExerciseStatus.RETIRED;
            case ALL -> true;
        };
    }

    private boolean worksMuscle(Exercise exercise) {
        Predicate<String> same = id -> id.equalsIgnoreCase(muscle);
        return exercise.primaryMuscles().stream().anyMatch(same) || exercise.secondaryMuscles().stream().anyMatch(same);
    }

    private boolean mentions(Exercise exercise) {
        String needle = text.toLowerCase(Locale.ROOT).trim();
        return exercise.name().toLowerCase(Locale.ROOT).contains(needle)
                || exercise.cues().stream().anyMatch(cue -> cue.toLowerCase(Locale.ROOT).contains(needle));
    }
}
