package dev.runstrength.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.garmin.fit.Decode;
import com.garmin.fit.MesgBroadcaster;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WorkoutStepMesg;
import dev.runstrength.contracts.Topics;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The planner's exports from the packaged service, read back as a runner's apps would: a calendar
 * subscribed to the secret feed (across a replan, until revoked), a watch loading a session's FIT
 * file, a browser showing the printable plan.
 */
class ExportsIT extends SystemTest {

    private static RequestSpecification asRunner(String runnerId) {
        return RestAssured.given().baseUri(RunningSystem.get().url("planner"))
                .auth().oauth2(RunningSystem.get().tokens().runner(runnerId));
    }

    private JsonNode planAfterProfile(String runnerId, java.time.Instant updatedAt, int minutes, int plans) {
        RunningSystem.get().asBackend("planner").contentType("application/json")
                .body(Runners.profile(runnerId, updatedAt, "INTERMEDIATE").put("minutesPerSession", minutes).toString())
                .put("/runners/{runnerId}/profile", runnerId).then().statusCode(202);
        return Backend.data(backend.awaitEvents(Topics.PLANNER_PLANS, runnerId, plans).get(plans - 1));
    }

    private static List<JsonNode> sessions(JsonNode plan) {
        List<JsonNode> sessions = new ArrayList<>();
        plan.path("weeks").forEach(week -> week.path("sessions").forEach(sessions::add));
        return sessions;
    }

    /** UID to [SEQUENCE, DESCRIPTION] of every entry of the calendar at the URL, fetched without a token. */
    private static Map<String, List<String>> subscribed(String url) throws Exception {
        String text = RestAssured.given().get(url).then().statusCode(200).contentType(startsWith("text/calendar"))
                .extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            entries.put(value(event, Property.UID), List.of(value(event, Property.SEQUENCE), value(event, Property.DESCRIPTION)));
        }
        return entries;
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }

    @Test
    void aSubscribedCalendarKeepsItsEntriesAcrossAReplanWithHigherSequencesUntilTheFeedIsRevoked() throws Exception {
        String runnerId = Runners.newId("calendar");
        JsonNode first = planAfterProfile(runnerId, Runners.SET_UP_AT, 40, 1);
        String url = asRunner(runnerId).post("/runners/{runnerId}/calendar-feed", runnerId).then().statusCode(201)
                .extract().path("url");
        assertThat(url).startsWith(RunningSystem.get().url("planner"));

        Map<String, List<String>> before = subscribed(url);
        assertThat(before).hasSize(sessions(first).size());
        assertThat(before.values()).allSatisfy(entry -> assertThat(entry.get(0)).isEqualTo("0"));
        for (JsonNode session : sessions(first)) {
            String description = before.values().stream().map(entry -> entry.get(1))
                    .filter(text -> Runners.exercises(session).stream()
                            .allMatch(exercise -> text.contains(exercise.path("name").asText())))
                    .findFirst().orElseThrow(() -> new AssertionError("no entry names every exercise of " + session));
            assertThat(description).contains(" x ");
        }
        assertThat(asRunner(runnerId).get("/runners/{runnerId}/plan.ics", runnerId).then().statusCode(200).extract().asString())
                .as("the same calendar with the runner's token").contains(before.keySet().iterator().next());

        JsonNode replanned = planAfterProfile(runnerId, Runners.SET_UP_AT.plusSeconds(3600), 20, 2);
        assertThat(replanned.path("planId").asText()).isNotEqualTo(first.path("planId").asText());
        Map<String, List<String>> after = subscribed(url);
        assertThat(after.keySet()).as("one entry per session, the same UIDs").isEqualTo(before.keySet());
        assertThat(after.entrySet()).filteredOn(entry -> !entry.getValue().get(1).equals(before.get(entry.getKey()).get(1)))
                .as("entries the replan changed").isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getValue().get(0)).isEqualTo("1"));

        asRunner(runnerId).delete("/runners/{runnerId}/calendar-feed", runnerId).then().statusCode(204);
        RestAssured.given().get(url).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aSessionLoadsOnAWatchAndThePlanPrintsWithEveryExerciseOfItsFirstWeek() throws Exception {
        String runnerId = Runners.newId("watch");
        JsonNode plan = planAfterProfile(runnerId, Runners.SET_UP_AT, 40, 1);
        JsonNode session = Runners.session(plan, 1, 0);

        byte[] file = asRunner(runnerId).get("/runners/{runnerId}/plan/sessions/{sessionId}.fit", runnerId,
                session.path("sessionId").asText()).then().statusCode(200).contentType("application/vnd.ant.fit")
                .extract().asByteArray();
        List<WorkoutStepMesg> steps = new ArrayList<>();
        Decode decode = new Decode();
        MesgBroadcaster broadcaster = new MesgBroadcaster(decode);
        broadcaster.addListener((com.garmin.fit.WorkoutStepMesgListener) steps::add);
        assertThat(decode.read(new ByteArrayInputStream(file), broadcaster, broadcaster)).isTrue();
        List<WorkoutStepMesg> sets = steps.stream().filter(step -> !"Rest".equals(step.getWktStepName())).toList();
        List<JsonNode> prescribed = Runners.exercises(session);
        assertThat(sets).hasSize(prescribed.stream().mapToInt(exercise -> exercise.path("sets").asInt()).sum());
        int next = 0;
        for (JsonNode exercise : prescribed) {
            for (int set = 0; set < exercise.path("sets").asInt(); set++) {
                WorkoutStepMesg step = sets.get(next++);
                assertThat(step.getWktStepName()).startsWith(exercise.path("name").asText());
                if (exercise.path("reps").isNull()) {
                    assertThat(step.getDurationType()).isEqualTo(WktStepDuration.TIME);
                    assertThat(step.getDurationTime()).isEqualTo((float) exercise.path("holdSeconds").asInt());
                } else {
                    assertThat(step.getDurationType()).isEqualTo(WktStepDuration.REPS);
                    assertThat(step.getDurationReps()).isEqualTo(exercise.path("reps").asLong());
                }
            }
        }

        try (WebClient browser = new WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            browser.addRequestHeader("Authorization", "Bearer " + RunningSystem.get().tokens().runner(runnerId));
            HtmlPage page = browser.getPage(new URL(RunningSystem.get().url("planner") + "/runners/" + runnerId + "/plan.html"));
            String text = page.asNormalizedText();
            for (JsonNode weekOne : plan.path("weeks").get(0).path("sessions")) {
                for (JsonNode exercise : Runners.exercises(weekOne)) {
                    assertThat(text).contains(exercise.path("name").asText());
                }
            }
            plan.path("rationale").forEach(reason -> assertThat(text).contains(reason.path("message").asText()));
        }
    }
}
