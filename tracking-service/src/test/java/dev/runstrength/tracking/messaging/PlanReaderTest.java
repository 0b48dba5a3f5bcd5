package dev.runstrength.tracking.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.model.BlockPhase;
import dev.runstrength.contracts.model.Level;
import dev.runstrength.contracts.model.TrainingPhase;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.contracts.validation.ContractViolation;
import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.domain.RunnerLevel;
import dev.runstrength.tracking.mapping.PlanMapping;
import dev.runstrength.tracking.service.PlanRecorder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What tracking reads of a plan: the view the whole plan maps to, and a reason naming the field when it cannot. */
class PlanReaderTest {

    private static final PlanReader READER = new PlanReader();
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-02");

    @Test
    void readsTheViewTheWholePlanMapsTo() {
        TrainingPlan plan = plan();
        PlanRecorder.Arrival read = read(json(plan));
        assertThat(read.planId()).isEqualTo("plan-1");
        assertThat(read.runnerId()).isEqualTo("runner-1");
        assertThat(read.generatedAt()).isEqualTo(plan.generatedAt());
        assertThat(read.view()).isEqualTo(PlanMapping.toDomain(plan));
        assertThat(READER.read(bytes(json(plan))).aggregateId()).isEqualTo("runner-1");
    }

    @Test
    void fieldsTrackingDoesNotReadDoNotMatter() {
        ObjectNode plan = json(plan());
        PlanView whole = read(plan).view();
        plan.putObject("somethingNew").put("added", "in a later minor version").putArray("list").add(1);
        plan.remove("runnerLevel");
        exercise(plan).remove("targetRpe");
        exercise(plan).put("name", "x".repeat(500)); // beyond the schema's bound, but tracking never reads it
        PlanView read = read(plan).view();
        assertThat(read.sessions()).isEqualTo(whole.sessions());
        assertThat(whole.runnerLevel()).isEqualTo(RunnerLevel.INTERMEDIATE);
        assertThat(read.runnerLevel()).as("without the optional level: the planner's default").isEqualTo(RunnerLevel.BEGINNER);
    }

    @Test
    void aBrokenFieldTrackingReadsIsNamed() {
        assertNamed("generatedAt", plan -> plan.remove("generatedAt"));
        assertNamed("planId", plan -> plan.put("planId", ""));
        assertNamed("runnerId", plan -> plan.put("runnerId", "not a runner id"));
        assertNamed("weeks", plan -> plan.putArray("weeks"));
        assertNamed("weeks/0/startsOn", plan -> week(plan).remove("startsOn"));
        assertNamed("weeks/0/startsOn", plan -> week(plan).put("startsOn", "next monday"));
        assertNamed("weeks/0/week", plan -> week(plan).put("week", 0));
        assertNamed("weeks/0/sessions/0/date", plan -> session(plan).remove("date"));
        assertNamed("weeks/0/sessions/0/sessionId", plan -> session(plan).remove("sessionId"));
        assertNamed("weeks/0/sessions/0/blocks", plan -> ((ArrayNode) session(plan).path("blocks")).remove(2));
        assertNamed("weeks/0/sessions/0/blocks/1/phase", plan -> block(plan).put("phase", "WARM_UP"));
        assertNamed("weeks/0/sessions/0/blocks/1/exercises/0/sets", plan -> exercise(plan).remove("sets"));
        assertNamed("weeks/0/sessions/0/blocks/1/exercises/0/sets", plan -> exercise(plan).put("sets", "three"));
        assertNamed("weeks/0/sessions/0/blocks/1/exercises/0/sets", plan -> exercise(plan).put("sets", 2.5));
        assertNamed("weeks/0/sessions/0/blocks/1/exercises/0/reps", plan -> exercise(plan).put("reps", 900));
        assertNamed("weeks/0/sessions/0/blocks/1/exercises/0", plan -> exercise(plan).putNull("reps"));
        assertNamed("weeks/0/sessions/0/blocks/1/exercises/0/loadKg", plan -> exercise(plan).put("loadKg", -1));
        assertNamed("weeks/0/sessions/0/blocks/1/exercises/0/exerciseId", plan -> exercise(plan).remove("exerciseId"));
    }

    @Test
    void whatIsNotAJsonObjectIsRefused() {
        assertThatThrownBy(() -> READER.read("{\"planId\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ContractViolation.class).hasMessageStartingWith("value: not valid JSON");
        assertThatThrownBy(() -> READER.read(new byte[0])).isInstanceOf(ContractViolation.class)
                .hasMessageStartingWith("value:");
        assertThatThrownBy(() -> READER.read("[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ContractViolation.class).hasMessageStartingWith("data:");
    }

    /**
     * The reader checks the fields it reads against the bounds the plan's JSON Schema gives them, written again in
     * PlanFields for speed: at each bound, and one past it, the reader and the schema must agree.
     */
    @Test
    void theReadersBoundsAreTheSchemas() {
        assertAgreeAtBound("sets", (plan, n) -> exercise(plan).put("sets", n), 50);
        assertAgreeAtBound("reps", (plan, n) -> exercise(plan).put("reps", n), 500);
        assertAgreeAtBound("holdSeconds", (plan, n) -> {
            exercise(plan).putNull("reps");
            exercise(plan).put("holdSeconds", n);
        }, 3600);
        assertAgreeAtBound("loadKg", (plan, n) -> exercise(plan).put("loadKg", n), 500);
        assertAgreeAtBound("week", (plan, n) -> week(plan).put("week", n), 104);
        assertAgreeAtBound("planId length", (plan, n) -> plan.put("planId", "p".repeat(n)), 64);
        assertAgreeAtBound("sessionId length", (plan, n) -> session(plan).put("sessionId", "s".repeat(n)), 128);
        assertAgreeAtBound("exerciseId length", (plan, n) -> exercise(plan).put("exerciseId", "e".repeat(n)), 64);
        assertAgreeAtBound("sessions", (plan, n) -> fill((ArrayNode) week(plan).path("sessions"), n), 7);
        assertAgreeAtBound("exercises", (plan, n) -> fill((ArrayNode) block(plan).path("exercises"), n), 50);
        assertAgreeAtBound("weeks", (plan, n) -> fill((ArrayNode) plan.path("weeks"), n), 104);
    }

    private static void assertAgreeAtBound(String what, java.util.function.BiConsumer<ObjectNode, Integer> set, int bound) {
        for (int n : new int[] {bound, bound + 1}) {
            ObjectNode plan = json(plan());
            set.accept(plan, n);
            boolean schema = accepted(() -> new ContractValidator().validate(EventKind.PLAN_GENERATED, plan));
            boolean reader = accepted(() -> READER.read(bytes(plan)));
            assertThat(reader).as("%s = %d: the reader accepts it exactly when the schema does", what, n).isEqualTo(schema);
            assertThat(schema).as("%s = %d is within the schema", what, n).isEqualTo(n == bound);
        }
    }

    private static boolean accepted(Runnable check) {
        try {
            check.run();
            return true;
        } catch (ContractViolation e) {
            return false;
        }
    }

    /** Grows the array to {@code size} items with copies of its first. */
    private static void fill(ArrayNode array, int size) {
        while (array.size() < size) {
            array.add(array.get(0).deepCopy());
        }
    }

    private static void assertNamed(String field, Consumer<ObjectNode> spoil) {
        ObjectNode plan = json(plan());
        spoil.accept(plan);
        assertThatThrownBy(() -> READER.read(bytes(plan))).as(field).isInstanceOf(ContractViolation.class)
                .satisfies(e -> assertThat(((ContractViolation) e).errors())
                        .anySatisfy(error -> assertThat(error.field()).isEqualTo(field)));
    }

    private static PlanRecorder.Arrival read(ObjectNode plan) {
        return (PlanRecorder.Arrival) READER.read(bytes(plan)).value();
    }

    private static ObjectNode week(ObjectNode plan) {
        return (ObjectNode) plan.path("weeks").get(0);
    }

    private static ObjectNode session(ObjectNode plan) {
        return (ObjectNode) week(plan).path("sessions").get(0);
    }

    private static ObjectNode block(ObjectNode plan) {
        return (ObjectNode) session(plan).path("blocks").get(1);
    }

    private static ObjectNode exercise(ObjectNode plan) {
        return (ObjectNode) block(plan).path("exercises").get(0);
    }

    private static byte[] bytes(ObjectNode plan) {
        return plan.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode json(TrainingPlan plan) {
        ObjectNode json = ContractJson.mapper().valueToTree(plan);
        new ContractValidator().validate(EventKind.PLAN_GENERATED, json, plan.runnerId());
        return json;
    }

    private static TrainingPlan plan() {
        TrainingPlan.Prescribed bridge = new TrainingPlan.Prescribed("glute-bridge", "Glute bridge", "STRENGTH",
                3, 12, null, false, 10.0, null, 45, List.of("Squeeze"), List.of(), 7.0);
        TrainingPlan.Prescribed plank = new TrainingPlan.Prescribed("plank", "Plank", "CORE",
                2, null, 30, false, null, null, 30, List.of(), List.of());
        List<TrainingPlan.Session> sessions = List.of(MONDAY, MONDAY.plusDays(3)).stream()
                .map(date -> new TrainingPlan.Session("s-" + date, date, date.getDayOfWeek(), "Strength", 30, List.of(
                        new TrainingPlan.Block(BlockPhase.PREPARE, List.of(plank)),
                        new TrainingPlan.Block(BlockPhase.STRENGTHEN, List.of(bridge)),
                        new TrainingPlan.Block(BlockPhase.RECOVER, List.of()))))
                .toList();
        return new TrainingPlan("plan-1", "runner-1", Instant.parse("2026-11-01T08:00:00Z"),
                new TrainingPlan.BasedOn(Instant.parse("2026-11-01T07:00:00Z"), null), TrainingPhase.BASE,
                List.of(new TrainingPlan.Week(1, MONDAY, false, sessions),
                        new TrainingPlan.Week(2, MONDAY.plusDays(7), true, List.of())),
                List.of(new TrainingPlan.Rationale("TEST", "A plan written by the test.")), Level.INTERMEDIATE);
    }
}
