package dev.runstrength.planner.rest;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.service.PlanLibrary;
import dev.runstrength.platform.rest.Problem;
import dev.runstrength.platform.rest.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Plans as published on {@code planner.plans}: a runner's current one, or any one by id. The body
 * is the stored event data itself, so HTTP and Kafka readers see the same bytes.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Strength plans generated from runner profiles")
public class PlanResource {

    private final PlanLibrary library;

    public PlanResource(PlanLibrary library) {
        this.library = library;
    }

    @GET
    @Path("runners/{runnerId}/plan")
    @Operation(summary = "The runner's current plan",
            description = "The newest plan generated for the runner, exactly as published on planner.plans.")
    @APIResponse(responseCode = "200", description = "The current plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingPlan.class)))
    @APIResponse(responseCode = "404", description = "No plan has been generated for this runner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String current(
            @Parameter(description = "The running app's id for the runner (the runnerId of its profile events)",
                    example = "r-1042", required = true)
            @PathParam("runnerId") String runnerId) {
        return library.current(runnerId)
                .orElseThrow(() -> ProblemException.notFound("runnerId: no plan for runner '" + runnerId + "'"));
    }

    @GET
    @Path("plans/{planId}")
    @Operation(summary = "A plan by id", description = "Any plan ever generated, current or superseded.")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingPlan.class)))
    @APIResponse(responseCode = "404", description = "No plan has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String byId(
            @Parameter(description = "The planId of a plan event", required = true)
            @PathParam("planId") String planId) {
        return library.byId(planId)
                .orElseThrow(() -> ProblemException.notFound("planId: no plan with id '" + planId + "'"));
    }
}
