package dev.runstrength.tracking.rest;

import dev.runstrength.contracts.events.CompletedWorkout;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/runners/{runnerId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "runners", description = "A runner's progression and completed workouts. Each needs a backend token "
        + "(group runstrength-backend) or the runner's own token; another runner's data is a 403.")
@Authenticated
public class RunnerResource {

    private final ProgressReader reader;
    private final Access access;

    public RunnerResource(ProgressReader reader, Access access) {
        this.reader = reader;
        this.access = access;
    }

    @GET
    @Path("/progress")
    @Operation(summary = "Where the runner stands",
            description = "Per exercise the current prescription (after a ladder move it names the exercise moved to), "
                    + "the last decision and its reason; adherence over the current plan and the flags of the last workout.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RunnerProgress.class)))
    @APIResponse(responseCode = "400", description = "The runnerId is not a valid id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No workout and no plan of this runner has arrived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RunnerProgress progress(
            @Parameter(description = "the running app's id of the runner") @PathParam("runnerId") String runnerId) {
        return reader.progress(valid(runnerId)).orElseThrow(() -> unknown(runnerId));
    }

    @GET
    @Path("/workouts")
    @Operation(summary = "The runner's completed workouts, newest first",
            description = "Each workout as the running app sent it; ordered by completedAt, newest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WorkoutPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a wrong value; the detail names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No workout and no plan of this runner has arrived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<CompletedWorkout> workouts(
            @Parameter(description = "the running app's id of the runner") @PathParam("runnerId") String runnerId,
            @Parameter(description = "page number from 0") @QueryParam("page") String page,
            @Parameter(description = "page size 1-200, default 50") @QueryParam("size") String size) {
        String id = valid(runnerId);
        Params.PageRequest paging = Params.page(page, size);
        return reader.workouts(id, paging.page(), paging.size()).orElseThrow(() -> unknown(runnerId));
    }

    private String valid(String runnerId) {
        access.toRunner(runnerId);
        return Params.runnerId(runnerId);
    }

    private static ProblemException unknown(String runnerId) {
        return ProblemException.notFound("runnerId: no workout or plan of runner '" + runnerId + "' has arrived");
    }

    /** The paged answer, for the OpenAPI document. */
    @Schema(name = "WorkoutPage")
    public record WorkoutPage(List<CompletedWorkout> items, int page, int size, long total) {
    }
}
