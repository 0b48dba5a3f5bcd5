package dev.runstrength.contracts;

/** The CloudEvents {@code type} of every event of the contract. */
public final class EventTypes {

    public static final String EXERCISE_UPSERTED = "dev.runstrength.catalog.exercise.upserted.v1";
    public static final String EXERCISE_RETIRED = "dev.runstrength.catalog.exercise.retired.v1";
    public static final String RUNNER_PROFILE_UPDATED = "dev.runstrength.runner.profile.updated.v1";
    public static final String RUNNER_ERASED = "dev.runstrength.runner.erased.v1";
    public static final String PLAN_GENERATED = "dev.runstrength.planner.plan.generated.v1";
    public static final String WORKOUT_COMPLETED = "dev.runstrength.workout.completed.v1";
    public static final String PROGRESSION_UPDATED = "dev.runstrength.tracking.progression.updated.v1";

    private EventTypes() {
    }
}
