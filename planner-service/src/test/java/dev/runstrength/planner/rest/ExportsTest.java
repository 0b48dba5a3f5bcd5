package dev.runstrength.planner.rest;

import static dev.runstrength.infra.security.Callers.asBackend;
import static dev.runstrength.infra.security.Callers.asRunner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.events.TrainingPlan.Prescribed;
import dev.runstrength.contracts.events.TrainingPlan.Session;
import dev.runstrength.infra.security.Callers;
import dev.runstrength.planner.PlannerTestResources;
import dev.runstrength.planner.export.DoseText;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.planner.messaging.PlanEvents;
import dev.runstrength.planner.messaging.ProfileRecords;
import com.garmin.fit.Decode;
import com.garmin.fit.MesgBroadcaster;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WorkoutStepMesg;
import dev.runstrength.replica.SeededCatalogueTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The exports of a runner's current plan: the calendar (and its secret feed), a session as a FIT
 * workout, the printable page; each read back with the tool a user's app would use.
 */
@QuarkusTest
@PlannerTestResources
class ExportsTest extends SeededCatalogueTest {

    private static final Instant FIRST = Instant.parse("2026-11-22T08:00:00Z");

    @TestHTTPResource("/")
    URL base;

    /** Sends the runner's profile and waits for its plan number {@code count}. */
    private TrainingPlan planFor(String runnerId, Instant updatedAt, int minutes, int count) {
        ProfileRecords.sendBinary(kafka, runnerId, UUID.randomUUID().toString(),
                ProfileRecords.profile(runnerId, updatedAt).put("minutesPerSession", minutes).toString());
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> plans = PlanEvents.awaitFor(kafka, runnerId, count);
        return ContractJson.read(PlanEvents.data(plans.get(count - 1)), TrainingPlan.class);
    }

    /** A copy under target/exports, for a person to open in a calendar, a FIT viewer or a browser. */
    private static void keep(String name, byte[] content) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "exports");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Calendar calendar(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not a calendar ical4j reads: " + e.getMessage() + "\n" + text, e);
        }
    }

    private static String icsOf(String runnerId) {
        return asRunner(runnerId).get("/runners/{runnerId}/plan.ics", runnerId).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
    }

    private static List<Session> sessions(TrainingPlan plan) {
        return plan.weeks().stream().flatMap(week -> week.sessions().stream()).toList();
    }

    private static String property(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow(() -> new AssertionError("no " + name + " in " + event)).getValue();
    }

    /** UID to [SEQUENCE, DESCRIPTION, DTSTAMP] of every entry. */
    private static Map<String, List<String>> entries(Calendar calendar) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            entries.put(property(event, Property.UID), List.of(property(event, Property.SEQUENCE),
                    property(event, Property.DESCRIPTION), property(event, Property.DTSTAMP)));
        }
        return entries;
    }

    @Test
    void theCalendarHasAnAllDayEntryPerSessionWithEveryDoseAndAReplanRaisesTheSequenceOfChangedEntriesOnly() throws Exception {
        String runnerId = ProfileRecords.newRunnerId("ics");
        TrainingPlan plan = planFor(runnerId, FIRST, 40, 1);

        String text = icsOf(runnerId);
        keep("plan.ics", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Calendar first = calendar(text);
        first.validate();
        List<VEvent> events = first.getComponents(Component.VEVENT);
        assertThat(events).hasSize(sessions(plan).size());
        for (int i = 0; i < events.size(); i++) {
            VEvent event = events.get(i);
            Session session = sessions(plan).get(i);
            assertThat(event.getStartDate().orElseThrow().getDate()).isEqualTo(session.date());
            assertThat(property(event, Property.DTSTART)).isEqualTo(session.date().toString().replace("-", ""));
            assertThat(property(event, Property.SUMMARY)).contains(session.title());
            assertThat(property(event, Property.SEQUENCE)).isEqualTo("0");
            String description = property(event, Property.DESCRIPTION);
            for (Prescribed exercise : session.blocks().stream().flatMap(b -> b.exercises().stream()).toList()) {
                assertThat(description).contains(exercise.name() + ": " + DoseText.of(exercise));
            }
        }
        Map<String, List<String>> before = entries(first);
        assertThat(before).hasSize(events.size());
        assertThat(entries(calendar(icsOf(runnerId)))).as("fetched again, nothing changed").isEqualTo(before);

        // a shorter session budget changes what the sessions hold, not the days they are on
        TrainingPlan replanned = planFor(runnerId, FIRST.plusSeconds(3600), 20, 2);
        assertThat(replanned.planId()).isNotEqualTo(plan.planId());
        Map<String, List<String>> after = entries(calendar(icsOf(runnerId)));

        assertThat(after.keySet()).as("the same sessions keep their UIDs").isEqualTo(before.keySet());
        int changed = 0;
        for (Map.Entry<String, List<String>> entry : after.entrySet()) {
            List<String> was = before.get(entry.getKey());
            if (entry.getValue().get(1).equals(was.get(1))) {
                assertThat(entry.getValue()).as("unchanged %s", entry.getKey()).isEqualTo(was);
            } else {
                assertThat(entry.getValue().get(0)).as("SEQUENCE of changed %s", entry.getKey()).isEqualTo("1");
                changed++;
            }
        }
        assertThat(changed).as("entries the replan changed").isPositive();
    }

    @Test
    void aFeedUrlServesTheCalendarWithoutATokenUntilItIsRevokedOrReplaced() {
        String runnerId = ProfileRecords.newRunnerId("feed");
        TrainingPlan plan = planFor(runnerId, FIRST, 40, 1);

        String url = asRunner(runnerId).post("/runners/{runnerId}/calendar-feed", runnerId).then().statusCode(201)
                .body("runnerId", equalTo(runnerId)).extract().path("url");
        assertThat(url).startsWith(base.toString()).matches(".*/calendar-feeds/[A-Za-z0-9_-]{43}\\.ics");
        String viaFeed = RestAssured.given().get(url).then().statusCode(200).contentType(startsWith("text/calendar"))
                .extract().asString();
        assertThat(calendar(viaFeed).<VEvent>getComponents(Component.VEVENT)).hasSize(sessions(plan).size());
        RestAssured.given().auth().oauth2(Callers.tokens().expired(Callers.tokens().backend())).get(url)
                .then().statusCode(401).contentType("application/problem+json");

        String replacement = asBackend().post("/runners/{runnerId}/calendar-feed", runnerId).then().statusCode(201)
                .extract().path("url");
        RestAssured.given().get(url).then().statusCode(404).contentType("application/problem+json");
        RestAssured.given().get(replacement).then().statusCode(200);

        asRunner(runnerId).delete("/runners/{runnerId}/calendar-feed", runnerId).then().statusCode(204);
        RestAssured.given().get(replacement).then().statusCode(404).contentType("application/problem+json");
        asRunner(runnerId).delete("/runners/{runnerId}/calendar-feed", runnerId).then().statusCode(204);
    }

    @Test
    void aSessionIsAFitWorkoutWhoseStepsAreItsSets() {
        String runnerId = ProfileRecords.newRunnerId("fit");
        TrainingPlan plan = planFor(runnerId, FIRST, 40, 1);
        Session session = sessions(plan).get(0);

        byte[] file = asRunner(runnerId).get("/runners/{runnerId}/plan/sessions/{sessionId}.fit", runnerId, session.sessionId())
                .then().statusCode(200).contentType("application/vnd.ant.fit").extract().asByteArray();

        keep("session.fit", file);
        List<WorkoutStepMesg> steps = new ArrayList<>();
        Decode decode = new Decode();
        MesgBroadcaster broadcaster = new MesgBroadcaster(decode);
        broadcaster.addListener((com.garmin.fit.WorkoutStepMesgListener) steps::add);
        assertThat(decode.read(new ByteArrayInputStream(file), broadcaster, broadcaster)).isTrue();
        List<WorkoutStepMesg> sets = steps.stream().filter(step -> !"Rest".equals(step.getWktStepName())).toList();
        List<Prescribed> prescribed = session.blocks().stream().flatMap(b -> b.exercises().stream()).toList();
        assertThat(sets).hasSize(prescribed.stream().mapToInt(Prescribed::sets).sum());
        int next = 0;
        for (Prescribed exercise : prescribed) {
            for (int set = 0; set < exercise.sets(); set++) {
                WorkoutStepMesg step = sets.get(next++);
                assertThat(step.getWktStepName()).startsWith(exercise.name().substring(0, Math.min(20, exercise.name().length())));
                if (exercise.reps() != null) {
                    assertThat(step.getDurationType()).isEqualTo(WktStepDuration.REPS);
                    assertThat(step.getDurationReps()).isEqualTo(exercise.reps().longValue());
                } else {
                    assertThat(step.getDurationType()).isEqualTo(WktStepDuration.TIME);
                    assertThat(step.getDurationTime()).isEqualTo(exercise.holdSeconds().floatValue());
                }
            }
        }
        assertThat(sets).anySatisfy(step -> assertThat(step.getExerciseCategory()).isNotNull());

        asRunner(runnerId).get("/runners/{runnerId}/plan/sessions/{sessionId}.fit", runnerId, "no-such-session")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("sessionId"));
    }

    @Test
    void thePrintablePageShowsEveryExerciseOfTheFirstWeekWithItsDoseAndTheRationaleWithoutScript() throws IOException {
        String runnerId = ProfileRecords.newRunnerId("html");
        TrainingPlan plan = planFor(runnerId, FIRST, 40, 1);

        try (WebClient browser = new WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            browser.addRequestHeader("Authorization", "Bearer " + Callers.tokens().runner(runnerId));
            HtmlPage page = browser.getPage(new URL(base, "runners/" + runnerId + "/plan.html"));

            keep("plan.html", page.getWebResponse().getContentAsString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(page.getWebResponse().getContentType()).isEqualTo("text/html");
            assertThat(page.getElementsByTagName("script")).isEmpty();
            String text = page.asNormalizedText();
            assertThat(text).contains("Your strength plan", "Week 1", "Prepare", "Strengthen", "Recover");
            for (Session session : plan.weeks().get(0).sessions()) {
                assertThat(text).contains(session.title());
                for (Prescribed exercise : session.blocks().stream().flatMap(b -> b.exercises().stream()).toList()) {
                    assertThat(text).contains(exercise.name(), DoseText.of(exercise));
                    exercise.cautions().forEach(caution -> assertThat(text).contains(caution));
                }
            }
            plan.rationale().forEach(reason -> assertThat(text).contains(reason.message()));
            assertThat(text).doesNotContain("{");
        }
    }

    @Test
    void aRunnerWithoutAPlanGetsNotFoundProblems() {
        String runnerId = ProfileRecords.newRunnerId("none");
        for (String path : List.of("/runners/{runnerId}/plan.ics", "/runners/{runnerId}/plan.html")) {
            asBackend().get(path, runnerId).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("runnerId"));
        }
        asBackend().get("/runners/{runnerId}/plan/sessions/{sessionId}.fit", runnerId, "s-1").then().statusCode(404)
                .contentType("application/problem+json");
        RestAssured.given().get("/calendar-feeds/{secret}.ics", "A".repeat(43)).then().statusCode(404)
                .contentType("application/problem+json");
        RestAssured.given().get("/calendar-feeds/{secret}.ics", "short").then().statusCode(404);
    }
}
