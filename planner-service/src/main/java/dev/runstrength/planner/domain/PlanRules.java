package dev.runstrength.planner.domain;

import java.util.List;

/**
 * The planner's rules (DOMAIN.md "Planner") in the order they shape a plan: the phase and calendar, the
 * days, the session's structure and time, what the runner may do (equipment, level), how it is dosed
 * (heavy lift, weekly rise, tracking's doses), what is favoured (goal), what pain and the plyometrics gate
 * keep out, then order, coverage and the staples. Every rule may keep exercises out; each writes its part
 * of the rationale, in this order.
 */
public final class PlanRules {

    public static final List<PlanRule> STANDARD = List.of(
            new TrainingPhaseRule(),
            new ScheduleRule(),
            new ThreePhaseStructure(),
            new TimeBudgetRule(),
            new EquipmentFilter(),
            new LevelRule(),
            new HeavyLiftRule(),
            new WeeklyProgression(),
            ProgressionIn.RULE,
            new GoalEmphasis(),
            new PainRule(),
            new PlyometricsGate(),
            new StrengthenOrder(),
            new CoverageRule(),
            new StapleVariety());

    private PlanRules() {
    }
}
