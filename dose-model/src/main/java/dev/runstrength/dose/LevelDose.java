package dev.runstrength.dose;

/**
 * The week-1 dose for a runner's level (DOMAIN rule 4), from the catalogue's reference dose (seed doses
 * 15x3 calf raise, 10-15x3 split squat, 5-8 each side lunge circuit):
 * <ul>
 * <li>BEGINNER: 2 sets at the {@link DoseRange#bottom() bottom} of the range, no load.</li>
 * <li>INTERMEDIATE: 3 sets in the {@link DoseRange#middle() middle}, no load: an intermediate earns load
 * through double progression (see {@link DoseSteps}), from the lightest load of the implement.</li>
 * <li>ADVANCED: 3 sets at the {@link DoseRange#top() top}, with the catalogue load on an exercise
 * that takes load.</li>
 * </ul>
 */
public final class LevelDose {

    public static final int BEGINNER_SETS = 2;
    public static final int SETS = 3;

    private LevelDose() {
    }

    public static int sets(Level level) {
        return level == Level.BEGINNER ? BEGINNER_SETS : SETS;
    }

    /** Reps or hold seconds for this level. */
    public static int amount(DoseRange range, Level level) {
        return switch (level) {
            case BEGINNER -> range.bottom();
            case INTERMEDIATE -> range.middle();
            case ADVANCED -> range.top();
        };
    }

    /** The catalogue load for an ADVANCED runner on an exercise that takes load; otherwise none. */
    public static Double load(CatalogueDose reference, Level level) {
        return level == Level.ADVANCED && reference.loadable() ? reference.loadKg() : null;
    }

    public static Dose of(CatalogueDose reference, Level level) {
        int amount = amount(reference.range(), level);
        Dose dose = reference.countsHold() ? Dose.ofHold(sets(level), amount) : Dose.ofReps(sets(level), amount);
        return dose.withLoad(load(reference, level));
    }
}
