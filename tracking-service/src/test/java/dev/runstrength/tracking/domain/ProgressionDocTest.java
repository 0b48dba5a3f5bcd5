package dev.runstrength.tracking.domain;

import dev.runstrength.dose.DoseRange;
import dev.runstrength.dose.DoseSteps;
import dev.runstrength.dose.Implement;
import dev.runstrength.dose.Level;
import dev.runstrength.dose.LevelDose;
import dev.runstrength.dose.LoadProgression;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static dev.runstrength.tracking.domain.Histories.date;
import static dev.runstrength.tracking.domain.Histories.day;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/progression.md honest: its numbers table and its worked example are generated here
 * from the engine's constants and from a real replay. The test fails when the doc is stale;
 * {@code -Drunstrength.docs.update=true} rewrites the generated sections.
 */
class ProgressionDocTest {

    private static final String DOC = "docs/progression.md";

    @Test
    void theDocMatchesTheEngine() throws IOException {
        Path doc = repositoryRoot().resolve(DOC);
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String updated = replaceSection(replaceSection(text, "numbers", numbers()), "worked-example", workedExample());
        if (Boolean.getBoolean("runstrength.docs.update")) {
            Files.writeString(doc, updated, StandardCharsets.UTF_8);
            text = updated;
        }
        assertThat(text).as(DOC + " is stale: run the tests with -Drunstrength.docs.update=true").isEqualTo(updated);
    }

    static String numbers() {
        return String.join("\n",
                "| rule | number | value |",
                "| --- | --- | --- |",
                row("success", "highest set RPE that still counts", SessionOutcome.SUCCESS_MAX_RPE),
                row("failure", "sets missed", SessionOutcome.FAILED_SETS + " or more"),
                row("failure", "set RPE", SessionOutcome.FAILURE_RPE + " or more"),
                row("PROGRESS", "successes in a row", Streak.SUCCESSES_TO_PROGRESS),
                row("PROGRESS", "last session comfortable: highest set RPE", SessionOutcome.EASY_RPE + " or less"),
                row("PROGRESS", "or spare in every prescribed set", SessionOutcome.SPARE_REPS + " reps / "
                        + SessionOutcome.SPARE_HOLD_SECONDS + " s"),
                row("PROGRESS", "rep step", "+1, +2 with 2 reps to spare"),
                row("PROGRESS", "hold step", "+" + DoseSteps.HOLD_STEP_SECONDS + " s"),
                row("PROGRESS", "hold range", "2/3 to 4/3 of the catalogue hold for the level doses, rounded to "
                        + DoseRange.HOLD_ROUNDING_SECONDS + " s; progression up to " + DoseRange.HOLD_CAP_FACTOR + " x it"),
                row("PROGRESS", "load step", "+" + LoadProgression.STEP_PERCENT + " %, at least the implement's step, "
                        + "rounded up to a load it offers"),
                row("PROGRESS", "implement steps (lightest load)", implementSteps()),
                row("PROGRESS", "first load", "the implement's lightest (advanced runners moving to a weighted rung: "
                        + "its catalogue load); never for beginners"),
                row("PROGRESS", "most sets", "the level's: beginner " + LevelDose.sets(Level.BEGINNER) + ", else "
                        + LevelDose.sets(Level.INTERMEDIATE) + "; PREPARE and RECOVER work never gains a set"),
                row("REGRESS", "failures in a row", RegressAfterTwoFailures.FAILURES_NEEDED),
                row("REGRESS", "rep step", "-1"),
                row("REGRESS", "load step", "the mirror: the heaviest load one step up from which stays at or below "
                        + "the current; below the lightest, no load"),
                row("pain", "caution zone (HOLD + PAIN flag)", PainMonitoring.CAUTION_FROM + "-" + (PainMonitoring.TOO_MUCH_FROM - 1)),
                row("pain", "too much (REGRESS + PAIN flag)", PainMonitoring.TOO_MUCH_FROM + " or more"),
                row("pain", "flag kept until", PainClearance.CLEAR_WORKOUTS + " workouts in a row load the area with pain "
                        + PainClearance.CLEAR_AT_MOST + "/10 or less"),
                row("DELOAD", "gap since the previous workout", DeloadTrigger.GAP.toDays() + " days or more"),
                row("DELOAD", "session RPE, two workouts in a row", DeloadTrigger.HARD_SESSION_RPE + " or more"),
                row("DELOAD", "dose", "one set fewer (at least 1), reps or hold at the bottom of the range, "
                        + LoadProgression.DELOAD_PERCENT + " % less load, rounded down to a load the implement offers"),
                row("ASYMMETRY", "left/right work gap, of the larger side", "over " + AsymmetryCheck.THRESHOLD_PERCENT + " %"));
    }

    private static String implementSteps() {
        return java.util.Arrays.stream(Implement.values())
                .map(i -> i.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + kg(i.stepKg()) + " (" + kg(i.lightestKg()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String kg(double kg) {
        return Prescription.kgText(kg);
    }

    private static String row(String rule, String what, Object value) {
        return "| " + rule + " | " + what + " | " + value + " |";
    }

    /** A seven-workout story over the fixture catalogue, and what the engine made of it. */
    static String workedExample() {
        PlanView first = Histories.plan(RunnerLevel.INTERMEDIATE, 2, 3,
                Prescription.ofReps("glute-bridge", 3, 12), Prescription.ofReps("single-leg-calf-raise", 3, 12));
        List<PlannedSession> next = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            next.add(new PlannedSession("p2", "p2-s" + i, date(3 + 3 * i), List.of(
                    Prescription.ofReps("glute-bridge", 3, 13), Prescription.ofReps("single-leg-calf-raise", 3, 13))));
        }
        PlanView second = new PlanView("p2", day(4), RunnerLevel.INTERMEDIATE, date(6), next);
        PerformedExercise calf13 = Histories.reps("single-leg-calf-raise", 7.0, 13, 13, 13);
        List<Workout> history = List.of(
                Histories.planned("w1", day(0), "p1", "s1",
                        Histories.reps("glute-bridge", 7.0, 12, 12, 12),
                        Histories.reps("single-leg-calf-raise", 7.0, 12, 12, 12)),
                Histories.planned("w2", day(3), "p1", "s2",
                        Histories.reps("glute-bridge", 7.0, 12, 12, 12),
                        PerformedExercise.done("single-leg-calf-raise", List.of(
                                PerformedSet.reps(12, 7.0).onSide(Side.LEFT), PerformedSet.reps(12, 7.0).onSide(Side.LEFT),
                                PerformedSet.reps(12, 7.0).onSide(Side.LEFT),
                                PerformedSet.reps(15, 7.0).onSide(Side.RIGHT), PerformedSet.reps(14, 7.0).onSide(Side.RIGHT),
                                PerformedSet.reps(14, 7.0).onSide(Side.RIGHT)))),
                Histories.planned("w3", day(6), "p2", "p2-s1",
                        Histories.reps("glute-bridge", 9.0, 13, 11, 11),
                        calf13.withPain(4, PainArea.ACHILLES)),
                Histories.planned("w4", day(9), "p2", "p2-s2",
                        Histories.reps("glute-bridge", 9.5, 13, 12, 11), calf13),
                Histories.workout("w5", day(26), Histories.reps("glute-bridge", 7.0, 12, 12, 12), calf13),
                Histories.workout("w6", day(28), Histories.reps("glute-bridge", 6.0, 10, 10),
                        Histories.reps("single-leg-calf-raise", 6.0, 12, 12)),
                Histories.workout("w7", day(30), Histories.reps("glute-bridge", 6.0, 10, 10),
                        Histories.reps("single-leg-calf-raise", 7.0, 12, 10).withPain(6, PainArea.ACHILLES)));
        PlanLookup plans = PlanLookup.of(List.of(first, second));
        Replay replay = ProgressionEngine.replay(history, plans, Histories.CATALOGUE);

        StringBuilder out = new StringBuilder();
        out.append("Runner level INTERMEDIATE. Plan `p1` (generated ").append(date(-1)).append("): sessions `s1` on ")
                .append(date(0)).append(" and `s2` on ").append(date(3))
                .append(", each glute bridge 3 x 12 and single-leg calf raise 3 x 12 per side. Plan `p2` (generated ")
                .append(date(4)).append(" from the progression after `w2`, as the planner does): `p2-s1`..`p2-s8` every 3 days from ")
                .append(date(6)).append(", each glute bridge 3 x 13 and single-leg calf raise 3 x 13. Catalogue ranges:")
                .append(" glute bridge 10-15 (no easier rung), single-leg calf raise 12-15 per side (easier rung:")
                .append(" double-leg calf raise 15-20). `w5`-`w7` are unplanned, so they are judged against the runner's")
                .append(" current prescriptions.\n");
        int n = 1;
        for (Workout workout : ProgressionEngine.distinctInOrder(history)) {
            ProgressionUpdate update = replay.updates().get(workout.workoutId());
            out.append("\n#### ").append(n++).append(". `").append(workout.workoutId()).append("` on ")
                    .append(LocalDate.ofInstant(workout.completedAt(), ZoneOffset.UTC))
                    .append(workout.planned() ? ", planned session `" + workout.sessionId() + "`" : ", unplanned")
                    .append(workout.sessionRpe() == null ? "" : ", session RPE " + Rpe.text(workout.sessionRpe()))
                    .append("\n\n");
            for (PerformedExercise performed : workout.exercises()) {
                out.append("- done: ").append(performed.exerciseId()).append(" ").append(describe(performed)).append('\n');
            }
            out.append("\n| exercise | decision | from | to | reason |\n| --- | --- | --- | --- | --- |\n");
            for (Change change : update.changes()) {
                out.append("| ").append(change.exerciseId()).append(" | ").append(change.decision())
                        .append(" | ").append(change.from().exerciseId().equals(change.exerciseId()) ? "" : change.from().exerciseId() + " ")
                        .append(change.from().dose())
                        .append(" | ").append(change.to().exerciseId().equals(change.exerciseId()) ? "" : change.to().exerciseId() + " ")
                        .append(change.to().dose())
                        .append(" | ").append(change.reason()).append(" |\n");
            }
            Adherence a = update.adherence();
            out.append("\nAdherence: ").append(a.completedSessions()).append(" of ").append(a.plannedSessions())
                    .append(" planned sessions done (rate ").append(String.format(Locale.ROOT, "%.2f", a.rate()))
                    .append("), streak ").append(a.streakWeeks()).append(a.streakWeeks() == 1 ? " week" : " weeks").append(".\n");
            for (Flag flag : update.flags()) {
                out.append("\nFlag ").append(flag.type()).append(flag.area() == null ? "" : " (" + flag.area() + ")")
                        .append(flag.severity() == null ? "" : ", severity " + flag.severity())
                        .append(": ").append(flag.message()).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    private static String describe(PerformedExercise performed) {
        if (performed.skipped()) {
            return "skipped";
        }
        String sets;
        if (performed.sets().stream().allMatch(s -> s.side() == Side.BOTH)) {
            sets = amounts(performed.sets());
        } else {
            sets = "left " + amounts(performed.sets().stream().filter(s -> s.side() == Side.LEFT).toList())
                    + ", right " + amounts(performed.sets().stream().filter(s -> s.side() == Side.RIGHT).toList());
        }
        Double rpe = performed.sets().stream().map(PerformedSet::rpe).filter(r -> r != null).max(Double::compare).orElse(null);
        return sets + " reps" + (rpe == null ? "" : " at RPE " + Rpe.text(rpe))
                + (performed.painLevel() == null ? "" : ", pain " + performed.painLevel() + "/10 "
                + (performed.painArea() == null ? "" : performed.painArea()));
    }

    private static String amounts(List<PerformedSet> sets) {
        return sets.stream().map(s -> String.valueOf(s.reps())).collect(Collectors.joining("/"));
    }

    static String replaceSection(String text, String name, String content) {
        String begin = "<!-- generated:" + name + " (ProgressionDocTest; do not edit by hand) -->";
        String end = "<!-- end:" + name + " -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new AssertionError(DOC + " lacks the markers " + begin + " ... " + end);
        }
        return text.substring(0, from + begin.length()) + "\n" + content + "\n" + text.substring(to);
    }

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("tracking-service")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new AssertionError("repository root (with tracking-service/) not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void theWorkedExampleShowsEveryDecisionAndFlag() {
        String example = workedExample();

        for (Decision decision : Decision.values()) {
            assertThat(example).contains("| " + decision + " |");
        }
        for (FlagType type : List.of(FlagType.PAIN, FlagType.ASYMMETRY, FlagType.MISSED_SESSIONS)) {
            assertThat(example).contains("Flag " + type);
        }
    }
}
