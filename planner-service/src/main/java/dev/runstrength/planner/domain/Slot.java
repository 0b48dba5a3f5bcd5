package dev.runstrength.planner.domain;

/**
 * One exercise in a session template. {@code original} is the exercise it stands in for when pain
 * ruled that one out (else the exercise itself); setsCap comes from the time budget, amountCap
 * (reps or hold seconds) from the foot-contact cap.
 */
record Slot(CatalogExercise exercise, CatalogExercise original, Purpose purpose, int setsCap, Integer amountCap) {

    static Slot of(CatalogExercise exercise, Purpose purpose) {
        return new Slot(exercise, exercise, purpose, Integer.MAX_VALUE, null);
    }

    Slot withSetsCap(int cap) {
        return new Slot(exercise, original, purpose, cap, amountCap);
    }

    String id() {
        return exercise.id();
    }
}
