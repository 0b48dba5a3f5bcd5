package dev.runstrength.contracts.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.runstrength.contracts.EventKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks an event's data against its JSON Schema and the rules a schema cannot express: the record key equals
 * the data's key field, a workout, profile or erasure is not dated more than 24 h in the future, a session's day is its date's
 * weekday, and a rep range does not run backwards. Thread-safe; build one and share it.
 */
public final class ContractValidator {

    /**
     * How far ahead a workout's completedAt, a profile's updatedAt or an erasure's requestedAt may be. Clocks of
     * phones and backends drift; a day of slack still rejects typos in the year or month.
     */
    public static final Duration FUTURE_TOLERANCE = Duration.ofHours(24);

    private final Clock clock;
    private final Map<EventKind, JsonSchema> schemas = new EnumMap<>(EventKind.class);
    private final Map<EventKind, UnknownFields> unknownFields = new EnumMap<>(EventKind.class);
    private final SchemaMessages messages = new SchemaMessages();

    public ContractValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .errorMessageKeyword("errorMessage")
                .build();
        for (EventKind kind : EventKind.values()) {
            JsonSchema schema = load(factory, kind, config);
            schemas.put(kind, schema);
            unknownFields.put(kind, new UnknownFields(schema.getSchemaNode()));
        }
    }

    public ContractValidator() {
        this(Clock.systemUTC());
    }

    /** Validates without a record key (e.g. an HTTP body). */
    public void validate(EventKind kind, JsonNode data) {
        validate(kind, data, null);
    }

    /**
     * @param key the record key, or null when there is none to compare
     * @throws ContractViolation naming every offending field, first found first
     */
    public void validate(EventKind kind, JsonNode data, String key) {
        List<FieldError> errors = errorsOf(kind, data, key);
        if (!errors.isEmpty()) {
            throw new ContractViolation(errors);
        }
    }

    /**
     * The fields of the data that the event's schema does not name, as paths ({@code pain},
     * {@code painAreas[0].level}): allowed (a producer may add fields), and ignored by every consumer.
     */
    public List<String> unknownFields(EventKind kind, JsonNode data) {
        return data == null ? List.of() : unknownFields.get(kind).of(data);
    }

    /** The same checks as {@link #validate}, returning the errors instead of throwing; empty when valid. */
    public List<FieldError> errorsOf(EventKind kind, JsonNode data, String key) {
        if (data == null || data.isMissingNode() || data.isNull()) {
            return List.of(new FieldError("data", "must be a JSON object, was missing"));
        }
        Collection<ValidationMessage> schemaErrors = schemas.get(kind).validate(data);
        List<FieldError> errors = new ArrayList<>(messages.describe(schemaErrors));
        if (data.isObject()) {
            checkKey(kind, data, key, errors);
            checkRules(kind, data, errors);
        }
        return List.copyOf(errors);
    }

    private static void checkKey(EventKind kind, JsonNode data, String key, List<FieldError> errors) {
        JsonNode value = data.get(kind.keyField());
        if (key == null || value == null || !value.isTextual() || value.asText().equals(key)) {
            return;
        }
        errors.add(new FieldError(kind.keyField(),
                "must equal the record key \"" + key + "\", was \"" + value.asText() + "\""));
    }

    private void checkRules(EventKind kind, JsonNode data, List<FieldError> errors) {
        switch (kind) {
            case WORKOUT_COMPLETED -> checkNotFarAhead(data, "completedAt", errors);
            case RUNNER_PROFILE_UPDATED -> checkNotFarAhead(data, "updatedAt", errors);
            case RUNNER_ERASED -> checkNotFarAhead(data, "requestedAt", errors);
            case PLAN_GENERATED -> checkSessionDays(data, errors);
            case EXERCISE_UPSERTED -> checkRepRange(data, errors);
            default -> {
            }
        }
    }

    /**
     * A time far ahead would win every later comparison: a profile dated 2099 would make every real profile
     * after it "older" and ignored, an erasure dated 2099 would drop everything the runner sends until then.
     */
    private void checkNotFarAhead(JsonNode data, String field, List<FieldError> errors) {
        Instant at = instantOrNull(data.path(field).asText(null));
        Instant latest = clock.instant().plus(FUTURE_TOLERANCE);
        if (at != null && at.isAfter(latest)) {
            errors.add(new FieldError(field,
                    "must not be more than 24 h in the future (at most "
                            + latest.truncatedTo(ChronoUnit.SECONDS) + "), was " + at));
        }
    }

    private static void checkSessionDays(JsonNode data, List<FieldError> errors) {
        JsonNode weeks = data.path("weeks");
        for (int w = 0; w < weeks.size(); w++) {
            JsonNode sessions = weeks.get(w).path("sessions");
            for (int s = 0; s < sessions.size(); s++) {
                JsonNode session = sessions.get(s);
                LocalDate date = dateOrNull(session.path("date").asText(null));
                String day = session.path("day").asText(null);
                if (date != null && day != null && !date.getDayOfWeek().name().equals(day)) {
                    errors.add(new FieldError("weeks/" + w + "/sessions/" + s + "/day",
                            "must be the weekday of date " + date + " (" + date.getDayOfWeek() + "), was " + day));
                }
            }
        }
    }

    private static void checkRepRange(JsonNode data, List<FieldError> errors) {
        JsonNode prescription = data.path("prescription");
        JsonNode min = prescription.path("repsMin");
        JsonNode max = prescription.path("repsMax");
        if (min.isIntegralNumber() && max.isIntegralNumber() && min.asInt() > max.asInt()) {
            errors.add(new FieldError("prescription/repsMax",
                    "must be at least repsMin (" + min.asInt() + "), was " + max.asInt()));
        }
    }

    private static Instant instantOrNull(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            return null; // the schema's format check reports it
        }
    }

    private static LocalDate dateOrNull(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static JsonSchema load(JsonSchemaFactory factory, EventKind kind, SchemaValidatorsConfig config) {
        try (InputStream in = ContractValidator.class.getClassLoader().getResourceAsStream(kind.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + kind.schemaResource());
            }
            return factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
