package dev.runstrength.planner.domain;

/** How much of one exercise a session asks for: sets (rounds) of reps or of a hold. */
record Dose(int sets, Integer reps, Integer holdSeconds, Double loadKg) {

    Dose {
        if (sets < 1) {
            throw new IllegalArgumentException("sets must be at least 1");
        }
        if ((reps == null) == (holdSeconds == null)) {
            throw new IllegalArgumentException("exactly one of reps and holdSeconds");
        }
    }

    int amount() {
        return reps != null ? reps : holdSeconds;
    }

    int volume() {
        return sets * amount();
    }

    Dose withSets(int newSets) {
        return new Dose(newSets, reps, holdSeconds, loadKg);
    }

    Dose withAmount(int newAmount) {
        return reps != null ? new Dose(sets, newAmount, null, loadKg) : new Dose(sets, null, newAmount, loadKg);
    }

    Dose withLoad(Double newLoad) {
        return new Dose(sets, reps, holdSeconds, newLoad);
    }
}
