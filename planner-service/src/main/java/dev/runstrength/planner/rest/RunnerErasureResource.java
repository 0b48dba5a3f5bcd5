package dev.runstrength.planner.rest;

import dev.runstrength.contracts.Topics;
import dev.runstrength.planner.service.ErasureRequests;
import dev.runstrength.platform.rest.Params;
import dev.runstrength.platform.rest.Problem;
import dev.runstrength.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Erasure over HTTP (contract v1.1): publishes {@code dev.runstrength.runner.erased.v1} on
 * {@code runner.profiles}; planner and tracking forget the runner as they read it.
 */
@Path("/")
@Tag(name = "Erasure", description = "Forget a runner in planner and tracking")
public class RunnerErasureResource {

    private final ErasureRequests requests;

    public RunnerErasureResource(ErasureRequests requests) {
        this.requests = requests;
    }

    /** The answer to an erasure request. */
    @Schema(name = "ErasureAccepted")
    public record Accepted(
            @Schema(description = "the runner to forget") String runnerId,
            @Schema(description = "the erasure's requestedAt: events of the runner dated at or before it are dropped when they arrive later")
            Instant requestedAt,
            @Schema(description = "the CloudEvents id of the erasure event on runner.profiles") String eventId,
            @Schema(description = "the topic it is published on") String topic,
            @Schema(description = "true when this request repeated one already accepted: nothing was published again")
            boolean repeated) {
    }

    @DELETE
    @Path("runners/{runnerId}")
    @RolesAllowed(Roles.BACKEND)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "eraseRunner", summary = "Erase a runner",
            description = "Publishes the runner's erasure on runner.profiles. Planner and tracking then delete every "
                    + "row they hold about the runner (profiles, plans, progression, workouts, calendar feed) and keep "
                    + "only a digest of the id with the erasure's time and event id; a profile or workout dated before "
                    + "the erasure that arrives later is dropped, a newer one starts the runner afresh. Asking again "
                    + "while nothing newer arrived publishes nothing and answers the first event id. Needs a backend "
                    + "token (group runstrength-backend).")
    @APIResponse(responseCode = "202", description = "Accepted and published; the services forget the runner as they read it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "The runner id is not 1-64 characters of A-Za-z0-9._:-",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response erase(
            @Parameter(description = "The running app's id for the runner", example = "r-1042", required = true)
            @PathParam("runnerId") String runnerId) {
        String id = Params.runnerId(runnerId);
        ErasureRequests.Receipt receipt = requests.request(id);
        return Response.accepted(new Accepted(receipt.runnerId(), receipt.requestedAt(), receipt.eventId(),
                Topics.RUNNER_PROFILES, receipt.repeated())).build();
    }
}
