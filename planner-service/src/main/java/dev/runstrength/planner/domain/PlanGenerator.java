package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns a runner profile, the catalogue and the progression state into a plan (DOMAIN "Planner",
 * rules 1-10). Pure and deterministic: the same request gives the same plan content.
 */
public final class PlanGenerator {

    public Plan generate(PlanRequest request) {
        RunnerProfile profile = request.profile();
        PainPicture pain = PainPicture.of(profile.painAreas(), request.progression().painFlags());
        PlanningContext ctx = new PlanningContext(profile, pain, request.catalogue(), request.progression());
        LocalDate start = request.startDate();
        LocalDate race = profile.raceDate();
        RationaleLog log = new RationaleLog();

        List<WeekFrame> frames = frames(start, race);
        Map<TemplateKind, List<WeekFrame>> weeksByKind = new EnumMap<>(TemplateKind.class);
        for (WeekFrame f : frames) {
            weeksByKind.computeIfAbsent(TemplateKind.of(f.phase()), k -> new ArrayList<>()).add(f);
        }

        // templates
        SessionDesigner designer = new SessionDesigner(ctx);
        Map<TemplateKind, List<SessionTemplate>> templates = new EnumMap<>(TemplateKind.class);
        for (TemplateKind kind : List.of(TemplateKind.REGULAR, TemplateKind.RECOVERY, TemplateKind.TAPER)) {
            List<WeekFrame> weeks = weeksByKind.get(kind);
            if (weeks == null) {
                continue;
            }
            int most = weeks.stream().mapToInt(w -> TrainingPhaseRule.sessionsFor(w.phase(), profile.sessionsPerWeek()))
                    .max().orElse(1);
            int distinct = Math.min(2, most);
            Set<String> familiar = kind == TemplateKind.TAPER ? familiar(templates, request.progression()) : null;
            boolean power = kind == TemplateKind.REGULAR && ctx.plyometricsOpen(TrainingPhase.GENERAL)
                    && (profile.level() == Level.ADVANCED || profile.goal() == Goal.SPEED
                    || weeks.stream().anyMatch(w -> w.phase() == TrainingPhase.BUILD));
            List<SessionTemplate> list = new ArrayList<>();
            for (int i = 0; i < distinct; i++) {
                String label = switch (kind) {
                    case REGULAR -> "Session " + (char) ('A' + i);
                    case RECOVERY -> "Recovery session " + (char) ('A' + i);
                    case TAPER -> "Taper session";
                };
                list.add(designer.design(label, kind, weeks, list, familiar, power));
            }
            templates.put(kind, list);
        }

        // weeks and sessions
        Map<DayOfWeek, RunType> runWeek = ScheduleRule.runWeek(profile.runDays());
        SessionFill fill = new SessionFill(ctx);
        List<Week> weeks = new ArrayList<>();
        LocalDate previous = null;
        Set<String> bent = new TreeSet<>();
        Map<Integer, List<DayOfWeek>> patterns = new java.util.HashMap<>();
        List<String> shortWeeks = new ArrayList<>();
        for (int f = 0; f < frames.size(); f++) {
            WeekFrame frame = frames.get(f);
            LocalDate nextForced = f + 1 < frames.size() && frames.get(f + 1).allowedDates().size() == 1
                    ? frames.get(f + 1).allowedDates().get(0) : null;
            int wanted = TrainingPhaseRule.sessionsFor(frame.phase(), profile.sessionsPerWeek());
            List<DayOfWeek> pattern = patterns.computeIfAbsent(wanted, n -> ScheduleRule.pattern(n, runWeek));
            List<LocalDate> dates = ScheduleRule.choose(frame.allowedDates(), wanted, runWeek, previous, nextForced,
                    EnumSet.copyOf(pattern));
            if (dates.size() < wanted) {
                shortWeeks.add("week " + frame.number() + " has " + dates.size() + " of " + wanted
                        + " sessions (no strength work in the " + TrainingPhaseRule.NO_STRENGTH_DAYS_BEFORE_RACE
                        + " days before your race)");
            }
            List<SessionTemplate> kindTemplates = templates.get(TemplateKind.of(frame.phase()));
            List<Session> sessions = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                LocalDate date = dates.get(i);
                if (previous != null && date.toEpochDay() - previous.toEpochDay() == 1) {
                    bent.add("consecutive");
                }
                if (ScheduleRule.dayBeforeFreshLegs(date.getDayOfWeek(), runWeek)) {
                    bent.add("before");
                }
                previous = date;
                SessionTemplate template = kindTemplates.get(i % kindTemplates.size());
                String id = request.planId() + "-w" + frame.number() + "-s" + (i + 1);
                sessions.add(session(ctx, designer, fill, template, frame, id, date));
            }
            weeks.add(new Week(frame.number(), frame.startsOn(), frame.number() == 4, sessions));
        }

        explain(log, ctx, frames, templates, weeks, bent, shortWeeks, designer);
        TrainingPhase phase = frames.get(0).phase();
        return new Plan(request.planId(), profile.runnerId(), request.generatedAt(),
                new BasedOn(profile.updatedAt(), request.progression().updatedAt()), phase, weeks, log.entries());
    }

    static List<WeekFrame> frames(LocalDate start, LocalDate race) {
        int count = TrainingPhaseRule.weeks(start, race);
        List<WeekFrame> frames = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            LocalDate first = start.plusDays(7L * (n - 1));
            List<LocalDate> allowed = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate date = first.plusDays(d);
                boolean beforeRaceEnd = race == null || !race.isAfter(start) || date.isBefore(race);
                if (beforeRaceEnd && TrainingPhaseRule.allowsSessionOn(date, race)) {
                    allowed.add(date);
                }
            }
            frames.add(new WeekFrame(n, first, TrainingPhaseRule.phaseOn(first, race), allowed));
        }
        return frames;
    }

    /** "Nothing new" in the taper: the plan's own strength exercises, else those tracking knows. */
    private static Set<String> familiar(Map<TemplateKind, List<SessionTemplate>> templates, ProgressionState progression) {
        Set<String> ids = new TreeSet<>();
        for (SessionTemplate t : templates.getOrDefault(TemplateKind.REGULAR, List.of())) {
            t.strengthen().forEach(s -> ids.add(s.id()));
        }
        if (ids.isEmpty()) {
            ids.addAll(progression.prescriptions().keySet());
            progression.prescriptions().values().forEach(p -> ids.add(p.exerciseId()));
        }
        return ids.isEmpty() ? null : ids;
    }

    private static Session session(PlanningContext ctx, SessionDesigner designer, SessionFill fill,
                                   SessionTemplate template, WeekFrame frame, String id, LocalDate date) {
        List<Dose> strength = new ArrayList<>();
        for (Slot s : template.strengthen()) {
            strength.add(designer.strengthDose(s, frame));
        }
        SessionFill.Filled filled = fill.fill(template, strength);
        List<Block> blocks = List.of(
                block(ctx, BlockPhase.PREPARE, template.prepare(), filled.prepare()),
                block(ctx, BlockPhase.STRENGTHEN, template.strengthen(), filled.strengthen()),
                block(ctx, BlockPhase.RECOVER, template.recover(), filled.recover()));
        String title = template.label() + (frame.number() == 4 && template.kind() == TemplateKind.REGULAR ? " (deload)" : "");
        return new Session(id, date, date.getDayOfWeek(), title, DurationEstimate.minutes(filled.seconds()), blocks);
    }

    private static Block block(PlanningContext ctx, BlockPhase phase, List<Slot> slots, List<Dose> doses) {
        List<PrescribedExercise> out = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            CatalogExercise e = slots.get(i).exercise();
            Dose d = doses.get(i);
            out.add(new PrescribedExercise(e.id(), e.name(), slots.get(i).purpose().name(), d.sets(), d.reps(),
                    d.holdSeconds(), e.prescription().perSide(), d.loadKg(), ctx.tempo(e),
                    e.prescription().restSeconds(), e.cues(), ctx.cautions(e)));
        }
        return new Block(phase, out);
    }

    private static void explain(RationaleLog log, PlanningContext ctx, List<WeekFrame> frames,
                                Map<TemplateKind, List<SessionTemplate>> templates, List<Week> weeks,
                                Set<String> bent, List<String> shortWeeks, SessionDesigner designer) {
        RunnerProfile profile = ctx.profile();
        log.add(TrainingPhaseRule.CODE, phaseMessage(frames, profile.raceDate()));
        log.add(ScheduleRule.CODE, scheduleMessage(profile, bent, shortWeeks));
        log.add(ThreePhaseStructure.CODE, ThreePhaseStructure.message());
        boolean setsCut = templates.values().stream().flatMap(List::stream).anyMatch(SessionTemplate::setsCut);
        log.add(TimeBudgetRule.CODE, TimeBudgetRule.message(profile.minutesPerSession(), setsCut));
        for (List<SessionTemplate> list : templates.values()) {
            for (SessionTemplate t : list) {
                if (!t.dropped().isEmpty()) {
                    log.add(TimeBudgetRule.CODE, t.label() + " left out " + String.join(", ", t.dropped())
                            + " to stay within " + profile.minutesPerSession() + " minutes.");
                }
                if (t.prepare().stream().noneMatch(s -> s.purpose() == Purpose.MOBILIZE)) {
                    log.add(ThreePhaseStructure.CODE, t.label() + " has no mobilising exercise: none fits your equipment, level and pain.");
                }
                if (t.prepare().stream().noneMatch(s -> s.purpose() == Purpose.ACTIVATE)) {
                    log.add(ThreePhaseStructure.CODE, t.label() + " has no activation exercise: none fits your equipment, level and pain.");
                }
                if (t.recover().isEmpty()) {
                    log.add(ThreePhaseStructure.CODE, t.label() + " has no flush or stretch: none fits your equipment, level and pain.");
                }
            }
        }
        log.add(EquipmentFilter.CODE, EquipmentFilter.message(profile.equipment()));
        log.add(LevelRule.CODE, LevelRule.message(profile.level()));
        log.add(WeeklyProgression.CODE, WeeklyProgression.message(weeks.size(), weeks.size() == 4));
        log.add(GoalEmphasis.CODE, GoalEmphasis.message(profile.goal()));
        explainProgression(log, ctx, templates, designer);
        explainPain(log, ctx, templates);
        explainPlyometrics(log, ctx, frames);
        log.add(StrengthenOrder.CODE, StrengthenOrder.message());
        explainCoverage(log, ctx, weeks, designer);
    }

    private static String phaseMessage(List<WeekFrame> frames, LocalDate race) {
        if (race == null) {
            return "No race date, so this is a GENERAL plan.";
        }
        Map<TrainingPhase, List<Integer>> byPhase = new LinkedHashMap<>();
        for (WeekFrame f : frames) {
            byPhase.computeIfAbsent(f.phase(), p -> new ArrayList<>()).add(f.number());
        }
        String parts = byPhase.entrySet().stream()
                .map(e -> (e.getValue().size() == 1 ? "week " : "weeks ")
                        + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + " " + e.getKey().name() + " (" + phaseMeaning(e.getKey()) + ")")
                .collect(Collectors.joining("; "));
        String s = "Race on " + race + ": " + parts + ".";
        if (frames.size() < TrainingPhaseRule.PLAN_WEEKS) {
            s += " The plan ends at your race, so it has " + frames.size() + (frames.size() == 1 ? " week." : " weeks.");
        }
        return s;
    }

    private static String phaseMeaning(TrainingPhase phase) {
        return switch (phase) {
            case BASE -> "building a base";
            case BUILD -> "power and plyometrics where allowed";
            case PEAK -> "maintenance, at most 2 sessions, one set fewer";
            case TAPER -> "1 session at about half volume, only exercises you already do, none in the last "
                    + TrainingPhaseRule.NO_STRENGTH_DAYS_BEFORE_RACE + " days";
            case RECOVERY -> "mobility and light work after your race";
            case GENERAL -> "no race ahead";
        };
    }

    private static String scheduleMessage(RunnerProfile profile, Set<String> bent, List<String> shortWeeks) {
        StringBuilder s = new StringBuilder("Sessions sit on separate, non-consecutive days, away from the day before a hard "
                + "or long run, on rest or easy-run days where possible.");
        if (bent.contains("consecutive")) {
            s.append(" Rule bent: some sessions are on consecutive days");
            s.append(profile.sessionsPerWeek() == 4 ? " (4 sessions never fit a 7-day week without two in a row)." : ".");
        }
        if (bent.contains("before")) {
            s.append(" Rule bent: some sessions fall on the day before a hard or long run, as your running week leaves no better day.");
        }
        for (String w : shortWeeks) {
            s.append(" Fewer sessions: ").append(w).append('.');
        }
        return s.toString();
    }

    private static void explainProgression(RationaleLog log, PlanningContext ctx,
                                           Map<TemplateKind, List<SessionTemplate>> templates, SessionDesigner designer) {
        ProgressionIn progression = ctx.progression();
        if (!progression.any()) {
            return;
        }
        Set<String> named = new TreeSet<>();
        for (List<SessionTemplate> list : templates.values()) {
            for (SessionTemplate t : list) {
                for (Slot s : t.strengthen()) {
                    CatalogExercise e = s.exercise();
                    if (named.add(e.id())) {
                        progression.startDose(e, ctx.level()).ifPresent(d -> log.add(ProgressionIn.CODE,
                                progression.message(e, d.withSets(Math.max(1, Math.min(d.sets(), s.setsCap()))),
                                        designer.movedFrom(e.id()))));
                    }
                }
            }
        }
    }

    private static void explainPain(RationaleLog log, PlanningContext ctx, Map<TemplateKind, List<SessionTemplate>> templates) {
        PainPicture pain = ctx.pain();
        if (!pain.any()) {
            return;
        }
        String worst = pain.severities().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().name() + " " + e.getValue() + "/10").collect(Collectors.joining(", "));
        List<String> swaps = new ArrayList<>();
        for (List<SessionTemplate> list : templates.values()) {
            for (SessionTemplate t : list) {
                for (Slot s : t.strengthen()) {
                    String swap = s.original().name() + " -> " + s.exercise().name();
                    if (s.original() != s.exercise() && !swaps.contains(swap)) {
                        swaps.add(swap);
                    }
                }
            }
        }
        String exclusion = "Your pain (" + worst + "): exercises that load an area hurting at "
                + PainExclusionRule.EXCLUDE_FROM + "/10 or more are left out";
        exclusion += swaps.isEmpty() ? "." : ", and easier or similar exercises take their place: " + String.join("; ", swaps) + ".";
        log.add(PainExclusionRule.CODE_EXCLUSION, exclusion + " " + PainExclusionRule.NOT_MEDICAL_ADVICE);
        if (PainExclusionRule.heelCare(pain)) {
            log.add(PainExclusionRule.CODE_HEEL, "Heel or Achilles pain: calf raises stop at toe level without dipping below it, "
                    + "with a slow " + PainExclusionRule.SLOW_LOWERING_TEMPO + " lowering tempo.");
        }
        if (pain.severity(PainArea.KNEE) >= PainExclusionRule.EXCLUDE_FROM) {
            log.add(PainExclusionRule.CODE_KNEE, "Knee pain: no deep knee bends and no jumps; hip-dominant work "
                    + "(deadlift and bridge patterns) is preferred.");
        }
        if (pain.worstLeg() >= PainExclusionRule.SEVERE_FROM) {
            log.add(PainExclusionRule.CODE_SEVERE, "Leg pain of " + pain.worstLeg() + "/10 is more than training should "
                    + "work around: no high-impact work at all, and please see a physiotherapist or doctor. "
                    + PainExclusionRule.NOT_MEDICAL_ADVICE);
        }
    }

    private static void explainPlyometrics(RationaleLog log, PlanningContext ctx, List<WeekFrame> frames) {
        RunnerProfile p = ctx.profile();
        String cap = " Foot contacts stay at or under " + PlyometricsGate.contactCap(p.level()) + " a session.";
        Set<TrainingPhase> phases = EnumSet.noneOf(TrainingPhase.class);
        frames.forEach(f -> phases.add(f.phase()));
        List<String> closed = new ArrayList<>();
        boolean anyOpen = false;
        for (TrainingPhase phase : phases) {
            String reason = PlyometricsGate.closedReason(p.level(), p.avoidJumping(), ctx.pain(), phase);
            if (reason == null) {
                anyOpen = true;
            } else if (!closed.contains(reason)) {
                closed.add(reason);
            }
        }
        String s = anyOpen ? "Jumps and high-impact work are allowed" : "No jumps or high-impact work";
        if (!closed.isEmpty()) {
            s += (anyOpen ? " except where " : ": ") + String.join("; ", closed);
        }
        log.add(PlyometricsGate.CODE, s + "." + cap);
    }

    private static void explainCoverage(RationaleLog log, PlanningContext ctx, List<Week> weeks, SessionDesigner designer) {
        Set<String> missing = new TreeSet<>();
        boolean missingRotation = false;
        boolean missingUnilateral = false;
        for (Week week : weeks) {
            if (week.sessions().isEmpty()) {
                continue;
            }
            Set<MuscleGroup> covered = EnumSet.noneOf(MuscleGroup.class);
            boolean rotation = false;
            for (Session s : week.sessions()) {
                boolean unilateral = false;
                for (PrescribedExercise pe : s.block(BlockPhase.STRENGTHEN).exercises()) {
                    CatalogExercise e = ctx.catalogue().find(pe.exerciseId()).orElseThrow();
                    covered.addAll(e.primaryGroups());
                    rotation |= WeeklyCoverage.isRotation(e);
                    unilateral |= e.unilateral();
                }
                missingUnilateral |= !unilateral;
            }
            for (MuscleGroup g : WeeklyCoverage.REQUIRED_GROUPS) {
                if (!covered.contains(g)) {
                    missing.add(g.name() + " (week " + week.number() + ")");
                }
            }
            missingRotation |= WeeklyCoverage.needsRotation(ctx.level()) && !rotation;
        }
        String s = "Each week's strength work covers glutes, quads, hamstrings, calves, hip flexors and core, every "
                + "session has single-leg work (60-70 % of running is spent on one leg)"
                + (WeeklyCoverage.needsRotation(ctx.level()) ? ", and rotation work comes at least once a week." : ".");
        if (!missing.isEmpty()) {
            s += " Not covered: " + String.join(", ", missing)
                    + " - no exercise for it fits your equipment, level, pain, phase and time.";
        }
        if (missingUnilateral) {
            s += " Some sessions have no single-leg exercise: none fits your equipment, level, pain and phase.";
        }
        if (missingRotation) {
            s += " Some weeks have no rotation work: none fits your equipment, level, pain, phase and time.";
        }
        log.add(WeeklyCoverage.CODE, s);
    }
}
