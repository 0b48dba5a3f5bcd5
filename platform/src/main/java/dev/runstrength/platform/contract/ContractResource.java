package dev.runstrength.platform.contract;

import dev.runstrength.platform.rest.ProblemException;
import dev.runstrength.platform.security.Access;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The contract a client generates from, served by the service that speaks it: the JSON Schemas of the
 * events it publishes and consumes, and its AsyncAPI document. Open to anonymous callers while
 * {@code runstrength.security.anonymous-contract-reads} is on (the default), like catalogue reads.
 */
@Path("/")
@PermitAll
@Tag(name = "contract", description = "JSON Schemas and AsyncAPI document of the events this service publishes and consumes")
public class ContractResource {

    static final String SCHEMA_JSON = "application/schema+json";
    static final String YAML = "application/yaml";

    private final ServedContract contract;
    private final Access access;

    public ContractResource(ServedContract contract, Access access) {
        this.contract = contract;
        this.access = access;
    }

    @GET
    @Path("schemas/{name}")
    @Produces(SCHEMA_JSON)
    @Operation(operationId = "getEventSchema", summary = "The JSON Schema (draft 2020-12) of one event's data")
    @APIResponse(responseCode = "200", description = "The schema; its $id names the same file and version",
            content = @Content(mediaType = SCHEMA_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", description = "No valid token while anonymous contract reads are off")
    @APIResponse(responseCode = "404", description = "This service neither publishes nor consumes an event of that name")
    public Response schema(@PathParam("name") String name) {
        access.toContract();
        byte[] schema = contract.schema(name).orElseThrow(() -> ProblemException.notFound("name: this service serves " + String.join(", ", contract.schemaNames())
                        + ", not " + name));
        return Response.ok(schema, SCHEMA_JSON).build();
    }

    @GET
    @Path("asyncapi.yaml")
    @Produces(YAML)
    @Operation(operationId = "getAsyncApi", summary = "The AsyncAPI 3.0 document of the topics this service uses")
    @APIResponse(responseCode = "200", description = "The document; its payload references resolve to /schemas/...",
            content = @Content(mediaType = YAML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid token while anonymous contract reads are off")
    public Response asyncApi() {
        access.toContract();
        return Response.ok(contract.asyncApi(), YAML).build();
    }
}
