package dev.runstrength.planner.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.events.RunnerProfile;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.planner.service.PlanDrafter;
import dev.runstrength.platform.rest.JsonBody;
import dev.runstrength.platform.rest.Problem;
import dev.runstrength.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What plan a profile would get now, without storing or publishing anything. The body is read
 * and validated here, not by the JSON provider, so every bad body gets a detail naming the field.
 */
@Path("/plans/preview")
@Tag(name = "Plans")
public class PreviewResource {

    /** Names the body's fields the contract does not name (our optional addition to the answer). */
    public static final String IGNORED_FIELDS = "RunStrength-Ignored-Fields";

    private final PlanDrafter drafter;
    private final ContractValidator validator;

    public PreviewResource(PlanDrafter drafter, Clock clock) {
        this.drafter = drafter;
        this.validator = new ContractValidator(clock);
    }

    @POST
    @RolesAllowed(Roles.BACKEND)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewPlan", summary = "Preview the plan a profile would get",
            description = "Validates the body exactly like a runner.profiles event and answers the plan that "
                    + "profile would get now. Nothing is stored and nothing is published. Needs a backend token "
                    + "(group runstrength-backend): the body may name any runner.")
    @APIResponse(responseCode = "200", description = "The plan the profile would get",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingPlan.class)),
            headers = @Header(name = IGNORED_FIELDS, description = "Present when the body has fields the contract does "
                    + "not name: their paths (e.g. pain, painAreas[0].level), comma-separated. They are allowed and "
                    + "ignored, so a misspelt field leaves its value out of the plan.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The body is not a valid runner profile; the detail names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response preview(
            @RequestBody(description = "A runner profile, as the data of a runner.profiles event", required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RunnerProfile.class)))
            String body) {
        JsonNode profile = JsonBody.parse(body, "a runner profile");
        validator.validate(EventKind.RUNNER_PROFILE_UPDATED, profile);
        RunnerProfile read = JsonBody.read(profile, RunnerProfile.class, "runner profile");
        Response.ResponseBuilder answer = Response.ok(ContractJson.write(drafter.draft(read)), MediaType.APPLICATION_JSON);
        // the answer is a plan, which has no place for them: a header, as PUT /runners/{id}/profile has ignoredFields
        List<String> ignored = validator.unknownFields(EventKind.RUNNER_PROFILE_UPDATED, profile);
        if (!ignored.isEmpty()) {
            answer.header(IGNORED_FIELDS, String.join(", ", ignored));
        }
        return answer.build();
    }
}
