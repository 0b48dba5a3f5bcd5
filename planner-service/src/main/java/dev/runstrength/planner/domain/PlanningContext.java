package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts of one plan every rule may read: the profile, the pain picture, the catalogue, tracking's
 * state, the block calendar and what the runner already knows; and, asked of every rule in
 * {@link PlanRules#STANDARD} order, which exercises may go where. Pools and durations are memoised.
 */
public final class PlanningContext {

    private final RunnerProfile profile;
    private final PainPicture pain;
    private final Catalogue catalogue;
    private final ProgressionIn progression;
    private final BlockCalendar calendar;
    private final PreviousPlan previous;
    private final Set<String> known;
    private final List<PlanRule> rules;
    private final Map<Placement, List<CatalogueExercise>> pools = new HashMap<>();
    private final Map<String, Integer> tempoSeconds = new HashMap<>();
    private final Map<String, List<String>> cautions = new HashMap<>();
    private Boolean knowsPlyometrics;
    private final Set<String> introduced = new TreeSet<>();

    PlanningContext(RunnerProfile profile, PainPicture pain, Catalogue catalogue, ProgressionState progression,
                    BlockCalendar calendar, PreviousPlan previous, List<PlanRule> rules) {
        this.profile = profile;
        this.pain = pain;
        this.catalogue = catalogue;
        this.progression = new ProgressionIn(progression);
        this.calendar = calendar;
        this.previous = previous;
        this.rules = rules;
        Set<String> k = new TreeSet<>(this.progression.knownIds());
        if (previous != null) {
            k.addAll(previous.slots().keySet());
        }
        this.known = Set.copyOf(k);
    }

    static PlanningContext of(PlanRequest request, List<PlanRule> rules) {
        RunnerProfile profile = request.profile();
        return new PlanningContext(profile, PainPicture.of(profile.painAreas(), request.progression().painFlags()),
                request.catalogue(), request.progression(),
                BlockCalendar.of(request.startDate(), profile.raceDate(), request.previous()), request.previous(), rules);
    }

    public RunnerProfile profile() {
        return profile;
    }

    public Level level() {
        return profile.level();
    }

    public PainPicture pain() {
        return pain;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public ProgressionIn progression() {
        return progression;
    }

    public BlockCalendar calendar() {
        return calendar;
    }

    /** The runner's current plan, when this plan continues its calendar; else null. */
    public PreviousPlan continuing() {
        return calendar.continued() ? previous : null;
    }

    /** Exercises the runner has had: in the current plan or in tracking's state. */
    public Set<String> known() {
        return known;
    }

    /** Whether the runner has a history: a current plan or tracking's state. */
    public boolean hasHistory() {
        return !known.isEmpty();
    }

    /** Strength exercises this plan brought in for earlier weeks (a taper may use them: they are not new then). */
    public Set<String> introduced() {
        return introduced;
    }

    void introduce(String exerciseId) {
        introduced.add(exerciseId);
    }

    public boolean knowsPlyometrics() {
        if (knowsPlyometrics == null) {
            knowsPlyometrics = known.stream().map(catalogue::find).anyMatch(e -> e.isPresent() && e.get().isPlyometric());
        }
        return knowsPlyometrics;
    }

    /** The exercise's cautions for this runner ({@link PainRule#cautions}). */
    List<String> cautions(CatalogueExercise e) {
        return cautions.computeIfAbsent(e.id(), id -> PainRule.cautions(e, pain));
    }

    /** A number fixed for this runner, from which choices between equally good exercises vary (DOMAIN rule 8). */
    public int runnerSeed() {
        return profile.runnerId().hashCode();
    }

    /** The exercises every rule allows there, in catalogue (id) order. */
    public List<CatalogueExercise> pool(Placement where) {
        return pools.computeIfAbsent(where, this::build);
    }

    private List<CatalogueExercise> build(Placement where) {
        List<CatalogueExercise> pool = new ArrayList<>();
        for (CatalogueExercise e : catalogue.exercises()) {
            if (allowed(e, where)) {
                pool.add(e);
            }
        }
        return LevelRule.fitRungs(pool, this);
    }

    /** Whether every rule allows the exercise there, rungs aside. */
    public boolean allowed(CatalogueExercise e, Placement where) {
        for (PlanRule rule : rules) {
            if (!rule.allows(e, where, this)) {
                return false;
            }
        }
        return true;
    }

    int secondsPerRep(CatalogueExercise e, String tempo) {
        if (tempo == null) {
            return e.secondsPerRep();
        }
        Integer t = tempoSeconds.get(tempo);
        if (t == null) {
            t = DurationEstimate.tempoSeconds(tempo);
            tempoSeconds.put(tempo, t);
        }
        return Math.max(e.secondsPerRep(), t);
    }

    /** The documented duration of one exercise at this dose, tempo and rest (DOMAIN rule 2). */
    int seconds(CatalogueExercise e, Dose dose, String tempo, int restSeconds) {
        return DurationEstimate.seconds(dose.sets(), dose.reps(), dose.holdSeconds(), e.prescription().perSide(),
                restSeconds, secondsPerRep(e, tempo));
    }
}
