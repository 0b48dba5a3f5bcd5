package dev.runstrength.local;

import dev.runstrength.contracts.events.Prescription;
import dev.runstrength.contracts.events.TrainingPlan.Prescribed;

/** A dose in the short form a coach writes on a whiteboard: {@code 2x8}, {@code 2x30s}, {@code 3x6 @ 12.5 kg}. */
final class DoseText {

    private DoseText() {
    }

    static String of(Prescription p) {
        return of(p.sets(), p.reps(), p.holdSeconds(), p.loadKg());
    }

    static String of(Prescribed p) {
        return of(p.sets(), p.reps(), p.holdSeconds(), p.loadKg());
    }

    static String of(int sets, Integer reps, Integer holdSeconds, Double loadKg) {
        String amount = reps != null ? String.valueOf(reps) : holdSeconds + "s";
        String text = sets + "x" + amount;
        return loadKg == null || loadKg == 0.0 ? text : text + " @ " + loadKg + " kg";
    }
}
