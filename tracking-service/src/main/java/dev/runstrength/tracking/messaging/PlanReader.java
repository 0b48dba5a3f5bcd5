package dev.runstrength.tracking.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.validation.ContractViolation;
import dev.runstrength.contracts.validation.FieldError;
import dev.runstrength.platform.inbox.DataReader;
import dev.runstrength.tracking.domain.PlanView;
import dev.runstrength.tracking.mapping.PlanFields;
import dev.runstrength.tracking.mapping.PlanMapping;
import dev.runstrength.tracking.service.PlanRecorder;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a plan's data straight from the record into what tracking keeps of it ({@link PlanFields}, then its
 * {@link PlanView}): one pass over the bytes that skips every field tracking does not use, in place of a
 * tree, a JSON Schema pass over the whole plan and a binding of all of it. The fields it keeps are checked
 * (presence, type, bounds); a plan that breaks them is dead-lettered with a reason naming the field, one
 * that only breaks fields tracking never reads is the planner's to answer for, not tracking's.
 */
final class PlanReader implements DataReader {

    // strict about the types of what it keeps: "3" is not an integer, 3.5 is not one either
    private static final ObjectReader READER = ContractJson.configure(JsonMapper.builder()
                    .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build())
            .readerFor(PlanFields.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    @Override
    public Kept read(byte[] json) {
        if (json == null || json.length == 0) {
            throw ContractViolation.of("value", "must be a JSON object, was empty");
        }
        PlanFields fields = parse(json);
        if (fields == null) {
            throw ContractViolation.of("data", "must be a JSON object, was null");
        }
        List<FieldError> errors = fields.errors();
        if (!errors.isEmpty()) {
            throw new ContractViolation(errors);
        }
        PlanView view;
        try {
            view = PlanMapping.toDomain(fields);
        } catch (IllegalArgumentException e) {
            throw ContractViolation.of("data", e.getMessage());
        }
        return new Kept(fields.runnerId(),
                new PlanRecorder.Arrival(fields.planId(), fields.runnerId(), fields.generatedAt(), view));
    }

    private static PlanFields parse(byte[] json) {
        try {
            return READER.readValue(json);
        } catch (MismatchedInputException e) {
            // a field of the wrong type (or the data not an object): named by its path, as the schema pass does
            throw ContractViolation.of(path(e), "cannot be read: " + firstLine(e.getOriginalMessage()));
        } catch (JsonMappingException e) {
            throw ContractViolation.of(path(e), "cannot be read: " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw ContractViolation.of("value", "not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw ContractViolation.of("value", "cannot be read: " + firstLine(e.getMessage()));
        }
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("/"));
        return path.isEmpty() ? "data" : path;
    }

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : String.valueOf(message);
    }
}
