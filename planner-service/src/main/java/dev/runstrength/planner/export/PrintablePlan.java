package dev.runstrength.planner.export;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.events.TrainingPlan.Block;
import dev.runstrength.contracts.events.TrainingPlan.Prescribed;
import dev.runstrength.contracts.events.TrainingPlan.Session;
import dev.runstrength.contracts.events.TrainingPlan.Week;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A plan as the printable page shows it (template {@code PrintablePlanResource/plan.html}): the words
 * and numbers a runner reads, already formatted, so the template only lays them out.
 */
public record PrintablePlan(String runnerId, String generatedOn, String phase, List<WeekView> weeks,
                            List<String> reasons) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    public record WeekView(int number, String startsOn, boolean deload, List<SessionView> sessions) {
    }

    public record SessionView(String sessionId, String day, String title, int minutes, List<PhaseView> phases) {
    }

    public record PhaseView(String name, String aim, List<ExerciseView> exercises) {
    }

    public record ExerciseView(String name, String dose, List<String> cues, List<String> cautions) {
    }

    public static PrintablePlan of(TrainingPlan plan) {
        return new PrintablePlan(plan.runnerId(),
                date(LocalDate.ofInstant(plan.generatedAt(), ZoneOffset.UTC)),
                words(plan.trainingPhase().name()),
                plan.weeks().stream().map(PrintablePlan::week).toList(),
                plan.rationale().stream().map(TrainingPlan.Rationale::message).toList());
    }

    private static WeekView week(Week week) {
        return new WeekView(week.week(), date(week.startsOn()), week.deload(),
                week.sessions().stream().map(PrintablePlan::session).toList());
    }

    private static SessionView session(Session session) {
        return new SessionView(session.sessionId(), date(session.date()), session.title(), session.estimatedMinutes(),
                session.blocks().stream().map(PrintablePlan::phase).toList());
    }

    private static PhaseView phase(Block block) {
        String aim = switch (block.phase()) {
            case PREPARE -> "Warm up the joints and muscles the session will work";
            case STRENGTHEN -> "The main work: controlled, with good form, to the effort given";
            case RECOVER -> "Calm down and ease the areas you worked";
        };
        return new PhaseView(SessionEvents.phase(block), aim, block.exercises().stream().map(PrintablePlan::exercise).toList());
    }

    private static ExerciseView exercise(Prescribed exercise) {
        return new ExerciseView(exercise.name(), DoseText.of(exercise), exercise.cues(), exercise.cautions());
    }

    static String date(LocalDate date) {
        return DAY.format(date);
    }

    /** BASE as a runner reads it: "Base". */
    static String words(String constant) {
        String spaced = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
