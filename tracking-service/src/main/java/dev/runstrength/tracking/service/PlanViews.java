package dev.runstrength.tracking.service;

/** Plans as tracking keeps them beside their payload: the engine's PlanView as JSON. */
final class PlanViews {

    /**
     * The version of the view JSON. Raise it when PlanView or PlanMapping changes what a plan means to
     * the engine: views of another version are ignored, and the plan's payload is mapped again.
     */
    static final int FORMAT = 1;

    private PlanViews() {
    }
}
