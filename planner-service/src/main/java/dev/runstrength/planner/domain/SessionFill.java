package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import dev.runstrength.dose.SupportDose;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits one session of one week into the time budget (DOMAIN rule 2). The STRENGTHEN doses are fixed
 * by level, week and phase; PREPARE and RECOVER start at their shortest and grow greedily, one step
 * at a time, until the estimate reaches 80 % of the budget (so at least the 70 % floor), a step being taken only when it keeps
 * the estimate within the budget. Steps, in order: every exercise to its normal amount (taken whenever it fits, even past the target); then extra
 * rounds, exercise by exercise, up to {@value SupportDose#MOST_ROUNDS}; then +2 reps or +10 s on each
 * exercise in turn up to its longest.
 */
final class SessionFill {

    static final int TARGET_PERCENT = 80;

    private final PlanningContext ctx;

    SessionFill(PlanningContext ctx) {
        this.ctx = ctx;
    }

    record Filled(List<Dose> prepare, List<Dose> strengthen, List<Dose> recover, int seconds) {
    }

    Filled fill(SessionTemplate template, List<Dose> strengthen) {
        List<Slot> support = new ArrayList<>(template.prepare());
        support.addAll(template.recover());
        List<Dose> doses = new ArrayList<>();
        for (Slot s : support) {
            doses.add(SupportDose.shortestDose(s.exercise().reference()));
        }
        int strengthSeconds = 0;
        for (int i = 0; i < strengthen.size(); i++) {
            strengthSeconds += ctx.seconds(template.strengthen().get(i).exercise(), strengthen.get(i));
        }
        int total = strengthSeconds + sum(support, doses);
        int floor = target(ctx);
        int ceiling = ctx.ceilingSeconds();

        // step 1: normal amounts (tracking's, when it has one: rule 11) whenever they fit
        int p = template.prepare().size();
        for (int i = 0; i < support.size(); i++) {
            CatalogExercise e = support.get(i).exercise();
            int normal = ctx.supportAmount(e, i < p ? BlockPhase.PREPARE : BlockPhase.RECOVER);
            total = tryStep(support, doses, i, doses.get(i).withAmount(normal), total, ceiling);
        }
        // step 2: rounds
        for (int round = 2; round <= SupportDose.MOST_ROUNDS && total < floor; round++) {
            for (int i = 0; i < support.size() && total < floor; i++) {
                if (doses.get(i).sets() < round) {
                    total = tryStep(support, doses, i, doses.get(i).withSets(round), total, ceiling);
                }
            }
        }
        // step 3: longer rounds
        boolean grew = true;
        while (total < floor && grew) {
            grew = false;
            for (int i = 0; i < support.size() && total < floor; i++) {
                CatalogExercise e = support.get(i).exercise();
                int next = Math.min(SupportDose.longest(e.reference()), doses.get(i).amount() + SupportDose.fillStep(e.reference()));
                if (next > doses.get(i).amount()) {
                    int before = total;
                    total = tryStep(support, doses, i, doses.get(i).withAmount(next), total, ceiling);
                    grew |= total != before;
                }
            }
        }
        return new Filled(doses.subList(0, p), strengthen, doses.subList(p, doses.size()), total);
    }

    /** Fill aims at {@value #TARGET_PERCENT} % of the budget, never less than the 70 % floor. */
    static int target(PlanningContext ctx) {
        return Math.max(ctx.floorSeconds(), ctx.ceilingSeconds() * TARGET_PERCENT / 100);
    }

    private int tryStep(List<Slot> support, List<Dose> doses, int i, Dose next, int total, int ceiling) {
        CatalogExercise e = support.get(i).exercise();
        int after = total - ctx.seconds(e, doses.get(i)) + ctx.seconds(e, next);
        if (after <= ceiling) {
            doses.set(i, next);
            return after;
        }
        return total;
    }

    private int sum(List<Slot> slots, List<Dose> doses) {
        int total = 0;
        for (int i = 0; i < slots.size(); i++) {
            total += ctx.seconds(slots.get(i).exercise(), doses.get(i));
        }
        return total;
    }
}
