package dev.runstrength.catalog.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.runstrength.catalog.domain.BodyArea;
import dev.runstrength.catalog.domain.Equipment;
import dev.runstrength.catalog.domain.Exercise;
import dev.runstrength.catalog.domain.ExerciseFilter;
import dev.runstrength.catalog.domain.Level;
import dev.runstrength.catalog.domain.Phase;
import dev.runstrength.catalog.domain.Purpose;
import dev.runstrength.catalog.domain.SlugRule;
import dev.runstrength.catalog.mapping.ExerciseMapper;
import dev.runstrength.catalog.persistence.ExerciseEntity.Origin;
import dev.runstrength.catalog.service.CatalogueReader;
import dev.runstrength.catalog.service.CatalogueWriter;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.validation.ContractValidator;
import dev.runstrength.platform.rest.PageResponse;
import dev.runstrength.platform.rest.Params;
import dev.runstrength.platform.rest.Problem;
import dev.runstrength.platform.rest.ProblemException;
import dev.runstrength.platform.security.Access;
import dev.runstrength.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exercises", description = "The exercise catalogue")
public class ExerciseResource {

    private final CatalogueReader reader;
    private final CatalogueWriter writer;
    private final ExerciseMapper mapper;
    private final Access access;
    private final ContractValidator validator = new ContractValidator(Clock.systemUTC());

    public ExerciseResource(CatalogueReader reader, CatalogueWriter writer, ExerciseMapper mapper, Access access) {
        this.reader = reader;
        this.writer = writer;
        this.mapper = mapper;
        this.access = access;
    }

    @GET
    @PermitAll
    @Operation(operationId = "searchExercises", summary = "Search the catalogue", description = "All filters are optional and combine with AND. "
            + "Needs no token while anonymous catalogue reads are on (the default); a token sent must be valid.")
    @APIResponse(responseCode = "200", description = "One page of exercises, ordered by name",
            content = @Content(schema = @Schema(implementation = ExercisePage.class)))
    @APIResponse(responseCode = "400", description = "A parameter has a wrong value; the detail names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<dev.runstrength.contracts.events.Exercise> search(
            @Parameter(description = "PREPARE, STRENGTHEN or RECOVER", schema = @Schema(implementation = Phase.class)) @QueryParam("phase") String phase,
            @Parameter(description = "e.g. MOBILIZE, ACTIVATE, STRENGTH, PLYOMETRIC, STRETCH", schema = @Schema(implementation = dev.runstrength.contracts.model.Purpose.class)) @QueryParam("purpose") String purpose,
            @Parameter(description = "muscle id, e.g. GLUTEUS_MEDIUS (primary or secondary)", schema = @Schema(type = SchemaType.STRING, maxLength = 64)) @QueryParam("muscle") String muscle,
            @Parameter(description = "e.g. CALF, HIP, CORE", schema = @Schema(implementation = dev.runstrength.contracts.model.BodyArea.class)) @QueryParam("bodyArea") String bodyArea,
            @Parameter(description = "repeatable: only exercises doable with this equipment (body weight always)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = dev.runstrength.contracts.model.Equipment.class)) @QueryParam("equipment") List<String> equipment,
            @Parameter(description = "BEGINNER, INTERMEDIATE or ADVANCED: exercises at or below it", schema = @Schema(implementation = dev.runstrength.contracts.model.Level.class)) @QueryParam("level") String level,
            @Parameter(description = "true: one side at a time; false: both sides together", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("unilateral") String unilateral,
            @Parameter(description = "text searched in names and cues", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @QueryParam("q") String q,
            @Parameter(description = "ACTIVE (default), RETIRED or ALL", schema = @Schema(implementation = ExerciseFilter.StatusFilter.class, defaultValue = "ACTIVE")) @QueryParam("status") String status,
            @Parameter(description = "page number from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "page size 1-200, default 50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("size") String size) {
        access.toCatalogue();
        ExerciseFilter filter = new ExerciseFilter(
                Params.enumValue("phase", phase, Phase.class),
                Params.enumValue("purpose", purpose, Purpose.class),
                Params.text("muscle", muscle),
                Params.enumValue("bodyArea", bodyArea, BodyArea.class),
                equipment(equipment),
                Params.enumValue("level", level, Level.class),
                Params.booleanValue("unilateral", unilateral),
                Params.text("q", q),
                Params.enumValue("status", status, ExerciseFilter.StatusFilter.class));
        Params.PageRequest paging = Params.page(page, size);
        ExerciseFilter.Page result = reader.search(filter, paging.page(), paging.size());
        return new PageResponse<>(result.items().stream().map(mapper::toContract).toList(),
                result.page(), result.size(), result.total());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getExercise", summary = "One exercise, retired ones included", description = "Answers with an ETag; If-None-Match gives 304. "
            + "Needs no token while anonymous catalogue reads are on (the default); a token sent must be valid.")
    @APIResponse(responseCode = "200", description = "The exercise; its ETag header names this version",
            content = @Content(schema = @Schema(implementation = dev.runstrength.contracts.events.Exercise.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the given ETag")
    @APIResponse(responseCode = "400", description = "The id is not a slug",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No exercise with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id,
            @Parameter(description = "an ETag from an earlier answer") @HeaderParam("If-None-Match") String ifNoneMatch) {
        access.toCatalogue();
        Exercise exercise = reader.find(pathId(id)).orElseThrow(() -> ProblemException.notFound("id: no exercise '" + id + "'"));
        EntityTag tag = etag(exercise);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(mapper.toContract(exercise)).tag(tag).build();
    }

    @POST
    @RolesAllowed(Roles.CATALOG_EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExercise", summary = "Add an exercise",
            description = "The service sets version 1 and status ACTIVE and publishes the exercise.")
    @RequestBody(required = true, description = "An exercise as the contract's exercise schema describes it; version and status may be left out",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.runstrength.contracts.events.Exercise.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names it, the body is the stored exercise",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.runstrength.contracts.events.Exercise.class)))
    @APIResponse(responseCode = "400", description = "The body breaks the exercise schema or a catalogue rule; the detail names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No token, or a token that is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token is not a catalogue editor's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An exercise with this id exists", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(JsonNode body, @jakarta.ws.rs.core.Context UriInfo uri) {
        Exercise created = writer.create(readExercise(body, null), Origin.API);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(mapper.toContract(created)).tag(etag(created)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CATALOG_EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceExercise", summary = "Replace an exercise", description = "A change raises the version and publishes the exercise; "
            + "an identical body changes nothing. If-Match guards against lost updates.")
    @RequestBody(required = true, description = "The whole exercise as the contract's exercise schema describes it; id as in the path or left out",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.runstrength.contracts.events.Exercise.class)))
    @APIResponse(responseCode = "200", description = "The stored exercise, its version raised when it changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = dev.runstrength.contracts.events.Exercise.class)))
    @APIResponse(responseCode = "400", description = "The body breaks the exercise schema or a catalogue rule; the detail names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No token, or a token that is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token is not a catalogue editor's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No exercise with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("id") String id, JsonNode body,
            @Parameter(description = "the ETag the change is based on") @HeaderParam("If-Match") String ifMatch) {
        Exercise replaced = writer.replace(readExercise(body, pathId(id)), expectedVersion(ifMatch), Origin.API);
        return Response.ok(mapper.toContract(replaced)).tag(etag(replaced)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CATALOG_EDITOR)
    @Operation(operationId = "retireExercise", summary = "Retire an exercise", description = "It stays readable with status RETIRED, is never planned "
            + "again, and a retired event is published. Links to it from other exercises are removed.")
    @APIResponse(responseCode = "204", description = "Retired")
    @APIResponse(responseCode = "401", description = "No token, or a token that is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token is not a catalogue editor's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No exercise with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retire(@PathParam("id") String id) {
        writer.retire(pathId(id));
        return Response.noContent().build();
    }

    /** Validates a body against the contract's exercise schema; version and status belong to the service. */
    private Exercise readExercise(JsonNode body, String pathId) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("body: expected an exercise JSON object");
        }
        ObjectNode exercise = ((ObjectNode) body).deepCopy();
        if (pathId != null) {
            JsonNode bodyId = exercise.get("id");
            if (bodyId != null && !bodyId.isNull() && !pathId.equals(bodyId.asText())) {
                throw ProblemException.badRequest("id: expected '" + pathId + "' as in the path, was '" + bodyId.asText() + "'");
            }
            exercise.put("id", pathId);
        }
        exercise.put("version", 1);
        exercise.put("status", "ACTIVE");
        validator.validate(EventKind.EXERCISE_UPSERTED, exercise, null);
        return ExerciseMapper.fromRequest(exercise);
    }

    private static String pathId(String id) {
        if (!SlugRule.isSlug(id)) {
            throw ProblemException.badRequest("id: expected a slug of lower-case letters and digits joined by single hyphens, "
                    + "at most " + SlugRule.MAX_LENGTH + " characters, was " + Params.echo(id));
        }
        return id;
    }

    private static Set<Equipment> equipment(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Set<Equipment> owned = EnumSet.noneOf(Equipment.class);
        for (String value : raw) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    owned.add(Params.enumValue("equipment", item, Equipment.class));
                }
            }
        }
        return owned;
    }

    private static EntityTag etag(Exercise exercise) {
        return new EntityTag(exercise.id() + "-v" + exercise.version());
    }

    private static boolean matches(String header, EntityTag tag) {
        for (String candidate : header.split(",")) {
            String value = candidate.trim();
            if (value.equals("*") || value.replaceFirst("^W/", "").replace("\"", "").equals(tag.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Integer> expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return Optional.empty();
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        int marker = value.lastIndexOf("-v");
        try {
            return Optional.of(Integer.parseInt(value.substring(marker + 2)));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("If-Match: expected an ETag of this API such as \"<id>-v3\", was '" + ifMatch + "'");
        }
    }

    /** OpenAPI shape of the paged answer. */
    @Schema(name = "ExercisePage")
    public record ExercisePage(List<dev.runstrength.contracts.events.Exercise> items, int page, int size, long total) {
    }
}
