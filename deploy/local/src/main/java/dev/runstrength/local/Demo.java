package dev.runstrength.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventTypes;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.contracts.events.ProgressionUpdate;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.infra.KafkaProbe;
import dev.runstrength.infra.security.SigningKeys;
import dev.runstrength.infra.security.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Talks to a running local stack the way a running app's backend would, and walks one runner through
 * the whole loop: profile in, plan out, a workout in, progression out, a second workout in,
 * progression and the new plan out, with what the new plan changed.
 *
 * <p>Each run uses a fresh runner id, so it works again on a stack that already ran it. The plan
 * starts 13 days back, so that week 1 and week 2 are behind the runner and both workouts can be
 * logged on their planned days (a workout may not be dated more than 24 h ahead).
 */
public final class Demo {

    /** The contract's example profile, with a fresh runner id, updatedAt now and a start two weeks back. */
    static final String EXAMPLE_PROFILE = """
            {"runnerId":"%s","updatedAt":"%s","level":"BEGINNER","goal":"ENDURANCE",
             "weeklyRunningKm":30,"sessionsPerWeek":2,"minutesPerSession":30,"equipment":["WALL","RESISTANCE_BAND"],
             "runDays":[{"day":"TUESDAY","type":"HARD"},{"day":"THURSDAY","type":"EASY"},{"day":"SUNDAY","type":"LONG"}],
             "painAreas":[{"area":"HEEL","severity":3}],"startDate":"%s"}""";

    /** RPE 6 leaves about four reps in reserve: comfortable, so two such sessions progress (DOMAIN, PROGRESS). */
    static final double EASY_RPE = 6.0;
    static final int DAYS_BACK = 13;
    private static final String TRACKING_PLANS_GROUP = "tracking-service-plans";
    /** The planner's and tracking's catalogue replicas, as configured in their application.properties. */
    private static final List<String> CATALOGUE_GROUPS = List.of("planner-service-catalog", "tracking-service-catalog");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        String kafka = System.getProperty("runstrength.kafka", "127.0.0.1:9092");
        String planner = System.getProperty("runstrength.planner", "http://127.0.0.1:8082");
        String tracking = System.getProperty("runstrength.tracking", "http://127.0.0.1:8083");
        String runnerId = args.length > 0 ? args[0] : "r-1042-" + UUID.randomUUID().toString().substring(0, 6);
        String token = backendToken();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDate startDate = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(DAYS_BACK);

        try (KafkaProbe probe = new KafkaProbe(kafka)) {
            RunnerEvents events = new RunnerEvents(probe, runnerId);

            for (String group : CATALOGUE_GROUPS) {
                if (!events.awaitCaughtUp(group, Topics.CATALOG_EXERCISES, WAIT)) {
                    System.out.println("(" + group + " has not read the whole catalogue yet; the plan may miss exercises)");
                }
            }

            heading(1, "Profile in", "runner.profiles");
            String profile = EXAMPLE_PROFILE.formatted(runnerId, now, startDate);
            events.publish(Topics.RUNNER_PROFILES, EventTypes.RUNNER_PROFILE_UPDATED, now, profile);
            System.out.println("The contract's example runner, as " + runnerId + ", starting " + startDate
                    + " (two weeks back, so both workouts below lie on planned days):");
            System.out.println(profile);

            heading(2, "Plan out", "planner.plans");
            RunnerEvents.Found<TrainingPlan> first = events.await(Topics.PLANNER_PLANS, TrainingPlan.class,
                    data -> now.equals(instant(data.path("basedOn").path("profileUpdatedAt"))), WAIT)
                    .orElseThrow(() -> new IllegalStateException("no plan for " + runnerId + " on " + Topics.PLANNER_PLANS
                            + " within " + WAIT.toSeconds() + " s; is the stack running (deploy/local/run.sh)?"));
            TrainingPlan plan = first.data();
            System.out.println(PlanPrinter.render(plan, 1));
            if (!events.awaitConsumed(TRACKING_PLANS_GROUP, Topics.PLANNER_PLANS, first.partition(), first.offset(), WAIT)) {
                System.out.println("(tracking has not confirmed the plan yet; the workouts may be judged without it)");
            }

            Map<String, String> ladderMoves = new LinkedHashMap<>();
            TrainingPlan.Session sessionA = plan.weeks().get(0).sessions().get(0);
            heading(3, "Workout in: week 1 " + sessionA.title() + ", done as prescribed at RPE 6", "workouts.completed");
            ProgressionUpdate one = workout(events, plan, sessionA, runnerId + "-w1", ladderMoves, now);

            TrainingPlan.Session sessionA2 = plan.weeks().get(1).sessions().get(0);
            heading(5, "Workout in: week 2 " + sessionA2.title() + ", again as prescribed at RPE 6", "workouts.completed");
            ProgressionUpdate two = workout(events, plan, sessionA2, runnerId + "-w2", ladderMoves, now);

            heading(7, "New plan out", "planner.plans");
            Optional<TrainingPlan> next = events.await(Topics.PLANNER_PLANS, TrainingPlan.class,
                    data -> !plan.planId().equals(data.path("planId").asText())
                            && two.updatedAt().equals(instant(data.path("basedOn").path("progressionAt"))), WAIT)
                    .map(RunnerEvents.Found::data);
            if (next.isEmpty()) {
                System.out.println("No new plan within " + WAIT.toSeconds() + " s: the planner publishes one only when a"
                        + " decision is not HOLD or a flag is new (DOMAIN rule 11).");
                return;
            }
            TrainingPlan newPlan = next.get();
            System.out.println("Plan " + newPlan.planId() + " supersedes " + plan.planId() + " (based on the progression of "
                    + newPlan.basedOn().progressionAt() + ").");
            System.out.println("What changed in week 1:");
            PlanChanges.inWeek(plan, newPlan, 1, ladderMoves).forEach(line -> System.out.println("  " + line));
            System.out.println("Its rationale on the progressions it applied (PROGRESSION_IN):");
            newPlan.rationale().stream().filter(r -> r.code().startsWith("PROGRESSION_IN"))
                    .forEach(r -> PlanPrinter.perExercise(r.message()).forEach(line -> System.out.println("  " + line)));
            System.out.println();
            System.out.println("Over HTTP, with a backend token (deploy/local/token.sh --role backend):");
            System.out.println("           GET " + planner + "/runners/" + runnerId + "/plan answers plan "
                    + get(planner + "/runners/" + runnerId + "/plan", token).path("planId").asText() + ";");
            JsonNode progress = get(tracking + "/runners/" + runnerId + "/progress", token);
            System.out.println("           GET " + tracking + "/runners/" + runnerId + "/progress tracks "
                    + progress.path("exercises").size() + " exercises, adherence "
                    + progress.path("adherence").path("completedSessions").asInt() + " of "
                    + progress.path("adherence").path("plannedSessions").asInt() + " sessions.");
        }
    }

    /** Publishes the session done as prescribed and prints the workout and tracking's answer to it. */
    private static ProgressionUpdate workout(RunnerEvents events, TrainingPlan plan, TrainingPlan.Session session,
                                             String workoutId, Map<String, String> ladderMoves, Instant now) {
        CompletedWorkout workout = AsPrescribed.workout(plan, session, workoutId, completedAt(session.date(), now), EASY_RPE);
        events.publish(Topics.WORKOUTS_COMPLETED, EventTypes.WORKOUT_COMPLETED, workout.completedAt(), workout);
        System.out.print(WorkoutPrinter.render(workout));

        heading(workoutId.endsWith("w1") ? 4 : 6, "Progression out", "tracking.progressions");
        ProgressionUpdate update = events.await(Topics.TRACKING_PROGRESSIONS, ProgressionUpdate.class,
                        data -> workoutId.equals(data.path("workoutId").asText()), WAIT)
                .map(RunnerEvents.Found::data)
                .orElseThrow(() -> new IllegalStateException("no progression for " + workoutId + " on "
                        + Topics.TRACKING_PROGRESSIONS + " within " + WAIT.toSeconds() + " s"));
        System.out.print(ProgressionPrinter.render(update));
        update.changes().stream().filter(c -> !c.to().exerciseId().equals(c.from().exerciseId()))
                .forEach(c -> ladderMoves.put(c.from().exerciseId(), c.to().exerciseId()));
        return update;
    }

    /** The evening of the planned day, or now when that evening is still ahead. */
    static Instant completedAt(LocalDate day, Instant now) {
        Instant evening = day.atTime(LocalTime.of(18, 0)).toInstant(ZoneOffset.UTC);
        return evening.isAfter(now) ? now : evening;
    }

    private static void heading(int step, String what, String topic) {
        System.out.println();
        System.out.println("== " + step + ". " + what + "  [" + topic + "]");
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }

    /** A backend's token, signed with the key pair the local stack made under its data directory. */
    private static String backendToken() {
        Path repo = RepoRoot.find();
        Path dataDir = Path.of(System.getProperty("runstrength.data-dir",
                (repo == null ? Path.of(".") : repo).resolve(StackOptions.DATA_DIR_NAME).toString()));
        SigningKeys keys = SigningKeys.at(dataDir.resolve("keys"));
        if (!keys.exists()) {
            throw new IllegalStateException("no signing key in " + dataDir.resolve("keys")
                    + "; is the stack running (deploy/local/run.sh)?");
        }
        return new Tokens(keys.privateKey(), Tokens.LOCAL_ISSUER).backend();
    }

    private static JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return ContractJson.mapper().readTree(answer.body());
    }
}
