package dev.runstrength.planner.rest;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.config.PlannerConfig;
import dev.runstrength.planner.export.PlanCalendar;
import dev.runstrength.planner.export.SessionEvent;
import dev.runstrength.planner.export.SessionEvents;
import dev.runstrength.planner.service.CalendarFeeds;
import dev.runstrength.planner.service.CalendarRevisions;
import dev.runstrength.planner.service.PlanLibrary;
import dev.runstrength.platform.rest.Problem;
import dev.runstrength.platform.rest.ProblemException;
import dev.runstrength.platform.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The current plan as an RFC 5545 calendar, and the secret feed URL a calendar app subscribes to
 * without a token (contract v1.1, "Exports"). The entries' UIDs survive replans and their SEQUENCE
 * rises when a replan changes them (CalendarRevisions).
 */
@Path("/")
@Tag(name = "Exports", description = "The current plan as a calendar, as watch workouts and as a printable page. "
        + "Each needs a backend token or the runner's own token, except the secret calendar feed URL.")
public class CalendarResource {

    public static final String CALENDAR = "text/calendar;charset=UTF-8";
    private static final String NAME = "RunStrength strength plan";

    private final PlanLibrary library;
    private final CalendarRevisions revisions;
    private final CalendarFeeds feeds;
    private final PlannerConfig config;
    private final Access access;

    public CalendarResource(PlanLibrary library, CalendarRevisions revisions, CalendarFeeds feeds, PlannerConfig config,
                            Access access) {
        this.library = library;
        this.revisions = revisions;
        this.feeds = feeds;
        this.config = config;
        this.access = access;
    }

    /** The answer to a new feed. */
    @Schema(name = "CalendarFeed")
    public record Feed(
            @Schema(description = "the runner") String runnerId,
            @Schema(description = "the secret URL to subscribe to; shown only now, and valid until revoked or replaced") URI url,
            @Schema(description = "when it was made") Instant createdAt) {
    }

    @GET
    @Path("runners/{runnerId}/plan.ics")
    @Authenticated
    @Produces(CALENDAR)
    @Operation(operationId = "getPlanCalendar", summary = "The runner's current plan as a calendar (RFC 5545)",
            description = "One all-day VEVENT per session, with each exercise's dose in DESCRIPTION. An entry's UID names "
                    + "the runner, the day and the slot, so it stays the same across replans; its SEQUENCE rises when a "
                    + "replan changes what it says. Needs a backend token or the runner's own token.")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = "text/calendar"))
    @APIResponse(responseCode = "404", description = "No plan has been generated for this runner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response calendar(
            @Parameter(description = "The running app's id for the runner", example = "r-1042", required = true)
            @PathParam("runnerId") String runnerId) {
        String id = access.runnerInPath(runnerId);
        return calendarOf(id, List.of(library.currentPlanOrNotFound(id)));
    }

    @POST
    @Path("runners/{runnerId}/calendar-feed")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCalendarFeed", summary = "A secret calendar feed URL for the runner",
            description = "A URL a calendar app subscribes to without a token; it serves the same calendar as plan.ics, "
                    + "following every replan. Anyone holding it can read the plan, so it is shown only in this answer. "
                    + "A runner has one at a time: asking again makes a new URL and the previous one answers 404. "
                    + "Needs a backend token or the runner's own token.")
    @APIResponse(responseCode = "201", description = "The new feed",
            headers = @Header(name = "Location", description = "the feed URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Feed.class)))
    public Response openFeed(
            @Parameter(description = "The running app's id for the runner", example = "r-1042", required = true)
            @PathParam("runnerId") String runnerId,
            @Context UriInfo uri) {
        String id = access.runnerInPath(runnerId);
        CalendarFeeds.Opened opened = feeds.open(id);
        URI base = config.publicUrl().map(URI::toString)
                .map(url -> URI.create(url.endsWith("/") ? url : url + "/"))
                .orElse(uri.getBaseUri());
        URI url = base.resolve("calendar-feeds/" + opened.secret() + ".ics");
        return Response.created(url).entity(new Feed(id, url, opened.createdAt())).build();
    }

    @DELETE
    @Path("runners/{runnerId}/calendar-feed")
    @Authenticated
    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke the runner's calendar feed URL",
            description = "From now on the feed URL answers 404. Nothing else changes; a new one can be asked for. "
                    + "Needs a backend token or the runner's own token.")
    @APIResponse(responseCode = "204", description = "Revoked, or there was none")
    public Response closeFeed(
            @Parameter(description = "The running app's id for the runner", example = "r-1042", required = true)
            @PathParam("runnerId") String runnerId) {
        feeds.close(access.runnerInPath(runnerId));
        return Response.noContent().build();
    }

    @GET
    @Path("calendar-feeds/{secret}.ics")
    @PermitAll
    @Produces(CALENDAR)
    @Operation(operationId = "getCalendarFeed", summary = "A runner's calendar through its secret feed URL",
            description = "What a subscribed calendar app polls: the runner's current plan as plan.ics gives it, without "
                    + "a token (the secret in the URL is the key; a token that is sent must still be valid). A runner "
                    + "without a plan yet gets an empty calendar. A revoked or replaced URL answers 404.")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = "text/calendar"))
    @APIResponse(responseCode = "404", description = "No open feed has this URL",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response feed(@Parameter(description = "The secret of the feed URL") @PathParam("secret") String secret) {
        access.anyone();
        String runnerId = feeds.runnerOf(secret)
                .orElseThrow(() -> ProblemException.notFound("secret: no open calendar feed has this URL"));
        return calendarOf(runnerId, library.currentPlan(runnerId).stream().toList());
    }

    private Response calendarOf(String runnerId, List<TrainingPlan> plan) {
        List<SessionEvent> events = plan.stream().flatMap(p -> SessionEvents.of(p).stream()).toList();
        Map<String, PlanCalendar.Revision> revised = revisions.revise(runnerId, events);
        return Response.ok(PlanCalendar.write(NAME, events, revised), CALENDAR)
                .header("Content-Disposition", "inline; filename=\"runstrength-plan.ics\"")
                .header("Cache-Control", "private, no-cache")
                .build();
    }
}
