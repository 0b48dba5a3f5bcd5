package dev.runstrength.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one JSON codec of RunStrength, for HTTP bodies, events and stored JSON alike: ISO-8601 instants and
 * dates (never timestamps), unknown properties ignored on read (the contract may add optional fields), and
 * nulls written, because the contract shows fields such as {@code "reps": null}. Quarkus' own mapper gets the
 * same settings through platform's {@code ContractJsonCustomizer}, so HTTP answers follow the same null policy.
 *
 * <p>The read, write and tree helpers throw the unchecked {@link ContractJsonException}, which carries
 * Jackson's error; a caller that must answer differently (a 400, a dead letter) catches that one type.
 */
public final class ContractJson {

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private ContractJson() {
    }

    /** A shared, configured mapper. Do not reconfigure it; call {@link #configure} on a mapper of your own. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Applies the contract's settings to a mapper (e.g. from a Quarkus {@code ObjectMapperCustomizer}). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw ContractJsonException.write(value, e);
        }
    }

    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw ContractJsonException.write(value, e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw ContractJsonException.read(type.getSimpleName(), e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw ContractJsonException.read(type.getType().getTypeName(), e);
        }
    }

    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw ContractJsonException.read(type.getSimpleName(), e);
        }
    }

    public static <T> T read(byte[] json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw ContractJsonException.read(type.getType().getTypeName(), e);
        }
    }

    /** A JSON resource on the class path (say, a bundled catalogue) as its record. */
    public static <T> T resource(String name, Class<T> type) {
        try (InputStream json = open(name)) {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw ContractJsonException.read(type.getSimpleName() + " from " + name, e);
        }
    }

    /** A tree (say, data that has passed the contract's schema) as its record. */
    public static <T> T read(JsonNode json, Class<T> type) {
        try {
            return MAPPER.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw ContractJsonException.read(type.getSimpleName(), e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw ContractJsonException.read("JSON", e);
        }
    }

    public static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw ContractJsonException.read("JSON", e);
        }
    }

    /** A JSON resource on the class path as a tree. */
    public static JsonNode resourceTree(String name) {
        try (InputStream json = open(name)) {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw ContractJsonException.read("JSON from " + name, e);
        }
    }

    private static InputStream open(String name) {
        InputStream json = Thread.currentThread().getContextClassLoader() == null ? null
                : Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (json == null) {
            json = ContractJson.class.getClassLoader().getResourceAsStream(name);
        }
        if (json == null) {
            throw new IllegalStateException("no " + name + " on the class path");
        }
        return json;
    }
}
