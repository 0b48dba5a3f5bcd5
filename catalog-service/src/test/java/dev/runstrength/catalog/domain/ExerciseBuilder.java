package dev.runstrength.catalog.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the smallest valid exercise for rule tests; each test changes only what it is about. */
final class ExerciseBuilder {

    private String id;
    private String name = "Test exercise";
    private int version = 1;
    private ExerciseStatus status = ExerciseStatus.ACTIVE;
    private List<Phase> phases = List.of(Phase.STRENGTHEN);
    private List<Purpose> purposes = List.of(Purpose.STRENGTH);
    private List<BodyArea> bodyAreas = List.of(BodyArea.HIP);
    private List<String> primaryMuscles = List.of("GLUTEUS_MAXIMUS");
    private Level minLevel = Level.BEGINNER;
    private List<Equipment> equipment = List.of();
    private Impact impact = Impact.NONE;
    private Prescription prescription = new Prescription(3, 10, 15, null, false, "3-0-1-0", 60, null);
    private List<PainArea> contraindications = List.of();
    private Map<PainArea, LoadLevel> loads = new EnumMap<>(Map.of(PainArea.HIP, LoadLevel.MODERATE));
    private List<String> progressions = List.of();
    private List<String> regressions = List.of();
    private List<Source> sources = List.of(new Source("Test source", null));
    private boolean loadable;
    private int footContactsPerRep;
    private int secondsPerRep = 3;
    private boolean deepKneeFlexion;
    private boolean kneeling;

    private ExerciseBuilder(String id) {
        this.id = id;
    }

    static ExerciseBuilder exercise(String id) {
        return new ExerciseBuilder(id);
    }

    static Map<String, Exercise> byId(Exercise... exercises) {
        Map<String, Exercise> catalogue = new LinkedHashMap<>();
        for (Exercise exercise : exercises) {
            catalogue.put(exercise.id(), exercise);
        }
        return catalogue;
    }

    ExerciseBuilder id(String value) { id = value; return this; }
    ExerciseBuilder name(String value) { name = value; return this; }
    ExerciseBuilder version(int value) { version = value; return this; }
    ExerciseBuilder status(ExerciseStatus value) { status = value; return this; }
    ExerciseBuilder phases(Phase... values) { phases = List.of(values); return this; }
    ExerciseBuilder purposes(Purpose... values) { purposes = List.of(values); return this; }
    ExerciseBuilder primaryMuscles(String... values) { primaryMuscles = List.of(values); return this; }
    ExerciseBuilder level(Level value) { minLevel = value; return this; }
    ExerciseBuilder equipment(Equipment... values) { equipment = List.of(values); return this; }
    ExerciseBuilder impact(Impact value) { impact = value; return this; }
    ExerciseBuilder prescription(Prescription value) { prescription = value; return this; }
    ExerciseBuilder contraindications(PainArea... values) { contraindications = List.of(values); return this; }
    ExerciseBuilder noLoads() { loads = new EnumMap<>(PainArea.class); return this; }
    ExerciseBuilder load(PainArea area, LoadLevel level) { loads.put(area, level); return this; }
    ExerciseBuilder withoutLoadOn(PainArea area) { loads.remove(area); return this; }
    ExerciseBuilder progressions(String... values) { progressions = new ArrayList<>(List.of(values)); return this; }
    ExerciseBuilder regressions(String... values) { regressions = new ArrayList<>(List.of(values)); return this; }
    ExerciseBuilder sources(Source... values) { sources = List.of(values); return this; }
    ExerciseBuilder loadable(boolean value) { loadable = value; return this; }
    ExerciseBuilder footContactsPerRep(int value) { footContactsPerRep = value; return this; }
    ExerciseBuilder secondsPerRep(int value) { secondsPerRep = value; return this; }
    ExerciseBuilder deepKneeFlexion(boolean value) { deepKneeFlexion = value; return this; }
    ExerciseBuilder kneeling(boolean value) { kneeling = value; return this; }

    ExerciseBuilder reps(int sets, Integer min, Integer max) {
        prescription = new Prescription(sets, min, max, null, false, null, 60, null);
        return this;
    }

    ExerciseBuilder hold(int sets, Integer seconds) {
        prescription = new Prescription(sets, null, null, seconds, false, null, 30, null);
        return this;
    }

    ExerciseBuilder load(Double kg) {
        prescription = new Prescription(prescription.sets(), prescription.repsMin(), prescription.repsMax(),
                prescription.holdSeconds(), prescription.perSide(), prescription.tempo(),
                prescription.restSeconds(), kg);
        return this;
    }

    /** A jump that satisfies every rule (gated, the landing areas loaded HIGH), for tests that change one thing about it. */
    ExerciseBuilder jump() {
        ExerciseBuilder jump = impact(Impact.HIGH).purposes(Purpose.PLYOMETRIC).level(Level.INTERMEDIATE)
                .footContactsPerRep(1).secondsPerRep(1)
                .contraindications(JumpsAreGated.LANDING_AREAS.toArray(PainArea[]::new));
        JumpsAreGated.LANDING_AREAS.forEach(area -> jump.load(area, LoadLevel.HIGH));
        return jump;
    }

    Exercise build() {
        return new Exercise(id, name, version, status, phases, purposes, bodyAreas, primaryMuscles, List.of(),
                minLevel, false, equipment, impact, prescription, contraindications, loads, progressions, regressions,
                List.of("a cue"), List.of(), sources, "A test exercise.", MovementPattern.HIP, loadable,
                footContactsPerRep, secondsPerRep, deepKneeFlexion, kneeling);
    }
}
