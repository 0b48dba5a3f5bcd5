package dev.runstrength.planner.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a runner profile, the catalogue, the progression state and the current plan into a plan (DOMAIN
 * "Planner", rules 1-11), asking the rules of {@link PlanRules#STANDARD}: the calendar, the sessions'
 * exercises ({@link SessionDesigner}), their days and doses ({@link SessionBuilder}), then each rule's
 * rationale. Pure and deterministic: the same request gives the same plan content.
 */
public final class PlanGenerator {

    private final List<PlanRule> rules;

    public PlanGenerator() {
        this(PlanRules.STANDARD);
    }

    PlanGenerator(List<PlanRule> rules) {
        this.rules = rules;
    }

    public Plan generate(PlanRequest request) {
        PlanningContext ctx = PlanningContext.of(request, rules);
        SessionDosing dosing = new SessionDosing(ctx);
        Map<SessionKind, List<SessionTemplate>> templates = new SessionDesigner(ctx, dosing).design();
        SessionBuilder builder = new SessionBuilder(ctx, dosing);
        List<Week> weeks = builder.weeks(templates, request.planId());
        PlanOutline outline = new PlanOutline(ctx, templates, weeks, builder.bent, builder.shortWeeks,
                new ArrayList<>(builder.applied.values()));
        RationaleLog log = new RationaleLog();
        for (PlanRule rule : rules) {
            rule.explain(outline, log);
        }
        RunnerProfile profile = request.profile();
        return new Plan(request.planId(), profile.runnerId(), request.generatedAt(),
                new BasedOn(profile.updatedAt(), request.progression().updatedAt()),
                ctx.calendar().first().phase(), weeks, log.entries(), ctx.calendar().blockStart());
    }
}
