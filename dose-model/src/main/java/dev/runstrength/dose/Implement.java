package dev.runstrength.dose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * What carries an exercise's external load, and the loads it comes in (DOMAIN rule 4: loads move in
 * the steps real equipment has). The loads an implement offers are the multiples of its step from its
 * lightest load up: dumbbells 2, 4, 6 ... kg, kettlebells 4, 8, 12 ... kg, a barbell 20, 22.5, 25 ... kg.
 */
public enum Implement {

    /** Dumbbell racks and home sets go up 2 kg at a time from a 2 kg pair. */
    DUMBBELLS(2.0, 2.0),
    /** Kettlebells come in 4 kg jumps (4, 8, 12, 16, 20, 24 kg), the lightest common one being 4 kg. */
    KETTLEBELL(4.0, 4.0),
    /** 1.25 kg plates a side make 2.5 kg steps; the lightest load is the empty 20 kg bar. */
    BARBELL(2.5, 20.0),
    /**
     * A loadable exercise that names none of the above is loaded with what is at hand (a backpack, a
     * weight vest, water bottles): 1 kg steps, which a bottle or a bag of rice can make, from 2 kg.
     */
    ANY(1.0, 2.0);

    /** Which implement carries the load when an exercise needs several: the barbell first, then kettlebell, then dumbbells. */
    private static final List<Implement> BY_PRIORITY = List.of(BARBELL, KETTLEBELL, DUMBBELLS);

    private final double stepKg;
    private final double lightestKg;

    Implement(double stepKg, double lightestKg) {
        this.stepKg = stepKg;
        this.lightestKg = lightestKg;
    }

    /** The smallest change of load this implement allows. */
    public double stepKg() {
        return stepKg;
    }

    /** The lightest load this implement offers (the empty bar for a barbell). */
    public double lightestKg() {
        return lightestKg;
    }

    /**
     * The implement that carries the load of an exercise needing this equipment (names as in the
     * contract's equipment list, e.g. {@code DUMBBELLS}); {@link #ANY} when none of them is named.
     */
    public static Implement carrying(Collection<String> equipment) {
        if (equipment != null) {
            for (Implement implement : BY_PRIORITY) {
                if (equipment.contains(implement.name())) {
                    return implement;
                }
            }
        }
        return ANY;
    }

    /** True when {@code kg} is a load this implement offers. */
    public boolean offers(double kg) {
        BigDecimal clean = clean(kg);
        return clean.compareTo(BigDecimal.valueOf(lightestKg)) >= 0
                && clean.remainder(BigDecimal.valueOf(stepKg)).signum() == 0;
    }

    /** The lightest load this implement offers that is at least {@code kg}. */
    public double atLeast(double kg) {
        return Math.max(lightestKg, toStep(clean(kg), RoundingMode.CEILING));
    }

    /** The heaviest load this implement offers that is at most {@code kg}; null when even the lightest is heavier. */
    public Double atMost(double kg) {
        double down = toStep(clean(kg), RoundingMode.FLOOR);
        return down >= lightestKg ? down : null;
    }

    private double toStep(BigDecimal kg, RoundingMode mode) {
        BigDecimal step = BigDecimal.valueOf(stepKg);
        return kg.divide(step, 0, mode).multiply(step).doubleValue();
    }

    /** Round to 2 decimals first so binary noise (10.000000001 kg) never tips a ceiling. */
    private static BigDecimal clean(double kg) {
        return BigDecimal.valueOf(kg).setScale(2, RoundingMode.HALF_UP);
    }
}
