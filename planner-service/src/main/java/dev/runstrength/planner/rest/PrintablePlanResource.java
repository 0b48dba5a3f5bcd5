package dev.runstrength.planner.rest;

import dev.runstrength.planner.export.PrintablePlan;
import dev.runstrength.planner.service.PlanLibrary;
import dev.runstrength.platform.rest.Problem;
import dev.runstrength.platform.security.Access;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The current plan as a page a runner reads on a phone or prints (contract v1.1, "Exports"): plain
 * HTML and CSS from a Qute template, no script.
 */
@Path("/")
@Tag(name = "Exports")
public class PrintablePlanResource {

    public static final String HTML = "text/html;charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(PrintablePlan plan);
    }

    private final PlanLibrary library;
    private final Access access;

    public PrintablePlanResource(PlanLibrary library, Access access) {
        this.library = library;
        this.access = access;
    }

    @GET
    @Path("runners/{runnerId}/plan.html")
    @Authenticated
    @Produces(HTML)
    @Operation(operationId = "getPrintablePlan", summary = "The runner's current plan as a printable page",
            description = "Every week and session with each phase's exercises, their dose, cues and cautions, and why the "
                    + "plan looks as it does in plain words. Readable on a phone and on paper; no JavaScript. Needs a "
                    + "backend token or the runner's own token.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = "text/html"))
    @APIResponse(responseCode = "404", description = "No plan has been generated for this runner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TemplateInstance page(
            @Parameter(description = "The running app's id for the runner", example = "r-1042", required = true)
            @PathParam("runnerId") String runnerId) {
        return Templates.plan(PrintablePlan.of(library.currentPlanOrNotFound(access.runnerInPath(runnerId))));
    }
}
