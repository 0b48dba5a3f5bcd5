package dev.runstrength.tracking.service;

/** Plans as tracking keeps them: the engine's PlanView as JSON. */
final class PlanViews {

    /**
     * The version of the view JSON. Raise it when PlanView or PlanMapping changes what a plan means to
     * the engine: views of another version are ignored, and the plan's payload is mapped again. Only plans
     * stored before V14_1 have a payload; since then tracking keeps the view alone, so raising the version
     * also means rebuilding tracking from offset 0 (docs/operations.md), which reads every plan again.
     */
    static final int FORMAT = 1;

    private PlanViews() {
    }
}
