package dev.runstrength.tracking.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * DOMAIN "Tracking and progression", v1.1: a PAIN flag carries the reported severity, and it stays in
 * every later update until {@value #CLEAR_WORKOUTS} workouts in a row load that area with pain of
 * {@value #CLEAR_AT_MOST}/10 or less (the "acceptable" band of the Silbernagel pain-monitoring model
 * starts at 0-3; 2 leaves a margin, and two sessions rule out one lucky day).
 * <ul>
 * <li>A workout loads an area when it holds a performed (not skipped) exercise that loads it
 * ({@link ExerciseInfo#loadsArea}) or one whose pain the runner placed there. Workouts that do not
 * load the area neither count nor break the run: they say nothing about it.</li>
 * <li>Its pain for the area: the highest pain reported there, counting a report that names the area
 * and a report without an area on an exercise that loads it (a report naming another area is about
 * that area).</li>
 * <li>Pain above {@value #CLEAR_AT_MOST} in a watched area, or a new flag there, restarts the count and
 * its severity becomes the one just reported.</li>
 * </ul>
 * A workout that raises a PAIN flag for an area carries that flag; otherwise the flag of a watched area
 * is carried with a message saying what it waits for.
 */
public final class PainClearance {

    public static final int CLEAR_AT_MOST = 2;
    public static final int CLEAR_WORKOUTS = 2;

    private PainClearance() {
    }

    /** The areas watched after a workout, and the PAIN flags it carries for them beyond those it raised. */
    public record Result(SortedMap<PainArea, PainWatch> watched, List<Flag> carried) {

        public Result {
            watched = Collections.unmodifiableSortedMap(new TreeMap<>(watched));
            carried = List.copyOf(carried);
        }
    }

    /**
     * @param raised    the flags this workout raised (PAIN flags with an area open or renew a watch)
     * @param performed the workout's exercises, merged by id
     */
    public static Result after(SortedMap<PainArea, PainWatch> before, Workout workout, List<PerformedExercise> performed,
                               CatalogueView catalogue, List<Flag> raised) {
        Map<PainArea, Integer> fresh = new EnumMap<>(PainArea.class);
        for (Flag flag : raised) {
            if (flag.type() == FlagType.PAIN && flag.area() != null && flag.severity() != null) {
                fresh.merge(flag.area(), flag.severity(), Math::max);
            }
        }
        TreeMap<PainArea, PainWatch> watched = new TreeMap<>(before);
        fresh.forEach((area, severity) -> watched.put(area, new PainWatch(area, severity, workout.completedAt(), 0)));
        for (PainWatch watch : before.values()) {
            if (fresh.containsKey(watch.area())) {
                continue;
            }
            Evidence evidence = evidence(watch.area(), performed, catalogue);
            if (evidence.pain() > CLEAR_AT_MOST) {
                watched.put(watch.area(), new PainWatch(watch.area(), evidence.pain(), workout.completedAt(), 0));
            } else if (evidence.loaded()) {
                int clear = watch.clearWorkouts() + 1;
                if (clear >= CLEAR_WORKOUTS) {
                    watched.remove(watch.area());
                } else {
                    watched.put(watch.area(), new PainWatch(watch.area(), watch.severity(), watch.reportedAt(), clear));
                }
            }
        }
        List<Flag> carried = new ArrayList<>();
        for (PainWatch watch : watched.values()) {
            if (!fresh.containsKey(watch.area())) {
                carried.add(new Flag(FlagType.PAIN, watch.area(), watch.severity(), message(watch)));
            }
        }
        return new Result(watched, carried);
    }

    private record Evidence(boolean loaded, int pain) {
    }

    private static Evidence evidence(PainArea area, List<PerformedExercise> performed, CatalogueView catalogue) {
        boolean loaded = false;
        int pain = 0;
        for (PerformedExercise p : performed) {
            boolean loads = !p.skipped() && catalogue.find(p.exerciseId()).map(e -> e.loadsArea(area)).orElse(false);
            if (p.painArea() == area) {
                pain = Math.max(pain, p.pain());
                loaded |= !p.skipped();
            } else if (p.painArea() == null && loads) {
                pain = Math.max(pain, p.pain());
            }
            loaded |= loads;
        }
        return new Evidence(loaded, pain);
    }

    static String message(PainWatch watch) {
        String area = watch.area() == PainArea.ACHILLES ? "Achilles"
                : watch.area().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return "Your " + area + " pain (" + watch.severity() + "/10 on "
                + LocalDate.ofInstant(watch.reportedAt(), ZoneOffset.UTC) + ") is still being watched: the flag clears after "
                + CLEAR_WORKOUTS + " workouts in a row that load the " + area + " with pain " + CLEAR_AT_MOST
                + "/10 or less (" + watch.clearWorkouts() + " so far).";
    }
}
