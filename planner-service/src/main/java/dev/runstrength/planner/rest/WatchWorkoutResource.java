package dev.runstrength.planner.rest;

import dev.runstrength.contracts.events.Exercise;
import dev.runstrength.contracts.events.TrainingPlan;
import dev.runstrength.contracts.events.TrainingPlan.Session;
import dev.runstrength.planner.export.FitExerciseCategories;
import dev.runstrength.planner.export.FitWorkoutFile;
import dev.runstrength.planner.service.PlanLibrary;
import dev.runstrength.platform.rest.Params;
import dev.runstrength.platform.rest.Problem;
import dev.runstrength.platform.rest.ProblemException;
import dev.runstrength.platform.security.Access;
import dev.runstrength.replica.CatalogReplica;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A session of the current plan as a Garmin FIT workout file, for watches (contract v1.1, "Exports"). */
@Path("/")
@Tag(name = "Exports")
public class WatchWorkoutResource {

    private static final FitExerciseCategories CATEGORIES = FitExerciseCategories.load();

    private final PlanLibrary library;
    private final CatalogReplica catalogue;
    private final Access access;

    public WatchWorkoutResource(PlanLibrary library, CatalogReplica catalogue, Access access) {
        this.library = library;
        this.catalogue = catalogue;
        this.access = access;
    }

    @GET
    @Path("runners/{runnerId}/plan/sessions/{sessionId}.fit")
    @Authenticated
    @Produces(FitWorkoutFile.MEDIA_TYPE)
    @Operation(operationId = "getSessionFitWorkout", summary = "A session of the current plan as a FIT workout (Garmin and other watches)",
            description = "One step per set (reps to count or seconds to hold) with the exercise's name and, where one "
                    + "fits, its FIT exercise category; a rest step after each set. Only sessions of the runner's current "
                    + "plan. Needs a backend token or the runner's own token.")
    @APIResponse(responseCode = "200", description = "The workout file", content = @Content(mediaType = FitWorkoutFile.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "The runner has no plan, or its current plan has no such session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response workout(
            @Parameter(description = "The running app's id for the runner", example = "r-1042", required = true)
            @PathParam("runnerId") String runnerId,
            @Parameter(description = "The sessionId of a session of the runner's current plan", required = true)
            @PathParam("sessionId") String sessionId) {
        String runner = access.runnerInPath(runnerId);
        String id = Params.id("sessionId", sessionId, Params.RUNNER_ID, "1-64 characters of A-Za-z0-9._:-");
        TrainingPlan plan = library.currentPlanOrNotFound(runner);
        Session session = plan.weeks().stream().flatMap(week -> week.sessions().stream())
                .filter(candidate -> candidate.sessionId().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("sessionId: the current plan of runner " + Params.echo(runner)
                        + " has no session " + Params.echo(id)));
        byte[] file = FitWorkoutFile.of(session, plan.generatedAt(), exercise -> CATEGORIES.of(exercise.exerciseId(),
                catalogue.find(exercise.exerciseId()).map(Exercise::pattern).orElse(null)));
        return Response.ok(file, FitWorkoutFile.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + session.date() + "-"
                        + session.title().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT) + ".fit\"")
                .build();
    }
}
