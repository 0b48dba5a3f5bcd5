package dev.runstrength.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Profiles and completed workouts as a running app would send them for a test runner. */
final class Runners {

    /** The first day of every test runner's plan: three weeks ago, so its first weeks lie in the past. */
    static final LocalDate PLAN_START = LocalDate.now(ZoneOffset.UTC).minusDays(21);

    /** When the test runners set up their profiles: the morning before their plans start. */
    static final Instant SET_UP_AT = PLAN_START.minusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC);

    private Runners() {
    }

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A runner whose plan starts on {@link #PLAN_START}, so that workouts for the sessions of its first
     * weeks are not in the future.
     */
    static ObjectNode profile(String runnerId, Instant updatedAt, String level) {
        ObjectNode profile = ContractJson.mapper().createObjectNode();
        profile.put("runnerId", runnerId);
        profile.put("updatedAt", updatedAt.toString());
        profile.put("level", level);
        profile.put("goal", "GENERAL_FITNESS");
        profile.put("weeklyRunningKm", 35);
        profile.put("sessionsPerWeek", 2);
        profile.put("minutesPerSession", 40);
        profile.putArray("equipment").add("STEP").add("RESISTANCE_BAND").add("DUMBBELLS");
        ArrayNode runDays = profile.putArray("runDays");
        runDays.addObject().put("day", "TUESDAY").put("type", "HARD");
        runDays.addObject().put("day", "SATURDAY").put("type", "EASY");
        runDays.addObject().put("day", "SUNDAY").put("type", "LONG");
        profile.put("startDate", PLAN_START.toString());
        return profile;
    }

    static JsonNode session(JsonNode plan, int week, int index) {
        return plan.path("weeks").get(week - 1).path("sessions").get(index);
    }

    /** Every prescribed exercise of the session, blocks in order. */
    static List<JsonNode> exercises(JsonNode session) {
        List<JsonNode> all = new ArrayList<>();
        session.path("blocks").forEach(block -> block.path("exercises").forEach(all::add));
        return all;
    }

    /** The id of every exercise the plan prescribes anywhere. */
    static Set<String> usedExercises(JsonNode plan) {
        return plan.findValues("exerciseId").stream().map(JsonNode::asText).collect(Collectors.toSet());
    }

    static List<JsonNode> strengthExercises(JsonNode session) {
        List<JsonNode> all = new ArrayList<>();
        session.path("blocks").forEach(block -> {
            if (block.path("phase").asText().equals("STRENGTHEN")) {
                block.path("exercises").forEach(all::add);
            }
        });
        return all;
    }

    /**
     * The session carried out exactly as prescribed (every set, every rep or second, the load given),
     * each set at the given RPE, finished at 18:00 UTC on the session's date.
     */
    static ObjectNode workoutAsPrescribed(String runnerId, String planId, JsonNode session, String workoutId, double rpe) {
        ObjectNode workout = ContractJson.mapper().createObjectNode();
        workout.put("workoutId", workoutId);
        workout.put("runnerId", runnerId);
        workout.put("completedAt", LocalDate.parse(session.path("date").asText()).atTime(18, 0)
                .toInstant(ZoneOffset.UTC).toString());
        workout.put("planId", planId);
        workout.put("sessionId", session.path("sessionId").asText());
        workout.put("durationMinutes", session.path("estimatedMinutes").asInt());
        workout.put("sessionRpe", 5);
        ArrayNode performed = workout.putArray("exercises");
        for (JsonNode prescribed : exercises(session)) {
            ObjectNode exercise = performed.addObject();
            exercise.put("exerciseId", prescribed.path("exerciseId").asText());
            ArrayNode sets = exercise.putArray("sets");
            for (int i = 0; i < prescribed.path("sets").asInt(); i++) {
                ObjectNode set = sets.addObject();
                set.set("reps", prescribed.path("reps"));
                set.set("holdSeconds", prescribed.path("holdSeconds"));
                set.set("loadKg", prescribed.path("loadKg"));
                set.put("side", "BOTH");
                set.put("rpe", rpe);
            }
            exercise.put("painLevel", 0);
        }
        return workout;
    }

    /** An unplanned workout of one plank hold, for runners the test only counts workouts of. */
    static ObjectNode plankWorkout(String runnerId, String workoutId, Instant completedAt) {
        ObjectNode workout = ContractJson.mapper().createObjectNode();
        workout.put("workoutId", workoutId);
        workout.put("runnerId", runnerId);
        workout.put("completedAt", completedAt.toString());
        ObjectNode plank = workout.putArray("exercises").addObject();
        plank.put("exerciseId", "plank");
        ArrayNode sets = plank.putArray("sets");
        for (int i = 0; i < 2; i++) {
            sets.addObject().put("holdSeconds", 30).put("side", "BOTH").put("rpe", 6);
        }
        return workout;
    }

    static ObjectNode painIn(ObjectNode workout, String exerciseId, int level, String area) {
        for (JsonNode exercise : workout.path("exercises")) {
            if (exercise.path("exerciseId").asText().equals(exerciseId)) {
                ((ObjectNode) exercise).put("painLevel", level).put("painArea", area);
                return workout;
            }
        }
        throw new IllegalArgumentException(exerciseId + " is not in the workout");
    }
}
