package dev.runstrength.planner.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Small hand-made exercises for unit tests. */
final class Exercises {

    private String id;
    private Set<BlockPhase> phases = EnumSet.of(BlockPhase.STRENGTHEN);
    private List<Purpose> purposes = new ArrayList<>(List.of(Purpose.STRENGTH));
    private Set<MuscleGroup> groups = EnumSet.of(MuscleGroup.GLUTES);
    private Level minLevel = Level.BEGINNER;
    private boolean unilateral;
    private Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
    private Impact impact = Impact.NONE;
    private CataloguePrescription prescription = new CataloguePrescription(3, 10, 15, null, false, null, 60, null);
    private Set<PainArea> contraindications = EnumSet.noneOf(PainArea.class);
    private List<String> regressions = List.of();
    private Pattern pattern = Pattern.SQUAT;
    private boolean loadable;
    private int footContacts;
    private int secondsPerRep = 3;
    private boolean deepKnee;
    private ExerciseStatus status = ExerciseStatus.ACTIVE;
    private final java.util.Map<PainArea, LoadLevel> loads = new java.util.EnumMap<>(PainArea.class);
    private boolean kneeling;
    private List<String> progressions = List.of();
    private List<String> cautions = List.of();

    static Exercises exercise(String id) {
        Exercises b = new Exercises();
        b.id = id;
        return b;
    }

    Exercises phases(BlockPhase... p) { phases = EnumSet.of(p[0], p); return this; }
    Exercises purposes(Purpose... p) { purposes = List.of(p); return this; }
    Exercises groups(MuscleGroup... g) { groups = EnumSet.of(g[0], g); return this; }
    Exercises level(Level l) { minLevel = l; return this; }
    Exercises unilateral() { unilateral = true; return this; }
    Exercises equipment(Equipment... e) { equipment = EnumSet.of(e[0], e); return this; }
    Exercises impact(Impact i) { impact = i; return this; }
    Exercises reps(int min, int max) { prescription = new CataloguePrescription(3, min, max, null, prescription.perSide(), prescription.tempo(), prescription.restSeconds(), prescription.loadKg()); return this; }
    Exercises hold(int seconds) { prescription = new CataloguePrescription(3, null, null, seconds, prescription.perSide(), prescription.tempo(), prescription.restSeconds(), prescription.loadKg()); return this; }
    Exercises perSide() { prescription = new CataloguePrescription(3, prescription.repsMin(), prescription.repsMax(), prescription.holdSeconds(), true, prescription.tempo(), prescription.restSeconds(), prescription.loadKg()); return this; }
    Exercises rest(int seconds) { prescription = new CataloguePrescription(3, prescription.repsMin(), prescription.repsMax(), prescription.holdSeconds(), prescription.perSide(), prescription.tempo(), seconds, prescription.loadKg()); return this; }
    Exercises load(double kg) { loadable = true; prescription = new CataloguePrescription(3, prescription.repsMin(), prescription.repsMax(), prescription.holdSeconds(), prescription.perSide(), prescription.tempo(), prescription.restSeconds(), kg); return this; }
    Exercises contraindications(PainArea... a) { contraindications = EnumSet.of(a[0], a); return this; }
    Exercises regressions(String... ids) { regressions = List.of(ids); return this; }
    Exercises pattern(Pattern p) { pattern = p; return this; }
    Exercises footContacts(int n) { footContacts = n; return this; }
    Exercises secondsPerRep(int s) { secondsPerRep = s; return this; }
    Exercises deepKnee() { deepKnee = true; return this; }
    Exercises retired() { status = ExerciseStatus.RETIRED; return this; }
    Exercises loads(PainArea area, LoadLevel level) { loads.put(area, level); return this; }
    Exercises kneeling() { kneeling = true; return this; }
    Exercises progressions(String... ids) { progressions = List.of(ids); return this; }
    Exercises cautions(String... texts) { cautions = List.of(texts); return this; }
    Exercises tempo(String tempo) { prescription = new CataloguePrescription(3, prescription.repsMin(), prescription.repsMax(), prescription.holdSeconds(), prescription.perSide(), tempo, prescription.restSeconds(), prescription.loadKg()); return this; }

    CatalogueExercise build() {
        return new CatalogueExercise(id, id.replace('-', ' '), status, phases, purposes, groups, Set.of(), minLevel,
                unilateral, equipment, impact, prescription, contraindications, progressions, regressions, List.of("cue"),
                cautions, pattern, loadable, footContacts, secondsPerRep, deepKnee, loads, kneeling);
    }
}
