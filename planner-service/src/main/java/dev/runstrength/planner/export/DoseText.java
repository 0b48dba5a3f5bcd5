package dev.runstrength.planner.export;

import dev.runstrength.contracts.events.TrainingPlan.Prescribed;
import java.math.BigDecimal;

/**
 * A prescribed dose in the words a runner reads in a calendar, on paper or on a watch:
 * {@code 2 x 10 reps each side with 12.5 kg, tempo 3-1-1, effort RPE 8, rest 60 s}.
 */
public final class DoseText {

    private DoseText() {
    }

    /** Sets and amount, each side, load, tempo and effort; the rest is said apart. */
    public static String work(Prescribed exercise) {
        StringBuilder dose = new StringBuilder().append(exercise.sets()).append(" x ").append(amount(exercise));
        if (exercise.perSide()) {
            dose.append(" each side");
        }
        if (exercise.loadKg() != null && exercise.loadKg() > 0) {
            dose.append(" with ").append(kilograms(exercise.loadKg()));
            if (exercise.targetRpe() != null) {
                dose.append(" (or the load that ends each set at RPE ").append(number(exercise.targetRpe())).append(')');
            }
        } else if (exercise.targetRpe() != null) {
            dose.append(", a load that ends each set at RPE ").append(number(exercise.targetRpe()));
        }
        if (exercise.tempo() != null && !exercise.tempo().isBlank()) {
            dose.append(", tempo ").append(exercise.tempo());
        }
        return dose.toString();
    }

    /** The whole dose, rest included (when there is one): what a calendar entry or a printed line shows. */
    public static String of(Prescribed exercise) {
        return exercise.restSeconds() > 0 ? work(exercise) + ", rest " + exercise.restSeconds() + " s" : work(exercise);
    }

    /** One set's amount: {@code 10 reps} or {@code 30 s}. */
    public static String amount(Prescribed exercise) {
        return exercise.reps() != null ? exercise.reps() + " reps" : exercise.holdSeconds() + " s";
    }

    public static String kilograms(double kg) {
        return number(kg) + " kg";
    }

    /** 12.5 stays 12.5, 10.0 becomes 10. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
