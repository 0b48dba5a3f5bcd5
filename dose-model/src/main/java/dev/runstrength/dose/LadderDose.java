package dev.runstrength.dose;

/**
 * The dose on the other rung after a move along an exercise's ladder.
 * <ul>
 * <li>{@link #entry}, moving up: the level's sets at the bottom of the harder exercise's range. Its
 * load: ADVANCED the catalogue load, INTERMEDIATE the lightest load of its implement (the weighted
 * variation is the step up, the lightest dumbbell the way in), BEGINNER none.</li>
 * <li>{@link #exit}, stepping back (the mirror): the cap of the easier exercise's range, the level's
 * sets or the current ones, whichever is fewer (a step back never adds sets), and the level dose's
 * load.</li>
 * <li>PREPARE and RECOVER work keeps its sets (rounds) on the new rung and carries no load: it moves
 * along its ladder but never gains a set.</li>
 * </ul>
 */
public final class LadderDose {

    private LadderDose() {
    }

    public static Dose entry(CatalogueDose next, Level level) {
        DoseRange range = next.range();
        Dose dose = next.countsHold()
                ? Dose.ofHold(LevelDose.sets(level), range.bottom())
                : Dose.ofReps(LevelDose.sets(level), range.bottom());
        return dose.withLoad(entryLoad(next, level));
    }

    public static Dose exit(CatalogueDose previous, Level level, int currentSets) {
        DoseRange range = previous.range();
        int sets = Math.max(1, Math.min(LevelDose.sets(level), currentSets));
        Dose dose = previous.countsHold() ? Dose.ofHold(sets, range.cap()) : Dose.ofReps(sets, range.cap());
        return dose.withLoad(LevelDose.load(previous, level));
    }

    /** {@link #entry} for work in this block: support work keeps its current sets and takes no load. */
    public static Dose entry(CatalogueDose next, Level level, BlockPhase phase, int currentSets) {
        Dose entry = entry(next, level);
        return phase.isSupport() ? entry.withSets(Math.max(1, currentSets)).withLoad(null) : entry;
    }

    /** {@link #exit} for work in this block: support work takes no load. */
    public static Dose exit(CatalogueDose previous, Level level, BlockPhase phase, int currentSets) {
        Dose exit = exit(previous, level, currentSets);
        return phase.isSupport() ? exit.withLoad(null) : exit;
    }

    static Double entryLoad(CatalogueDose next, Level level) {
        if (!DoseSteps.takesLoad(next, level)) {
            return null;
        }
        if (level == Level.ADVANCED && next.loadKg() != null) {
            return next.loadKg();
        }
        return next.implement().lightestKg();
    }
}
