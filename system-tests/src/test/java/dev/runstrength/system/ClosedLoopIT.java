package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.validation.ContractValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The loop a running app relies on, with the three services as separate processes: profile in, plan
 * out; workouts in, progression out; progression in, a new plan out.
 */
class ClosedLoopIT extends SystemTest {

    private static final ContractValidator CONTRACT = new ContractValidator();

    @Test
    void aProfileYieldsAPlanEventAndTheSamePlanOverHttp() {
        String runnerId = Runners.newId("loop-plan");
        Instant updatedAt = Instant.now();
        backend.publish(EventKind.RUNNER_PROFILE_UPDATED, runnerId,
                Runners.profile(runnerId, updatedAt, "BEGINNER").toString());

        ConsumerRecord<String, byte[]> event = backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 1).get(0);
        assertThat(Backend.header(event, "ce_type")).isEqualTo(EventKind.PLAN_GENERATED.type());
        JsonNode plan = Backend.data(event);
        CONTRACT.validate(EventKind.PLAN_GENERATED, plan, runnerId);
        assertThat(plan.path("basedOn").path("profileUpdatedAt").asText()).isEqualTo(updatedAt.toString());

        JsonNode overHttp = Backend.json(RunningSystem.get().asBackend("planner")
                .get("/runners/{runnerId}/plan", runnerId).then().statusCode(200).extract().asString());
        assertThat(overHttp).isEqualTo(plan);
        JsonNode byId = Backend.json(RunningSystem.get().asBackend("planner")
                .get("/plans/{planId}", plan.path("planId").asText()).then().statusCode(200).extract().asString());
        assertThat(byId).isEqualTo(plan);
    }

    @Test
    void twoStrongWorkoutsYieldProgressionEventsAndANewPlanThatStartsHigher() {
        String runnerId = Runners.newId("loop-progress");
        backend.publish(EventKind.RUNNER_PROFILE_UPDATED, runnerId,
                Runners.profile(runnerId, Runners.SET_UP_AT, "BEGINNER").toString());
        JsonNode firstPlan = Backend.data(backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 1).get(0));
        String planId = firstPlan.path("planId").asText();
        JsonNode weekOneA = Runners.session(firstPlan, 1, 0);
        JsonNode weekTwoA = Runners.session(firstPlan, 2, 0);
        assertThat(ids(weekTwoA)).as("the A session repeats every week").isEqualTo(ids(weekOneA));
        backend.awaitPlansKnownToTracking();

        // the first workout: one success per exercise is not yet a progression, so no new plan
        ObjectNode first = Runners.workoutAsPrescribed(runnerId, planId, weekOneA, Runners.newId("w1"), 6);
        backend.publish(EventKind.WORKOUT_COMPLETED, runnerId, first.toString());
        JsonNode afterFirst = Backend.data(backend.awaitEvents(Topics.TRACKING_PROGRESSIONS, runnerId, 1).get(0));
        CONTRACT.validate(EventKind.PROGRESSION_UPDATED, afterFirst, runnerId);
        assertThat(afterFirst.path("workoutId").asText()).isEqualTo(first.path("workoutId").asText());
        assertThat(decisions(afterFirst)).containsOnly("HOLD");
        assertThat(afterFirst.path("adherence").path("completedSessions").asInt()).isEqualTo(1);

        // the second, at RPE 6: two successes in a row, the last at RPE <= 7, so PROGRESS
        ObjectNode second = Runners.workoutAsPrescribed(runnerId, planId, weekTwoA, Runners.newId("w2"), 6);
        backend.publish(EventKind.WORKOUT_COMPLETED, runnerId, second.toString());
        JsonNode afterSecond = Backend.data(backend.awaitEvents(Topics.TRACKING_PROGRESSIONS, runnerId, 2).get(1));
        assertThat(afterSecond.path("workoutId").asText()).isEqualTo(second.path("workoutId").asText());
        List<JsonNode> progressed = changes(afterSecond, "PROGRESS");
        assertThat(progressed).as("changes after two strong workouts: %s", afterSecond.path("changes")).isNotEmpty();

        List<ConsumerRecord<String, byte[]>> plans = backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 2);
        assertThat(plans).as("one plan for the profile, one for the progression, none for the all-HOLD update")
                .hasSize(2);
        JsonNode newPlan = Backend.data(plans.get(1));
        assertThat(newPlan.path("basedOn").path("progressionAt").asText())
                .isEqualTo(afterSecond.path("updatedAt").asText());

        // rule 11 carries tracking's prescriptions into STRENGTHEN work; PREPARE and RECOVER doses are
        // set by the time budget (docs/planner.md), so only strength exercises are compared
        int movedUp = 0;
        for (JsonNode change : progressed) {
            JsonNode to = change.path("to");
            List<JsonNode> inNewPlan = prescribedInWeekOne(newPlan, to.path("exerciseId").asText());
            if (inNewPlan.isEmpty()) {
                continue;
            }
            for (JsonNode prescribed : inNewPlan) {
                assertThat(prescribed.path("sets").asInt()).as("sets of %s", to).isBetween(1, to.path("sets").asInt());
                assertThat(prescribed.path("reps")).as("reps of %s", to).isEqualTo(to.path("reps"));
                assertThat(prescribed.path("holdSeconds")).as("hold of %s", to).isEqualTo(to.path("holdSeconds"));
                assertThat(prescribed.path("loadKg").asDouble()).as("load of %s", to).isEqualTo(to.path("loadKg").asDouble());
            }
            String fromId = change.path("from").path("exerciseId").asText();
            JsonNode before = prescribedInWeekOne(firstPlan, fromId).stream().findFirst().orElse(null);
            if (before == null) {
                continue;
            }
            assertThat(higher(to, before)).as("%s is above the first plan's %s", to, before).isTrue();
            assertThat(rationale(newPlan, "PROGRESSION_IN")).contains(prescribedInWeekOne(newPlan,
                    to.path("exerciseId").asText()).get(0).path("name").asText());
            movedUp++;
        }
        assertThat(movedUp).as("progressed exercises found in the new plan's first week").isPositive();
    }

    @Test
    void kneePainRegressesFlagsPainAndReplansWithoutDeepKneeBendsJumpsKneelingOrLunges() {
        String runnerId = Runners.newId("loop-knee");
        ObjectNode profile = Runners.profile(runnerId, Runners.SET_UP_AT, "INTERMEDIATE");
        profile.put("goal", "SPEED");
        backend.publish(EventKind.RUNNER_PROFILE_UPDATED, runnerId, profile.toString());
        JsonNode firstPlan = Backend.data(backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 1).get(0));
        Catalogue catalogue = new Catalogue(RunningSystem.get().url("catalog"));
        List<String> kneeLoading = Runners.usedExercises(firstPlan).stream().filter(catalogue::offLimitsForASevereKnee).toList();
        assertThat(kneeLoading).as("the first plan has knee bends, jumps, kneeling, lunges or knee-loading work to take out")
                .isNotEmpty();

        // the runner feels the knee (7/10) in a strength exercise that loads it heavily, in the first session that has
        // one (a warm-up drill at its easiest dose, one round, has no easier dose to regress to: tracking holds it)
        JsonNode session = null;
        String hurting = null;
        for (JsonNode candidate : firstPlan.path("weeks").get(0).path("sessions")) {
            hurting = strengthWork(candidate).stream().map(e -> e.path("exerciseId").asText())
                    .filter(id -> catalogue.load(id, "KNEE").equals("HIGH")).findFirst().orElse(null);
            if (hurting != null) {
                session = candidate;
                break;
            }
        }
        assertThat(hurting).as("a week-1 session with a knee-loading exercise").isNotNull();
        backend.awaitPlansKnownToTracking();
        ObjectNode workout = Runners.painIn(Runners.workoutAsPrescribed(runnerId, firstPlan.path("planId").asText(),
                session, Runners.newId("w"), 6), hurting, 7, "KNEE");
        backend.publish(EventKind.WORKOUT_COMPLETED, runnerId, workout.toString());

        String painful = hurting;
        JsonNode update = Backend.data(backend.awaitEvents(Topics.TRACKING_PROGRESSIONS, runnerId, 1).get(0));
        JsonNode change = changes(update, "REGRESS").stream()
                .filter(c -> c.path("exerciseId").asText().equals(painful)).findFirst()
                .orElseThrow(() -> new AssertionError("no REGRESS for " + painful + " in " + update));
        assertThat(change.path("reason").asText()).contains("7/10");
        assertThat(update.path("flags")).anySatisfy(flag -> {
            assertThat(flag.path("type").asText()).isEqualTo("PAIN");
            assertThat(flag.path("area").asText()).isEqualTo("KNEE");
        });

        JsonNode newPlan = Backend.data(backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, 2).get(1));
        assertThat(newPlan.path("basedOn").path("progressionAt").asText()).isEqualTo(update.path("updatedAt").asText());
        // v1.1: at 7/10 nothing that loads the knee more than lightly, no kneeling, no lunges or split squats
        assertThat(Runners.usedExercises(newPlan)).isNotEmpty().noneMatch(catalogue::loadsTheKnee)
                .noneMatch(catalogue::kneels).noneMatch(catalogue::isLungeOrSplitSquat)
                .noneMatch(catalogue::offLimitsForASevereKnee);
        assertThat(rationale(newPlan, "PAIN_KNEE")).contains("no lunges or split squats").contains("nothing kneeling");
        assertThat(rationale(newPlan, "PAIN_SEVERE")).contains("physiotherapist or doctor");
        assertThat(update.path("flags").findValues("severity")).anySatisfy(s -> assertThat(s.asInt()).isEqualTo(7));
    }

    /** The STRENGTHEN exercises of a session. */
    private static List<JsonNode> strengthWork(JsonNode session) {
        List<JsonNode> found = new java.util.ArrayList<>();
        session.path("blocks").forEach(block -> {
            if (block.path("phase").asText().equals("STRENGTHEN")) {
                block.path("exercises").forEach(found::add);
            }
        });
        return found;
    }

    private static List<String> ids(JsonNode session) {
        return Runners.exercises(session).stream().map(e -> e.path("exerciseId").asText()).toList();
    }

    private static List<String> decisions(JsonNode update) {
        return StreamSupport.stream(update.path("changes").spliterator(), false)
                .map(c -> c.path("decision").asText()).toList();
    }

    private static List<JsonNode> changes(JsonNode update, String decision) {
        return StreamSupport.stream(update.path("changes").spliterator(), false)
                .filter(c -> c.path("decision").asText().equals(decision)).toList();
    }

    private static List<JsonNode> prescribedInWeekOne(JsonNode plan, String exerciseId) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode session : plan.path("weeks").get(0).path("sessions")) {
            Runners.strengthExercises(session).stream().filter(e -> e.path("exerciseId").asText().equals(exerciseId))
                    .forEach(found::add);
        }
        return found;
    }

    /** A harder exercise on the ladder, or more sets, reps, seconds or load than before. */
    private static boolean higher(JsonNode to, JsonNode before) {
        if (!to.path("exerciseId").asText().equals(before.path("exerciseId").asText())) {
            return true;
        }
        return to.path("sets").asInt() > before.path("sets").asInt()
                || to.path("reps").asInt() > before.path("reps").asInt()
                || to.path("holdSeconds").asInt() > before.path("holdSeconds").asInt()
                || to.path("loadKg").asDouble() > before.path("loadKg").asDouble();
    }

    static String rationale(JsonNode plan, String code) {
        return StreamSupport.stream(plan.path("rationale").spliterator(), false)
                .filter(r -> r.path("code").asText().equals(code))
                .map(r -> r.path("message").asText()).collect(Collectors.joining("\n"));
    }
}
