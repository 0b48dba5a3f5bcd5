package dev.runstrength.planner.domain;

import java.util.ArrayList;
import java.util.List;

/** The per-plan facts every rule reads: the profile, merged pain, catalogue. */
record PlanningContext(RunnerProfile profile, PainPicture pain, Catalogue catalogue) {

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
        return EquipmentFilter.allows(e, profile.equipment()) && LevelDose.allows(e, profile.level());
    }

    boolean plyometricsOpen(TrainingPhase phase) {
        return PlyometricsGate.open(profile.level(), profile.avoidJumping(), pain, phase);
    }

    String tempo(CatalogExercise e) {
        if (PainExclusionRule.heelCare(pain) && PainExclusionRule.isCalfRaise(e)) {
            String own = e.prescription().tempo();
            if (own != null && own.matches("\\d+-.*") && Integer.parseInt(own.split("-")[0]) >= 3) {
                return own;
            }
            return PainExclusionRule.SLOW_LOWERING_TEMPO;
        }
        return e.prescription().tempo();
    }

    int secondsPerRep(CatalogExercise e) {
        return DurationEstimate.secondsPerRep(tempo(e), e.secondsPerRep());
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
