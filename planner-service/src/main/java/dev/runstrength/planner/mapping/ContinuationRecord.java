package dev.runstrength.planner.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.runstrength.contracts.ContractJson;
import dev.runstrength.planner.domain.BlockPhase;
import dev.runstrength.planner.domain.PreviousPlan;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's continuation record: all a replan needs of it ({@link PreviousPlan}), stored beside the plan so that a
 * replan does not read and parse the plan's whole JSON (tens of KB) for a few hundred bytes of it. A small JSON text:
 * <pre>{"v":1,"blockStart":"2026-11-23","endsOn":"2026-12-20","sessions":["Session A","Session B"],
 *  "slots":{"glute-bridge":"0P,1S!","plank":"1R"}}</pre>
 * Each exercise's places, in the order the plan first had them, are one string: a place is the index of its session
 * in {@code sessions}, its block's letter (P, S, R for PREPARE, STRENGTHEN, RECOVER) and {@code !} when it was the
 * heavy lift there. Kept this short, the record stays below PostgreSQL's 2 KB threshold, so it is stored inline and
 * never compressed. {@code decode(encode(p))} equals {@code p}.
 */
public final class ContinuationRecord {

    /** The layout written; a reader meeting another one is told so rather than guessing. */
    static final int VERSION = 1;

    private static final JsonFactory JSON = ContractJson.mapper().getFactory();

    private ContinuationRecord() {
    }

    public static String encode(PreviousPlan previous) {
        Map<String, Integer> sessions = new LinkedHashMap<>();
        Map<String, String> slots = new LinkedHashMap<>();
        StringBuilder places = new StringBuilder(32);
        for (Map.Entry<String, List<PreviousPlan.Place>> slot : previous.slots().entrySet()) {
            places.setLength(0);
            for (PreviousPlan.Place place : slot.getValue()) {
                if (!places.isEmpty()) {
                    places.append(',');
                }
                places.append(sessions.computeIfAbsent(place.session(), s -> sessions.size()))
                        .append(letter(place.block()));
                if (place.heavy()) {
                    places.append('!');
                }
            }
            slots.put(slot.getKey(), places.toString());
        }
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("v", VERSION);
            g.writeStringField("blockStart", previous.blockStart() == null ? null : previous.blockStart().toString());
            g.writeStringField("endsOn", previous.endsOn().toString());
            g.writeArrayFieldStart("sessions");
            for (String session : sessions.keySet()) {
                g.writeString(session);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("slots");
            for (Map.Entry<String, String> slot : slots.entrySet()) {
                g.writeStringField(slot.getKey(), slot.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static PreviousPlan decode(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, text);
            Integer version = null;
            LocalDate blockStart = null;
            LocalDate endsOn = null;
            List<String> sessions = null;
            Map<String, String> slots = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "v" -> version = p.getIntValue();
                    case "blockStart" -> blockStart = value == JsonToken.VALUE_NULL ? null : LocalDate.parse(p.getText());
                    case "endsOn" -> endsOn = LocalDate.parse(p.getText());
                    case "sessions" -> sessions = sessions(p, text);
                    case "slots" -> slots = slots(p, text);
                    default -> p.skipChildren();
                }
            }
            if (version == null || version != VERSION || endsOn == null || sessions == null || slots == null) {
                throw new IllegalArgumentException("not a continuation record of version " + VERSION + ": " + text);
            }
            Map<String, List<PreviousPlan.Place>> places = new LinkedHashMap<>();
            for (Map.Entry<String, String> slot : slots.entrySet()) {
                places.put(slot.getKey(), places(slot.getValue(), sessions, text));
            }
            return new PreviousPlan(blockStart, endsOn, places);
        } catch (IOException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a continuation record: " + text, e);
        }
    }

    private static List<String> sessions(JsonParser p, String text) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY, text);
        List<String> sessions = new ArrayList<>(4);
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            sessions.add(p.getText());
        }
        expect(p.currentToken(), JsonToken.END_ARRAY, text);
        return sessions;
    }

    private static Map<String, String> slots(JsonParser p, String text) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, text);
        Map<String, String> slots = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String exerciseId = p.currentName();
            expect(p.nextToken(), JsonToken.VALUE_STRING, text);
            slots.put(exerciseId, p.getText());
        }
        expect(p.currentToken(), JsonToken.END_OBJECT, text);
        return slots;
    }

    /** "0P,1S!" back to its places. */
    private static List<PreviousPlan.Place> places(String encoded, List<String> sessions, String text) {
        List<PreviousPlan.Place> places = new ArrayList<>(4);
        int i = 0;
        while (i < encoded.length()) {
            int session = 0;
            int digits = i;
            while (i < encoded.length() && Character.isDigit(encoded.charAt(i))) {
                session = session * 10 + (encoded.charAt(i++) - '0');
            }
            if (i == digits || i >= encoded.length() || session >= sessions.size()) {
                throw new IllegalArgumentException("not a continuation record (place \"" + encoded + "\"): " + text);
            }
            BlockPhase block = block(encoded.charAt(i++), text);
            boolean heavy = i < encoded.length() && encoded.charAt(i) == '!';
            if (heavy) {
                i++;
            }
            if (i < encoded.length() && (encoded.charAt(i++) != ',' || i == encoded.length())) {
                throw new IllegalArgumentException("not a continuation record (place \"" + encoded + "\"): " + text);
            }
            places.add(new PreviousPlan.Place(sessions.get(session), block, heavy));
        }
        return places;
    }

    private static char letter(BlockPhase block) {
        return switch (block) {
            case PREPARE -> 'P';
            case STRENGTHEN -> 'S';
            case RECOVER -> 'R';
        };
    }

    private static BlockPhase block(char letter, String text) {
        return switch (letter) {
            case 'P' -> BlockPhase.PREPARE;
            case 'S' -> BlockPhase.STRENGTHEN;
            case 'R' -> BlockPhase.RECOVER;
            default -> throw new IllegalArgumentException("not a continuation record (block '" + letter + "'): " + text);
        };
    }

    private static void expect(JsonToken actual, JsonToken expected, String text) {
        if (actual != expected) {
            throw new IllegalArgumentException("not a continuation record (" + expected + " expected, " + actual
                    + " found): " + text);
        }
    }
}
