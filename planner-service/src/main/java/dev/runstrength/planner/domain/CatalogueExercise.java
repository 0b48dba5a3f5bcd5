package dev.runstrength.planner.domain;

import dev.runstrength.dose.CatalogueDose;
import dev.runstrength.dose.Dose;
import dev.runstrength.dose.HeavyLiftDose;
import dev.runstrength.dose.Implement;
import dev.runstrength.dose.LevelDose;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One catalogue exercise with what planning needs. Muscle ids are already resolved to their
 * groups: primaryGroups from primaryMuscles, secondaryGroups from secondaryMuscles. {@code loads}
 * says how much the exercise stresses each pain area (contract v1.1); {@code kneeling} that it puts
 * body weight on a knee. {@code reference} is derived: the catalogue prescription as the shared dose model
 * reads it (range, load, and the implement carrying the load).
 * <p>
 * The facts several rules need about an exercise (is it a jump, a foot strike, a compound lift, a
 * lunge) live here, so the rules ask the exercise and never each other.
 */
public record CatalogueExercise(
        String id,
        String name,
        ExerciseStatus status,
        Set<BlockPhase> phases,
        List<Purpose> purposes,
        Set<MuscleGroup> primaryGroups,
        Set<MuscleGroup> secondaryGroups,
        Level minLevel,
        boolean unilateral,
        Set<Equipment> equipment,
        Impact impact,
        CataloguePrescription prescription,
        Set<PainArea> contraindications,
        List<String> progressions,
        List<String> regressions,
        List<String> cues,
        List<String> cautions,
        Pattern pattern,
        boolean loadable,
        int footContactsPerRep,
        int secondsPerRep,
        boolean deepKneeFlexion,
        Map<PainArea, LoadLevel> loads,
        boolean kneeling,
        CatalogueDose reference) {

    /** The leg groups a lower-body compound works at least two of. */
    private static final Set<MuscleGroup> LEG_GROUPS = EnumSet.of(MuscleGroup.GLUTES, MuscleGroup.QUADS,
            MuscleGroup.HAMSTRINGS);

    public CatalogueExercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        status = status == null ? ExerciseStatus.ACTIVE : status;
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException(id + ": phases must not be empty");
        }
        if (purposes == null || purposes.isEmpty()) {
            throw new IllegalArgumentException(id + ": purposes must not be empty");
        }
        phases = Set.copyOf(EnumSet.copyOf(phases));
        purposes = List.copyOf(purposes);
        primaryGroups = copy(primaryGroups, MuscleGroup.class);
        secondaryGroups = copy(secondaryGroups, MuscleGroup.class);
        Objects.requireNonNull(minLevel, id + ": minLevel");
        equipment = copy(equipment, Equipment.class);
        impact = impact == null ? Impact.NONE : impact;
        Objects.requireNonNull(prescription, id + ": prescription");
        contraindications = copy(contraindications, PainArea.class);
        progressions = progressions == null ? List.of() : List.copyOf(progressions);
        regressions = regressions == null ? List.of() : List.copyOf(regressions);
        cues = cues == null ? List.of() : List.copyOf(cues);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        pattern = pattern == null ? Pattern.CORE : pattern;
        // 3 s a rep (slow down, quick up) when the catalogue gives no figure
        secondsPerRep = secondsPerRep <= 0 ? 3 : secondsPerRep;
        footContactsPerRep = Math.max(0, footContactsPerRep);
        Map<PainArea, LoadLevel> l = new EnumMap<>(PainArea.class);
        if (loads != null) {
            l.putAll(loads);
        }
        // a kneeling exercise loads the knee however the catalogue entry was written (contract v1.1)
        if (kneeling) {
            l.put(PainArea.KNEE, LoadLevel.HIGH);
        }
        loads = Map.copyOf(l);
        // derived, worked out once: every dose of the plan asks for it
        reference = new CatalogueDose(prescription.repsMin(), prescription.repsMax(), prescription.holdSeconds(),
                prescription.loadKg(), loadable, Implement.carrying(equipment.stream().map(Enum::name).toList()));
    }

    /** An exercise as the catalogue gives it; its dose model reference is derived. */
    public CatalogueExercise(String id, String name, ExerciseStatus status, Set<BlockPhase> phases, List<Purpose> purposes,
                           Set<MuscleGroup> primaryGroups, Set<MuscleGroup> secondaryGroups, Level minLevel, boolean unilateral,
                           Set<Equipment> equipment, Impact impact, CataloguePrescription prescription,
                           Set<PainArea> contraindications, List<String> progressions, List<String> regressions,
                           List<String> cues, List<String> cautions, Pattern pattern, boolean loadable, int footContactsPerRep,
                           int secondsPerRep, boolean deepKneeFlexion, Map<PainArea, LoadLevel> loads, boolean kneeling) {
        this(id, name, status, phases, purposes, primaryGroups, secondaryGroups, minLevel, unilateral, equipment, impact,
                prescription, contraindications, progressions, regressions, cues, cautions, pattern, loadable,
                footContactsPerRep, secondsPerRep, deepKneeFlexion, loads, kneeling, null);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
    }

    /** The week-1 strength dose of this exercise for a runner of {@code level} (shared dose model, DOMAIN rule 4). */
    public Dose levelDose(Level level) {
        return LevelDose.of(reference, level.toDose());
    }

    /** The level dose's load: the catalogue load for ADVANCED on a loadable exercise, else none. */
    public Double levelLoadKg(Level level) {
        return LevelDose.load(reference, level.toDose());
    }

    /** Whether {@code to} (tracking's dose) is one this exercise can be given as a heavy main lift at {@code level}. */
    public boolean takesAsHeavyLift(Level level, Dose to) {
        Optional<HeavyLiftDose> h = HeavyLiftDose.forLevel(level.toDose());
        if (h.isEmpty() || to.countsHold() || to.sets() < 1 || to.sets() > h.get().setsMax()) {
            return false;
        }
        int low = Math.min(h.get().repsMin(), reference.range().bottom());
        int high = Math.max(h.get().repsMax(), reference.range().cap());
        return to.reps() >= low && to.reps() <= high
                && (!to.loaded() || reference.implement().offers(to.loadKg()));
    }

    public boolean isActive() {
        return status == ExerciseStatus.ACTIVE;
    }

    public boolean hasPurpose(Purpose purpose) {
        return purposes.contains(purpose);
    }

    public boolean servesPhase(BlockPhase phase) {
        return phases.contains(phase);
    }

    public Purpose mainPurpose() {
        return purposes.get(0);
    }

    public boolean covers(MuscleGroup group) {
        return primaryGroups.contains(group);
    }

    /** How much the exercise loads a pain area; null when it does not load it. */
    public LoadLevel load(PainArea area) {
        return loads.get(area);
    }

    /** PLYOMETRIC purpose or HIGH impact (DOMAIN rule 6). */
    public boolean isPlyometric() {
        return hasPurpose(Purpose.PLYOMETRIC) || impact == Impact.HIGH;
    }

    /** A jump: foot contacts counted per rep, or plyometric. */
    public boolean isJump() {
        return footContactsPerRep > 0 || isPlyometric();
    }

    /**
     * Work that strikes the ground with the foot (DOMAIN rules 5 and 6, v1.1): jumps, hops and rope, and the
     * swiftness drills (skips, dribbles), which are short foot strikes even when their impact is rated low.
     */
    public boolean isFootStrike() {
        return isJump() || hasPurpose(Purpose.SWIFTNESS);
    }

    /** An explosive push-off from the foot (explosive step-up, squat and box jumps), not a planted-foot swing. */
    public boolean isExplosivePushOff() {
        return hasPurpose(Purpose.EXPLOSIVE) && pattern == Pattern.PLYOMETRIC;
    }

    /**
     * What avoiding jumps, foot-chain pain and severe pain all keep out (DOMAIN rules 5 and 6): a foot strike or an
     * explosive push-off.
     */
    public boolean isFootStrikeOrExplosivePushOff() {
        return isFootStrike() || isExplosivePushOff();
    }

    /** Power work: a plyometric or explosive main purpose, or the PLYOMETRIC pattern (DOMAIN rule 7). */
    public boolean isPower() {
        return pattern == Pattern.PLYOMETRIC || mainPurpose().isPower() || hasPurpose(Purpose.PLYOMETRIC);
    }

    /**
     * A lower-body compound (DOMAIN rule 8, v1.1): a squat, lunge or hinge pattern that works at least two of
     * glutes, quads and hamstrings and is not power work. A Nordic curl (hamstrings alone) or a wall sit
     * (quads alone) is not one.
     */
    public boolean isCompound() {
        if (!(pattern == Pattern.SQUAT || pattern == Pattern.LUNGE || pattern == Pattern.HINGE) || isPower()) {
            return false;
        }
        return primaryGroups.stream().filter(LEG_GROUPS::contains).count() >= 2;
    }

    /**
     * A lunge or split squat (DOMAIN rule 5: none with knee pain of 3 or more, even at body weight): the lunge
     * pattern without a step, which is every lunge and split squat of the catalogue, or a name that says so.
     */
    public boolean isLungeOrSplitSquat() {
        boolean named = says("lunge") || says("split");
        return named || (pattern == Pattern.LUNGE && !equipment.contains(Equipment.STEP) && !equipment.contains(Equipment.BOX));
    }

    /** A calf or heel raise (the foot-chain rule's toe-level and slow-lowering care). */
    public boolean isCalfRaise() {
        return says("calf raise") || says("heel raise");
    }

    /**
     * Whether the id or the name holds the phrase (lower case, words apart by a space), ignoring case and reading
     * a hyphen as a space. Allocation-free: the pain rules ask it for every prescription of every plan.
     */
    private boolean says(String phrase) {
        return holds(id, phrase) || holds(name, phrase);
    }

    private static boolean holds(String text, String phrase) {
        int last = text.length() - phrase.length();
        for (int start = 0; start <= last; start++) {
            int i = 0;
            while (i < phrase.length() && sameLetter(text.charAt(start + i), phrase.charAt(i))) {
                i++;
            }
            if (i == phrase.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLetter(char inText, char inPhrase) {
        char c = inText == '-' ? ' ' : Character.toLowerCase(inText);
        return c == inPhrase;
    }

    /** Quad work a hurting knee tolerates well: isometric and shallow squats (holds, box squats) and low steps. */
    public boolean isKneeFriendlyQuadWork() {
        return covers(MuscleGroup.QUADS) && (pattern == Pattern.SQUAT || pattern == Pattern.LUNGE)
                && !isPower() && !deepKneeFlexion && !isLungeOrSplitSquat();
    }

    /** A hinge that takes added load (deadlifts, swings): high posterior-chain and lower-back work. */
    public boolean isLoadedHinge() {
        return pattern == Pattern.HINGE && loadable;
    }

    public boolean isHinge() {
        return pattern == Pattern.HINGE || pattern == Pattern.HIP;
    }

    public boolean isRotation() {
        return hasPurpose(Purpose.ROTATION) || pattern == Pattern.ROTATION;
    }

}
