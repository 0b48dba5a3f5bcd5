package dev.runstrength.planner.rest;

import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.planner.service.PlanLibrary;
import dev.runstrength.platform.rest.Problem;
import dev.runstrength.platform.rest.Params;
import dev.runstrength.platform.rest.ProblemException;
import dev.runstrength.platform.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
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

    /** Plan ids are the planner's UUIDs; the same characters as runner ids, at most 64. */
    private static final Pattern PLAN_ID = Params.RUNNER_ID;

    private final PlanLibrary library;
    private final Access access;

    public PlanResource(PlanLibrary library, Access access) {
        this.library = library;
        this.access = access;
    }

    @GET
    @Path("runners/{runnerId}/plan")
    @Authenticated
    @Operation(operationId = "getCurrentPlan", summary = "The runner's current plan",
            description = "The newest plan generated for the runner, exactly as published on planner.plans. "
                    + "Needs a backend token (group runstrength-backend) or the runner's own token.")
    @APIResponse(responseCode = "200", description = "The current plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingPlan.class)))
    @APIResponse(responseCode = "404", description = "No plan has been generated for this runner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String current(
            @Parameter(description = "The running app's id for the runner (the runnerId of its profile events)",
                    example = "r-1042", required = true)
            @PathParam("runnerId") String runnerId) {
        return library.currentOrNotFound(access.runnerInPath(runnerId));
    }

    @GET
    @Path("plans/{planId}")
    @Authenticated
    @Operation(operationId = "getPlan", summary = "A plan by id", description = "Any plan ever generated, current or superseded. Needs a backend "
            + "token, or the token of the runner the plan is for (another runner's plan is a 403).")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingPlan.class)))
    @APIResponse(responseCode = "404", description = "No plan has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String byId(
            @Parameter(description = "The planId of a plan event", required = true)
            @PathParam("planId") String planId) {
        access.requireToken();
        String id = Params.id("planId", planId, PLAN_ID, "1-64 characters of A-Za-z0-9._:-");
        PlanLibrary.Found plan = library.byIdWithRunner(id)
                .orElseThrow(() -> ProblemException.notFound("planId: no plan with id '" + id + "'"));
        access.toRunner(plan.runnerId());
        return plan.payload();
    }
}
