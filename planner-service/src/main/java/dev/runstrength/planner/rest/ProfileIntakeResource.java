package dev.runstrength.planner.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.Topics;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.planner.service.ProfileIntake;
import dev.runstrength.platform.rest.JsonBody;
import dev.runstrength.platform.rest.Params;
import dev.runstrength.platform.rest.Problem;
import dev.runstrength.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP ingestion of runner profiles, for backends without a Kafka client (contract v1.1): the body is
 * checked exactly as a {@code runner.profiles} record would be, then published there, so the plan
 * comes the same way as for a profile sent on Kafka.
 */
@Path("/")
@Tag(name = "Ingestion", description = "Profiles sent over HTTP instead of Kafka; published on runner.profiles")
public class ProfileIntakeResource {

    private final ProfileIntake intake;
    private final ContractValidator validator;

    public ProfileIntakeResource(ProfileIntake intake, Clock clock) {
        this.intake = intake;
        this.validator = new ContractValidator(clock);
    }

    /** The answer to an accepted profile. */
    @Schema(name = "ProfileAccepted")
    public record Accepted(
            @Schema(description = "the runner") String runnerId,
            @Schema(description = "the profile's updatedAt, as an ISO-8601 instant") String updatedAt,
            @Schema(description = "the CloudEvents id of the event that carries the profile on runner.profiles") String eventId,
            @Schema(description = "the topic it is published on") String topic,
            @Schema(description = "when RunStrength first accepted this profile") Instant acceptedAt,
            @Schema(description = "true when this request repeated one already accepted: nothing was published again")
            boolean repeated,
            @Schema(description = "where the resulting plan appears: poll until its basedOn.profileUpdatedAt is this updatedAt")
            URI plan,
            @Schema(description = "fields of the body the contract does not name, such as a misspelt \"pain\" for "
                    + "painAreas: allowed, published as sent, and ignored by the planner. Empty when every field is known")
            List<String> ignoredFields) {
    }

    @PUT
    @Path("runners/{runnerId}/profile")
    @RolesAllowed(Roles.BACKEND)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putProfile", summary = "Send a runner's profile over HTTP",
            description = "Checks the body exactly like a runner.profiles event (the same JSON Schema) and publishes it "
                    + "on runner.profiles, where the planner reads it like any other profile. The body's runnerId must be "
                    + "the path's. Sending the same profile again publishes nothing new; another body with the same "
                    + "runnerId and updatedAt is a 409. Needs a backend token (group runstrength-backend).")
    @APIResponse(responseCode = "202", description = "Accepted and published; the plan follows on planner.plans and at Location",
            headers = @Header(name = "Location", description = "the runner's current plan, to poll"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "The body is not a valid runner profile, or names another runner; "
            + "the detail names the field. Nothing is published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another profile with this runnerId and updatedAt was accepted before",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(
            @Parameter(description = "The running app's id for the runner; must equal the body's runnerId",
                    example = "r-1042", required = true)
            @PathParam("runnerId") String runnerId,
            @RequestBody(description = "A runner profile, as the data of a runner.profiles event", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RunnerProfile.class)))
            String body,
            @Context UriInfo uri) {
        String id = Params.runnerId(runnerId);
        JsonNode profile = JsonBody.eventData(body, "a runner profile", EventKind.RUNNER_PROFILE_UPDATED, id, validator);
        RunnerProfile read = JsonBody.read(profile, RunnerProfile.class, "runner profile");
        ProfileIntake.Receipt receipt = intake.accept(profile, read);
        URI plan = uri.getBaseUriBuilder().path("runners/{runnerId}/plan").build(id);
        return Response.accepted(new Accepted(receipt.runnerId(), receipt.updatedAt(), receipt.eventId(),
                Topics.RUNNER_PROFILES, receipt.acceptedAt(), receipt.repeated(), plan,
                validator.unknownFields(EventKind.RUNNER_PROFILE_UPDATED, profile))).location(plan).build();
    }
}
