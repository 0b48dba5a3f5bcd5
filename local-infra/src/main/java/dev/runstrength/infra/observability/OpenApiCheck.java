package dev.runstrength.infra.observability;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a client generator would hold against a service's OpenAPI document: every message of a real
 * OpenAPI parser (swagger-parser, which openapi-generator uses), errors and warnings alike, plus what the
 * parser lets through but generators need: an operationId on every operation, unique, and a description
 * on every response.
 */
public final class OpenApiCheck {

    private OpenApiCheck() {
    }

    public static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(document, null, options);
    }

    /** Every problem, each naming where it is; empty when the document is clean. */
    public static List<String> problems(String document) {
        SwaggerParseResult result = parse(document);
        List<String> problems = new ArrayList<>();
        if (result.getMessages() != null) {
            problems.addAll(result.getMessages());
        }
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            problems.add("the parser read no document");
            return problems;
        }
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            // SmallRye numbers a second class of the same simple name (Level1); a generator would make a class of it
            api.getComponents().getSchemas().keySet().stream().filter(name -> name.matches(".*[A-Za-z]\\d+$"))
                    .forEach(name -> problems.add("components.schemas." + name + ": two classes share one simple name"));
        }
        Set<String> ids = new HashSet<>();
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                String where = entry.getKey() + " " + path;
                Operation operation = entry.getValue();
                if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
                    problems.add(where + ": no operationId");
                } else if (!ids.add(operation.getOperationId())) {
                    problems.add(where + ": operationId " + operation.getOperationId() + " used twice");
                }
                if (operation.getResponses() == null || operation.getResponses().isEmpty()) {
                    problems.add(where + ": no responses");
                } else {
                    operation.getResponses().forEach((status, response) -> {
                        if (response.get$ref() == null && (response.getDescription() == null || response.getDescription().isBlank())) {
                            problems.add(where + " " + status + ": no description");
                        }
                    });
                }
            }
        });
        return problems;
    }
}
