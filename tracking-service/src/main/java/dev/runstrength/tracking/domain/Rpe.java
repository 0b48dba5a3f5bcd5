package dev.runstrength.tracking.domain;

/** Rating of perceived exertion, 1-10, as reasons write it: "7", "8.5". */
final class Rpe {

    private Rpe() {
    }

    static String text(Double rpe) {
        return rpe == Math.rint(rpe) ? String.valueOf(rpe.intValue()) : String.valueOf(rpe);
    }
}
