package dev.runstrength.planner.domain;

import dev.runstrength.dose.Dose;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Puts the templates on the calendar: each week's dates ({@link ScheduleRule}), which template each date
 * takes (the same A/B order every week; a week the plan joins late keeps the sessions still ahead in it),
 * and each session's prescriptions ({@link SessionDosing}, foot contacts within {@link PlyometricsGate}'s
 * allowance, cautions from {@link PainRule}).
 */
final class SessionBuilder {

    private final PlanningContext ctx;
    private final SessionDosing dosing;
    final Set<String> bent = new TreeSet<>();
    final List<String> shortWeeks = new ArrayList<>();
    final Map<String, PlanOutline.Applied> applied = new LinkedHashMap<>();
    /** Each session's first week in the plan: where tracking's doses are prescribed as sent. */
    private final Map<String, CalendarWeek> anchors = new HashMap<>();

    SessionBuilder(PlanningContext ctx, SessionDosing dosing) {
        this.ctx = ctx;
        this.dosing = dosing;
    }

    List<Week> weeks(Map<SessionKind, List<SessionTemplate>> templates, String planId) {
        RunnerProfile profile = ctx.profile();
        Map<DayOfWeek, RunType> runWeek = ScheduleRule.runWeek(profile.runDays());
        Map<Integer, List<DayOfWeek>> patterns = new HashMap<>();
        List<CalendarWeek> frames = ctx.calendar().weeks();
        List<Week> weeks = new ArrayList<>();
        LocalDate previous = null;
        int jumpWeek = 0;
        for (int f = 0; f < frames.size(); f++) {
            CalendarWeek frame = frames.get(f);
            LocalDate nextForced = f + 1 < frames.size() && frames.get(f + 1).allowedDates().size() == 1
                    ? frames.get(f + 1).allowedDates().get(0) : null;
            int wanted = TrainingPhaseRule.sessionsFor(frame.phase(), profile.sessionsPerWeek());
            List<DayOfWeek> pattern = patterns.computeIfAbsent(wanted, n -> ScheduleRule.pattern(n, runWeek));
            int past = 0;
            if (!frame.fullWeek()) {
                for (DayOfWeek d : pattern) {
                    if (frame.startsOn().with(java.time.temporal.TemporalAdjusters.nextOrSame(d)).isBefore(ctx.calendar().start())) {
                        past++;
                    }
                }
            }
            int due = wanted - past;
            List<LocalDate> dates = ScheduleRule.choose(frame.allowedDates(), due, runWeek, previous, nextForced,
                    EnumSet.copyOf(pattern));
            if (dates.size() < due) {
                shortWeeks.add("week " + frame.number() + " has " + dates.size() + " of " + due + " sessions"
                        + (profile.raceDate() != null ? " (no strength work close to your race)" : ""));
            }
            if (frame.phase().isRegular() && !dates.isEmpty()) {
                jumpWeek++;
            }
            List<SessionTemplate> kinds = templates.get(frame.kind());
            List<Session> sessions = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                LocalDate date = dates.get(i);
                if (previous != null && date.toEpochDay() - previous.toEpochDay() == 1) {
                    bent.add(ScheduleRule.BENT_CONSECUTIVE);
                }
                if (ScheduleRule.dayBeforeFreshLegs(date.getDayOfWeek(), runWeek)) {
                    bent.add(ScheduleRule.BENT_BEFORE_HARD);
                }
                previous = date;
                SessionTemplate template = kinds.get((past + i) % kinds.size());
                String id = planId + "-w" + frame.number() + "-s" + (i + 1);
                sessions.add(session(template, frame, id, date, jumpWeek));
            }
            weeks.add(new Week(frame.number(), frame.startsOn(), frame.deload() && !sessions.isEmpty(), sessions));
        }
        return weeks;
    }

    private Session session(SessionTemplate template, CalendarWeek week, String id, LocalDate date, int jumpWeek) {
        List<Block> blocks = new ArrayList<>();
        int seconds = 0;
        for (BlockPhase phase : BlockPhase.values()) {
            List<Slot> slots = template.block(phase);
            List<SessionDosing.Dosed> doses = new ArrayList<>();
            CalendarWeek anchor = anchors.computeIfAbsent(template.label(), l -> week);
            for (Slot s : slots) {
                doses.add(phase == BlockPhase.STRENGTHEN ? dosing.strength(s, week, anchor)
                        : new SessionDosing.Dosed(s.supportDose(), s.exercise().prescription().tempo(), null,
                        s.exercise().prescription().restSeconds(), false));
            }
            if (phase == BlockPhase.STRENGTHEN) {
                capContacts(slots, doses, week, jumpWeek);
            }
            List<PrescribedExercise> out = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                CatalogueExercise e = slots.get(i).exercise();
                SessionDosing.Dosed d = doses.get(i);
                Dose dose = d.dose();
                out.add(new PrescribedExercise(e.id(), e.name(), slots.get(i).purpose().name(), dose.sets(), dose.reps(),
                        dose.holdSeconds(), e.prescription().perSide(), dose.loadKg(), d.tempo(), d.restSeconds(), e.cues(),
                        ctx.cautions(e), d.targetRpe()));
                seconds += ctx.seconds(e, dose, d.tempo(), d.restSeconds());
                if (phase == BlockPhase.STRENGTHEN && d.fromTracking() && !week.deload()) {
                    Slot s = slots.get(i);
                    applied.putIfAbsent(e.id(), new PlanOutline.Applied(e, dose, s.replaced(),
                            ctx.continuing() != null && s.role() == Slot.Role.KEPT ? template.label() : null));
                }
            }
            blocks.add(new Block(phase, out));
        }
        String title = template.label() + (week.deload() ? Session.DELOAD_SUFFIX : "");
        return new Session(id, date, date.getDayOfWeek(), title, DurationEstimate.minutes(seconds), blocks);
    }

    /** The jumps of a session share the week's foot-contact allowance, each keeping room for the lowest dose of those after it. */
    private void capContacts(List<Slot> slots, List<SessionDosing.Dosed> doses, CalendarWeek week, int jumpWeek) {
        int allowance = PlyometricsGate.weekCap(ctx.level(), !ctx.knowsPlyometrics(), jumpWeek, week.deload());
        int[] perUnit = new int[slots.size()];
        int[] lowest = new int[slots.size()];
        int reserved = 0;
        for (int i = 0; i < slots.size(); i++) {
            CatalogueExercise e = slots.get(i).exercise();
            if (e.footContactsPerRep() > 0) {
                Dose d = doses.get(i).dose();
                perUnit[i] = SessionDosing.contacts(e, d.withAmount(1));
                lowest[i] = perUnit[i] * Math.min(d.amount(), e.reference().range().bottom());
                reserved += lowest[i];
            }
        }
        int left = allowance;
        for (int i = 0; i < slots.size(); i++) {
            if (perUnit[i] == 0) {
                continue;
            }
            reserved -= lowest[i];
            SessionDosing.Dosed d = doses.get(i);
            int most = Math.max(1, (left - reserved) / perUnit[i]);
            Dose dose = d.dose().amount() > most ? d.dose().withAmount(most) : d.dose();
            doses.set(i, new SessionDosing.Dosed(dose, d.tempo(), d.targetRpe(), d.restSeconds(), d.fromTracking()));
            left -= SessionDosing.contacts(slots.get(i).exercise(), dose);
        }
    }
}
