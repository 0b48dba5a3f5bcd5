package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import dev.runstrength.dose.SupportDose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The per-plan facts every rule reads: the profile, merged pain, catalogue; tempos are memoised per exercise. */
final class PlanningContext {

    private final RunnerProfile profile;
    private final PainPicture pain;
    private final Catalogue catalogue;
    private final ProgressionIn progression;
    private final Map<String, String> tempos = new HashMap<>();
    private final Map<String, Integer> secondsPerRep = new HashMap<>();

    PlanningContext(RunnerProfile profile, PainPicture pain, Catalogue catalogue) {
        this(profile, pain, catalogue, ProgressionState.empty());
    }

    PlanningContext(RunnerProfile profile, PainPicture pain, Catalogue catalogue, ProgressionState progression) {
        this.profile = profile;
        this.pain = pain;
        this.catalogue = catalogue;
        this.progression = new ProgressionIn(progression);
    }

    ProgressionIn progression() {
        return progression;
    }

    /** Week-1 strength dose: tracking's prescription when it has one (rule 11), else the level dose (rule 4). */
    Dose startDose(CatalogExercise e) {
        return progression.startDose(e, profile.level()).orElseGet(() -> LevelRule.dose(e, profile.level()));
    }

    /**
     * The normal amount of a PREPARE or RECOVER exercise (rule 11 for support work): tracking's reps or
     * hold for it, fitted to the support dose's span, else the catalogue's normal amount. Its rounds stay
     * the time budget's: tracking never adds sets to support work.
     */
    int supportAmount(CatalogExercise e, BlockPhase phase) {
        return progression.dose(e, profile.level(), phase).map(Dose::amount)
                .orElseGet(() -> SupportDose.normal(e.reference()));
    }

    RunnerProfile profile() {
        return profile;
    }

    PainPicture pain() {
        return pain;
    }

    Catalogue catalogue() {
        return catalogue;
    }

    Level level() {
        return profile.level();
    }

    int ceilingSeconds() {
        return TimeBudgetRule.ceilingSeconds(profile.minutesPerSession());
    }

    int floorSeconds() {
        return TimeBudgetRule.floorSeconds(profile.minutesPerSession());
    }

    /** Equipment and level: the filters that never change with the week. */
    boolean doable(CatalogExercise e) {
        return EquipmentFilter.allows(e, profile.equipment()) && LevelRule.allows(e, profile.level());
    }

    boolean plyometricsOpen(TrainingPhase phase) {
        return PlyometricsGate.open(profile.level(), profile.avoidJumping(), pain, phase);
    }

    String tempo(CatalogExercise e) {
        return tempos.computeIfAbsent(e.id(), id -> slowLoweringWhenNeeded(e));
    }

    private String slowLoweringWhenNeeded(CatalogExercise e) {
        if (PainExclusionRule.heelCare(pain) && PainExclusionRule.isCalfRaise(e)) {
            String own = e.prescription().tempo();
            if (own != null && !own.isEmpty() && Character.isDigit(own.charAt(0)) && own.charAt(0) >= '3') {
                return own;
            }
            return PainExclusionRule.SLOW_LOWERING_TEMPO;
        }
        return e.prescription().tempo();
    }

    int secondsPerRep(CatalogExercise e) {
        return secondsPerRep.computeIfAbsent(e.id(), id -> DurationEstimate.secondsPerRep(tempo(e), e.secondsPerRep()));
    }

    int seconds(CatalogExercise e, Dose dose) {
        return DurationEstimate.seconds(dose.sets(), dose.reps(), dose.holdSeconds(), e.prescription().perSide(),
                e.prescription().restSeconds(), secondsPerRep(e));
    }

    List<String> cautions(CatalogExercise e) {
        List<String> cautions = new ArrayList<>(e.cautions());
        if (PainExclusionRule.heelCare(pain) && PainExclusionRule.isCalfRaise(e)) {
            cautions.add(PainExclusionRule.HEEL_CAUTION);
        }
        for (PainArea area : e.contraindications()) {
            int severity = pain.severity(area);
            if (severity > 0 && severity < PainExclusionRule.EXCLUDE_FROM) {
                cautions.add("Your " + area.name().toLowerCase().replace('_', ' ') + " pain (" + severity
                        + "/10): stop if it rises above 3/10 or is worse the next morning.");
            }
        }
        return cautions;
    }
}
