package dev.runstrength.contracts.cloudevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.contracts.EventKind;
import dev.runstrength.contracts.cloudevents.InboundEvent.Mode;
import dev.runstrength.contracts.validation.ContractViolation;
import dev.runstrength.contracts.validation.FieldError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one place that reads incoming records (CloudEvents binary mode, structured mode, or plain data JSON) and
 * writes outgoing ones (binary mode). Knows nothing of Kafka: headers are name to bytes. Stateless, thread-safe.
 */
public final class CloudEventCodec {

    private final ObjectMapper mapper;
    private final ObjectReader reader;

    public CloudEventCodec() {
        this(ContractJson.mapper());
    }

    public CloudEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Decodes a record that must be of one kind. */
    public InboundEvent decode(EventKind kind, Map<String, byte[]> headers, byte[] value) {
        return decode(Set.of(kind), headers, value);
    }

    /** Decodes a record of any kind the topic carries (both exercise kinds on {@code catalog.exercises}). */
    public InboundEvent decode(String topic, Map<String, byte[]> headers, byte[] value) {
        List<EventKind> kinds = EventKind.onTopic(topic);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("not a topic of the contract: " + topic);
        }
        return decode(kinds, headers, value);
    }

    /**
     * Decodes a record that may be any of the accepted kinds.
     *
     * @param headers record headers, names matched case-insensitively; null means none
     * @throws ContractViolation when the value is not JSON, a CloudEvents attribute is missing or wrong, or the
     *                           type is not one of the accepted kinds; the message names the attribute or field
     */
    public InboundEvent decode(Collection<EventKind> accepted, Map<String, byte[]> headers, byte[] value) {
        if (accepted.isEmpty()) {
            throw new IllegalArgumentException("no accepted event kinds");
        }
        Map<String, String> text = headerText(headers);
        if (isBinary(text)) {
            return binary(accepted, text, () -> readObject(value));
        }
        String contentType = text.get(CloudEventHeaders.CONTENT_TYPE);
        JsonNode json = readObject(value);
        // Data never has a "specversion" field, so its presence marks an event sent without its content type.
        if (isStructured(contentType) || json.has("specversion")) {
            return structured(accepted, json);
        }
        EventKind kind = EventKind.ofPlainData(accepted, json);
        return new InboundEvent(kind.identityOf(json), CloudEventHeaders.PLAIN_SOURCE, kind.type(), null, json,
                Mode.PLAIN);
    }

    /**
     * The attributes of a binary-mode record with its data left unread ({@link InboundEvent#data()} null), for
     * a caller that reads the value itself; empty when the record is not in binary mode (then {@link #decode}).
     *
     * @throws ContractViolation as {@link #decode} does for the attributes
     */
    public Optional<InboundEvent> decodeAttributes(Collection<EventKind> accepted, Map<String, byte[]> headers) {
        Map<String, String> text = headerText(headers);
        return isBinary(text) ? Optional.of(binary(accepted, text, () -> null)) : Optional.empty();
    }

    /** Binary content mode: {@code ce_*} headers (with {@code ce_dataschema}, the schema's {@code $id}), {@code content-type: application/json}, value = data JSON. */
    public OutboundRecord encode(OutboundEvent event) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPECVERSION, utf8(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.put(CloudEventHeaders.ID, utf8(event.id()));
        headers.put(CloudEventHeaders.SOURCE, utf8(event.source()));
        headers.put(CloudEventHeaders.TYPE, utf8(event.kind().type()));
        headers.put(CloudEventHeaders.TIME, utf8(event.time().toString()));
        headers.put(CloudEventHeaders.DATASCHEMA, utf8(event.kind().dataSchema()));
        headers.put(CloudEventHeaders.CONTENT_TYPE, utf8(CloudEventHeaders.APPLICATION_JSON));
        try {
            // data already written as JSON text (an outbox row's payload) is the value as it is: encoding the
            // string straight to UTF-8 is a copy, where the generator's raw write copies it through char buffers
            byte[] value = event.data() instanceof RawValue raw && raw.rawValue() instanceof String json
                    ? json.getBytes(StandardCharsets.UTF_8)
                    : mapper.writeValueAsBytes(event.data());
            return new OutboundRecord(event.kind().topic(), event.key(), Collections.unmodifiableMap(headers),
                    value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + event.kind() + " data as JSON", e);
        }
    }

    private static boolean isBinary(Map<String, String> headers) {
        return headers.keySet().stream().anyMatch(name -> name.startsWith(CloudEventHeaders.PREFIX));
    }

    private InboundEvent binary(Collection<EventKind> accepted, Map<String, String> headers, Supplier<JsonNode> data) {
        List<FieldError> errors = new ArrayList<>();
        checkSpecVersion(CloudEventHeaders.SPECVERSION, headers.get(CloudEventHeaders.SPECVERSION), errors);
        String id = eventId(CloudEventHeaders.ID, headers.get(CloudEventHeaders.ID), "binary", errors);
        String source = required(CloudEventHeaders.SOURCE, headers.get(CloudEventHeaders.SOURCE), "binary", errors);
        String type = acceptedType(CloudEventHeaders.TYPE, headers.get(CloudEventHeaders.TYPE), accepted, errors);
        Instant time = instant(CloudEventHeaders.TIME, headers.get(CloudEventHeaders.TIME), errors);
        String contentType = headers.get(CloudEventHeaders.CONTENT_TYPE);
        if (contentType != null && !isJson(contentType)) {
            errors.add(new FieldError(CloudEventHeaders.CONTENT_TYPE,
                    "must be " + CloudEventHeaders.APPLICATION_JSON + " in binary mode, was \"" + contentType + "\""));
        }
        throwIfAny(errors);
        return new InboundEvent(id, source, type, time, data.get(), Mode.BINARY);
    }

    private InboundEvent structured(Collection<EventKind> accepted, JsonNode event) {
        List<FieldError> errors = new ArrayList<>();
        checkSpecVersion("specversion", textOrNull(event, "specversion"), errors);
        String id = eventId("id", textOrNull(event, "id"), "structured", errors);
        String source = required("source", textOrNull(event, "source"), "structured", errors);
        String type = acceptedType("type", textOrNull(event, "type"), accepted, errors);
        Instant time = instant("time", textOrNull(event, "time"), errors);
        String dataContentType = textOrNull(event, "datacontenttype");
        if (dataContentType != null && !isJson(dataContentType)) {
            errors.add(new FieldError("datacontenttype",
                    "must be " + CloudEventHeaders.APPLICATION_JSON + ", was \"" + dataContentType + "\""));
        }
        JsonNode data = event.get("data");
        if (data == null || !data.isObject()) {
            errors.add(new FieldError("data", "must be a JSON object, was " + describe(data)
                    + (event.has("data_base64") ? " (data_base64 is not supported)" : "")));
        }
        throwIfAny(errors);
        return new InboundEvent(id, source, type, time, data, Mode.STRUCTURED);
    }

    private JsonNode readObject(byte[] value) {
        if (value == null || value.length == 0) {
            throw ContractViolation.of("value", "must be a JSON object, was empty");
        }
        JsonNode json;
        try {
            json = reader.readTree(value);
        } catch (IOException e) {
            throw ContractViolation.of("value", "not valid JSON: " + shortMessage(e));
        }
        if (json == null || !json.isObject()) {
            throw ContractViolation.of("value", "must be a JSON object, was " + describe(json));
        }
        return json;
    }

    private static void checkSpecVersion(String name, String value, List<FieldError> errors) {
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(value)) {
            errors.add(new FieldError(name, "must be 1.0, was " + quoted(value)));
        }
    }

    private static String required(String name, String value, String mode, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(name, "is required in " + mode + " mode, was " + quoted(value)));
        }
        return value;
    }

    /** Any id a producer chose, up to {@value CloudEventHeaders#MAX_ID_LENGTH} characters (the consumed-event log's width). */
    private static String eventId(String name, String value, String mode, List<FieldError> errors) {
        if (value != null && value.length() > CloudEventHeaders.MAX_ID_LENGTH) {
            errors.add(new FieldError(name, "must be at most " + CloudEventHeaders.MAX_ID_LENGTH + " characters, was "
                    + value.length() + " characters"));
            return value;
        }
        return required(name, value, mode, errors);
    }

    private static String acceptedType(String name, String type, Collection<EventKind> accepted,
                                       List<FieldError> errors) {
        Set<String> types = accepted.stream().map(EventKind::type).collect(Collectors.toCollection(
                LinkedHashSet::new));
        if (type == null || !types.contains(type)) {
            errors.add(new FieldError(name, "must be " + (types.size() == 1 ? "" : "one of ")
                    + String.join(", ", types) + ", was " + quoted(type)));
        }
        return type;
    }

    private static Instant instant(String name, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 instant such as 2026-11-23T07:30:00Z, was "
                    + quoted(value)));
            return null;
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ContractViolation(errors);
        }
    }

    private static Map<String, String> headerText(Map<String, byte[]> headers) {
        Map<String, String> text = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, bytes) -> text.put(name.toLowerCase(Locale.ROOT),
                    bytes == null ? null : new String(bytes, StandardCharsets.UTF_8)));
        }
        return text;
    }

    private static boolean isStructured(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith(CloudEventHeaders.STRUCTURED_CONTENT_TYPE);
    }

    private static boolean isJson(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith(CloudEventHeaders.APPLICATION_JSON) || type.contains("+json");
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        return node.isArray() ? "an array" : node.isObject() ? "an object" : node.toString();
    }

    private static String quoted(String value) {
        return value == null ? "missing" : "\"" + value + "\"";
    }

    private static String shortMessage(IOException e) {
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : String.valueOf(message);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
