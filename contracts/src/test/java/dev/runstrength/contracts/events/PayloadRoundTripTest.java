package dev.runstrength.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Examples;
import dev.runstrength.contracts.JsonTrees;
import dev.runstrength.contracts.model.Equipment;
import dev.runstrength.contracts.model.FlagType;
import dev.runstrength.contracts.model.Goal;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.model.LoadLevel;
import dev.runstrength.contracts.model.PainArea;
import dev.runstrength.contracts.model.Side;
import dev.runstrength.contracts.validation.ContractValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class PayloadRoundTripTest {

    private final ObjectMapper mapper = ContractJson.mapper();
    private final ContractValidator validator =
            new ContractValidator(Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void a_record_read_from_the_example_writes_every_field_of_it_back(EventKind kind) throws Exception {
        JsonNode example = Examples.of(kind);

        Object payload = mapper.treeToValue(example, kind.payloadType());
        JsonNode written = mapper.valueToTree(payload);

        assertThat(payload).isInstanceOf(kind.payloadType());
        assertThat(JsonTrees.missingOrDifferent(example, written)).isEmpty();
        assertThat(mapper.treeToValue(written, kind.payloadType())).isEqualTo(payload);
    }

    @ParameterizedTest
    @EnumSource(value = EventKind.class, names = "RUNNER_PROFILE_UPDATED", mode = EnumSource.Mode.EXCLUDE)
    void a_complete_example_round_trips_to_the_same_tree(EventKind kind) throws Exception {
        JsonNode example = Examples.of(kind);

        JsonNode written = mapper.valueToTree(mapper.treeToValue(example, kind.payloadType()));

        assertThat(JsonTrees.missingOrDifferent(written, example)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void what_a_record_writes_is_valid_against_its_schema(EventKind kind) throws Exception {
        JsonNode example = Examples.of(kind);

        JsonNode written = mapper.valueToTree(mapper.treeToValue(example, kind.payloadType()));

        assertThat(validator.errorsOf(kind, written, example.get(kind.keyField()).asText())).isEmpty();
    }

    @Test
    void the_contract_example_profile_reads_into_the_record() throws Exception {
        RunnerProfile profile = mapper.treeToValue(Examples.of(EventKind.RUNNER_PROFILE_UPDATED), RunnerProfile.class);

        assertThat(profile.runnerId()).isEqualTo("r-1042");
        assertThat(profile.updatedAt()).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
        assertThat(profile.level()).isEqualTo(Level.BEGINNER);
        assertThat(profile.goal()).isEqualTo(Goal.ENDURANCE);
        assertThat(profile.weeklyRunningKm()).isEqualTo(30.0);
        assertThat(profile.equipment()).containsExactly(Equipment.WALL, Equipment.RESISTANCE_BAND);
        assertThat(profile.runDays()).extracting(RunnerProfile.RunDay::day)
                .containsExactly(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY);
        assertThat(profile.painAreas()).singleElement().extracting(RunnerProfile.Pain::severity).isEqualTo(3);
        assertThat(profile.startDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(profile.raceDate()).isNull();
    }

    @Test
    void a_minimal_profile_gets_the_contract_defaults() throws Exception {
        RunnerProfile profile = mapper.readValue(
                "{\"runnerId\":\"r-1\",\"updatedAt\":\"2026-11-22T08:00:00Z\",\"level\":\"BEGINNER\",\"equipment\":null}",
                RunnerProfile.class);

        assertThat(profile.goal()).isEqualTo(Goal.GENERAL_FITNESS);
        assertThat(profile.sessionsPerWeek()).isEqualTo(2);
        assertThat(profile.minutesPerSession()).isEqualTo(30);
        assertThat(profile.equipment()).isEmpty();
        assertThat(profile.runDays()).isEmpty();
        assertThat(profile.painAreas()).isEmpty();
        assertThat(profile.avoidJumping()).isFalse();
        assertThat(profile.weeklyRunningKm()).isNull();
    }

    @Test
    void a_set_without_side_is_both_sides_and_an_exercise_without_skipped_was_done() throws Exception {
        CompletedWorkout workout = mapper.readValue("{\"workoutId\":\"w-1\",\"runnerId\":\"r-1\","
                + "\"completedAt\":\"2026-11-25T18:40:00Z\",\"exercises\":[{\"exerciseId\":\"plank\","
                + "\"sets\":[{\"holdSeconds\":40}]},{\"exerciseId\":\"squat\",\"sets\":null}]}", CompletedWorkout.class);

        assertThat(workout.exercises()).extracting(CompletedWorkout.Performed::skipped).containsExactly(false, false);
        assertThat(workout.exercises().get(0).sets()).singleElement()
                .extracting(CompletedWorkout.PerformedSet::side).isEqualTo(Side.BOTH);
        assertThat(workout.exercises().get(1).sets()).isEmpty();
    }

    @Test
    void nulls_the_contract_shows_are_written_and_absent_optional_fields_are_left_out() throws Exception {
        TrainingPlan plan = mapper.treeToValue(Examples.of(EventKind.PLAN_GENERATED), TrainingPlan.class);
        CompletedWorkout unplanned = new CompletedWorkout("w-2", "r-1", Instant.parse("2026-11-25T18:40:00Z"),
                null, null, null, null, null);

        JsonNode writtenPlan = mapper.valueToTree(plan);
        JsonNode writtenWorkout = mapper.valueToTree(unplanned);

        JsonNode hold = writtenPlan.at("/weeks/0/sessions/0/blocks/1/exercises/1");
        assertThat(hold.has("reps")).isTrue();
        assertThat(hold.get("reps").isNull()).isTrue();
        assertThat(writtenPlan.at("/basedOn").has("progressionAt")).isTrue();
        assertThat(writtenWorkout.has("planId")).isFalse();
        assertThat(writtenWorkout.has("sessionRpe")).isFalse();
        assertThat(writtenWorkout.get("completedAt").asText()).isEqualTo("2026-11-25T18:40:00Z");
    }

    @Test
    void unknown_fields_are_ignored_on_read() throws Exception {
        ExerciseRetired retired = mapper.readValue(
                "{\"id\":\"plank\",\"version\":2,\"retiredAt\":\"2026-11-30T09:15:00Z\",\"reason\":\"duplicate\"}",
                ExerciseRetired.class);

        assertThat(retired).isEqualTo(new ExerciseRetired("plank", 2, Instant.parse("2026-11-30T09:15:00Z")));
    }

    @Test
    void an_exercise_without_our_optional_additions_reads_them_as_off() throws Exception {
        ObjectNode data = Examples.of(EventKind.EXERCISE_UPSERTED);
        data.remove(List.of("loadable", "footContactsPerRep", "deepKneeFlexion", "kneeling", "secondsPerRep", "pattern"));

        Exercise exercise = mapper.treeToValue(data, Exercise.class);

        assertThat(exercise.loadable()).isFalse();
        assertThat(exercise.footContactsPerRep()).isZero();
        assertThat(exercise.deepKneeFlexion()).isFalse();
        assertThat(exercise.kneeling()).isFalse();
        assertThat(exercise.secondsPerRep()).isNull();
        assertThat(exercise.pattern()).isNull();
    }

    @Test
    void an_exercise_from_before_v11_reads_with_no_loads_and_an_empty_map_is_written() throws Exception {
        ObjectNode data = Examples.of(EventKind.EXERCISE_UPSERTED);
        data.remove("loads");

        Exercise exercise = mapper.treeToValue(data, Exercise.class);

        assertThat(exercise.loads()).isEmpty();
        assertThat(mapper.valueToTree(exercise).get("loads").isObject()).isTrue();
    }

    @Test
    void loads_read_by_area_and_are_written_in_the_contract_order_of_the_areas() throws Exception {
        ObjectNode data = Examples.of(EventKind.EXERCISE_UPSERTED);
        data.putObject("loads").put("CALF", "HIGH").put("KNEE", "LOW").put("ANKLE", "MODERATE");

        Exercise exercise = mapper.treeToValue(data, Exercise.class);

        assertThat(exercise.loads()).containsOnly(entry(PainArea.CALF, LoadLevel.HIGH),
                entry(PainArea.KNEE, LoadLevel.LOW), entry(PainArea.ANKLE, LoadLevel.MODERATE));
        assertThat(mapper.writeValueAsString(exercise.loads())).isEqualTo("{\"KNEE\":\"LOW\",\"ANKLE\":\"MODERATE\",\"CALF\":\"HIGH\"}");
        assertThatThrownBy(() -> exercise.loads().put(PainArea.HIP, LoadLevel.LOW))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_flag_and_a_prescription_from_before_v11_read_with_null_severity_and_target_rpe() throws Exception {
        ProgressionUpdate.Flag flag = mapper.readValue(
                "{\"type\":\"PAIN\",\"area\":\"KNEE\",\"message\":\"Knee pain 5/10\"}", ProgressionUpdate.Flag.class);
        TrainingPlan.Prescribed prescribed = mapper.readValue("{\"exerciseId\":\"plank\",\"name\":\"Plank\","
                + "\"purpose\":\"STRENGTH\",\"sets\":2,\"reps\":null,\"holdSeconds\":30,\"perSide\":false,"
                + "\"loadKg\":null,\"tempo\":null,\"restSeconds\":30,\"cues\":[],\"cautions\":[]}",
                TrainingPlan.Prescribed.class);

        assertThat(flag.severity()).isNull();
        assertThat(flag).isEqualTo(new ProgressionUpdate.Flag(FlagType.PAIN, PainArea.KNEE, "Knee pain 5/10"));
        assertThat(prescribed.targetRpe()).isNull();
        assertThat(prescribed).isEqualTo(new TrainingPlan.Prescribed("plank", "Plank", "STRENGTH", 2, null, 30, false,
                null, null, 30, List.of(), List.of()));
    }

    @Test
    void v11_fields_are_read_and_written() throws Exception {
        ProgressionUpdate.Flag flag = new ProgressionUpdate.Flag(FlagType.PAIN, PainArea.ANKLE, 6, "Ankle pain 6/10");
        TrainingPlan.Prescribed squat = new TrainingPlan.Prescribed("barbell-back-squat", "Barbell back squat",
                "STRENGTH", 3, 5, null, false, null, "2-0-1-0", 150, List.of(), List.of(), 8.0);

        JsonNode writtenFlag = mapper.valueToTree(flag);
        JsonNode writtenSquat = mapper.valueToTree(squat);

        assertThat(writtenFlag.get("severity").asInt()).isEqualTo(6);
        assertThat(writtenFlag.get("area").asText()).isEqualTo("ANKLE");
        assertThat(writtenSquat.get("targetRpe").asDouble()).isEqualTo(8.0);
        assertThat(mapper.treeToValue(writtenFlag, ProgressionUpdate.Flag.class)).isEqualTo(flag);
        assertThat(mapper.treeToValue(writtenSquat, TrainingPlan.Prescribed.class)).isEqualTo(squat);
    }
}
