package dev.runstrength.tracking.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.events.CompletedWorkout;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.platform.rest.JsonBody;
import dev.runstrength.platform.security.Roles;
import dev.runstrength.tracking.mapping.WorkoutMapping;
import dev.runstrength.tracking.service.WorkoutIntake;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import dev.runstrength.platform.rest.PageResponse;
import dev.runstrength.platform.rest.Params;
import dev.runstrength.platform.rest.Problem;
import dev.runstrength.platform.rest.ProblemException;
import dev.runstrength.platform.security.Access;
import io.quarkus.security.Authenticated;
import dev.runstrength.tracking.mapping.RunnerProgress;
import dev.runstrength.tracking.service.ProgressReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/runners/{runnerId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "runners", description = "A runner's progression and completed workouts. Each read needs a backend token "
        + "(group runstrength-backend) or the runner's own token; another runner's data is a 403. Sending a workout "
        + "needs a backend token.")
@Authenticated
public class RunnerResource {

    private final ProgressReader reader;
    private final WorkoutIntake intake;
    private final Access access;
    private final ContractValidator validator = new ContractValidator(Clock.systemUTC());

    public RunnerResource(ProgressReader reader, WorkoutIntake intake, Access access) {
        this.reader = reader;
        this.intake = intake;
        this.access = access;
    }

    @GET
    @Path("/progress")
    @Operation(operationId = "getProgress", summary = "Where the runner stands",
            description = "Per exercise the current prescription (after a ladder move it names the exercise moved to), "
                    + "the last decision and its reason; adherence over the current plan and the flags of the last workout.")
    @APIResponse(responseCode = "200", description = "The runner's progression, adherence and flags",
            content = @Content(schema = @Schema(implementation = RunnerProgress.class)))
    @APIResponse(responseCode = "400", description = "The runnerId is not a valid id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No workout and no plan of this runner has arrived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RunnerProgress progress(
            @Parameter(description = "the running app's id of the runner") @PathParam("runnerId") String runnerId) {
        return reader.progress(access.runnerInPath(runnerId)).orElseThrow(() -> unknown(runnerId));
    }

    @GET
    @Path("/workouts")
    @Operation(operationId = "listWorkouts", summary = "The runner's completed workouts, newest first",
            description = "Each workout as the running app sent it; ordered by completedAt, newest first.")
    @APIResponse(responseCode = "200", description = "One page of workouts, newest first",
            content = @Content(schema = @Schema(implementation = WorkoutPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a wrong value; the detail names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No workout and no plan of this runner has arrived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<CompletedWorkout> workouts(
            @Parameter(description = "the running app's id of the runner") @PathParam("runnerId") String runnerId,
            @Parameter(description = "page number from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "page size 1-200, default 50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("size") String size) {
        String id = access.runnerInPath(runnerId);
        Params.PageRequest paging = Params.page(page, size);
        return reader.workouts(id, paging.page(), paging.size()).orElseThrow(() -> unknown(runnerId));
    }

    @GET
    @Path("/workouts/{workoutId}")
    @Operation(operationId = "getWorkout", summary = "One completed workout, once tracking has recorded it",
            description = "The workout as the running app sent it. A workout sent with POST /runners/{runnerId}/workouts "
                    + "is a 404 until tracking has read it from workouts.completed; from then on, the runner's progress "
                    + "counts it.")
    @APIResponse(responseCode = "200", description = "The workout as the running app sent it",
            content = @Content(schema = @Schema(implementation = CompletedWorkout.class)))
    @APIResponse(responseCode = "404", description = "No workout with this id of this runner is recorded (yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletedWorkout workout(
            @Parameter(description = "the running app's id of the runner") @PathParam("runnerId") String runnerId,
            @Parameter(description = "the workoutId of the workout") @PathParam("workoutId") String workoutId) {
        String runner = access.runnerInPath(runnerId);
        String id = workoutId(workoutId);
        return reader.workout(runner, id).orElseThrow(() -> ProblemException.notFound(
                "workoutId: no workout " + Params.echo(id) + " of runner " + Params.echo(runner) + " is recorded"));
    }

    @POST
    @Path("/workouts")
    @RolesAllowed(Roles.BACKEND)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendWorkout", summary = "Send a completed workout over HTTP",
            description = "Checks the body exactly like a workouts.completed event (the same JSON Schema) and publishes it "
                    + "on workouts.completed, where tracking reads it like any other workout; its progression update follows "
                    + "on tracking.progressions. The body's runnerId must be the path's. Sending the same workout again "
                    + "publishes nothing new; another workout under a workoutId already accepted is a 409. Needs a backend "
                    + "token (group runstrength-backend).")
    @APIResponse(responseCode = "202", description = "Accepted and published",
            headers = @Header(name = "Location", description = "the workout, to poll: 200 once tracking has recorded it"),
            content = @Content(schema = @Schema(implementation = WorkoutAccepted.class)))
    @APIResponse(responseCode = "400", description = "The body is not a valid completed workout, or names another runner; "
            + "the detail names the field. Nothing is published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another workout with this workoutId was accepted before",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response send(
            @Parameter(description = "the running app's id of the runner; must equal the body's runnerId")
            @PathParam("runnerId") String runnerId,
            @RequestBody(description = "A completed workout, as the data of a workouts.completed event", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompletedWorkout.class)))
            String body,
            @Context UriInfo uri) {
        String runner = Params.runnerId(runnerId);
        JsonNode data = JsonBody.eventData(body, "a completed workout", EventKind.WORKOUT_COMPLETED, runner, validator);
        workoutId(data.path("workoutId").asText());
        CompletedWorkout workout = JsonBody.read(data, CompletedWorkout.class, "completed workout", WorkoutMapping::toDomain);
        WorkoutIntake.Receipt receipt = intake.accept(data, workout);
        URI location = uri.getBaseUriBuilder().path("runners/{runnerId}/workouts/{workoutId}")
                .build(receipt.runnerId(), receipt.workoutId());
        return Response.accepted(new WorkoutAccepted(receipt.runnerId(), receipt.workoutId(), receipt.eventId(),
                Topics.WORKOUTS_COMPLETED, receipt.acceptedAt(), receipt.repeated(), location,
                validator.unknownFields(EventKind.WORKOUT_COMPLETED, data))).location(location).build();
    }

    /** The answer to an accepted workout. */
    @Schema(name = "WorkoutAccepted")
    public record WorkoutAccepted(
            @Schema(description = "the runner") String runnerId,
            @Schema(description = "the workout") String workoutId,
            @Schema(description = "the CloudEvents id of the event that carries the workout on workouts.completed") String eventId,
            @Schema(description = "the topic it is published on") String topic,
            @Schema(description = "when RunStrength first accepted this workout") Instant acceptedAt,
            @Schema(description = "true when this request repeated one already accepted: nothing was published again")
            boolean repeated,
            @Schema(description = "the workout once tracking has recorded it (404 until then)") URI workout,
            @Schema(description = "fields of the body the contract does not name, such as a misspelt \"pain\" for "
                    + "painLevel: allowed, published as sent, and ignored by tracking. Empty when every field is known")
            List<String> ignoredFields) {
    }

    /** A workoutId is any 1-64 characters (contract) except control characters, which no database column holds. */
    private static String workoutId(String raw) {
        if (raw == null || raw.isEmpty() || raw.codePointCount(0, raw.length()) > 64
                || raw.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("workoutId: expected 1-64 characters without control characters, was "
                    + Params.echo(raw));
        }
        return raw;
    }

    private static ProblemException unknown(String runnerId) {
        return ProblemException.notFound("runnerId: no workout or plan of runner '" + runnerId + "' has arrived");
    }

    /** The paged answer, for the OpenAPI document. */
    @Schema(name = "WorkoutPage")
    public record WorkoutPage(List<CompletedWorkout> items, int page, int size, long total) {
    }
}
