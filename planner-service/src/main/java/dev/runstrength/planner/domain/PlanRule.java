package dev.runstrength.planner.domain;

/**
 * One rule of DOMAIN.md "Planner", findable by its name, owning its thresholds and its rationale text.
 * Rules are consulted in the order of {@link PlanRules#STANDARD}: each may keep an exercise out of a
 * block ({@link #allows}) and each says, in the finished plan's rationale, how it shaped the plan
 * ({@link #explain}). Rules never read each other: a fact two rules need lives in a value
 * ({@link CatalogueExercise}, {@link PainPicture}, {@link CalendarWeek}) or in the plan being built.
 */
public interface PlanRule {

    /** The rationale code the rule writes under. */
    String code();

    /** Whether the exercise may be prescribed there; a rule with nothing to say about it allows it. */
    default boolean allows(CatalogueExercise exercise, Placement where, PlanningContext ctx) {
        return true;
    }

    /** The rule's sentences about the finished plan; a rule that did not shape the plan adds none. */
    void explain(PlanOutline plan, RationaleLog log);
}
