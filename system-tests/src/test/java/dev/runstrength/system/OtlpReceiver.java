package dev.runstrength.system;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * A trace collector for the system tests: takes OTLP/HTTP protobuf exports ({@code POST /v1/traces}) in
 * this JVM and keeps, of each span, what a test asks about (service, name, kind, trace, span and parent
 * ids). It reads the protobuf wire format itself: only the few fields named below, every other skipped.
 */
final class OtlpReceiver implements AutoCloseable {

    /** One exported span, ids in lower-case hex, kind as OTLP numbers it (2 server, 4 producer, 5 consumer). */
    record ReceivedSpan(String service, String name, int kind, String traceId, String spanId, String parentSpanId) {
    }

    private static final int MAX_SPANS = 200_000;

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();
    private final java.util.Set<String> requests = java.util.concurrent.ConcurrentHashMap.newKeySet();

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = read(exchange.getRequestBody(), "gzip".equalsIgnoreCase(
                        exchange.getRequestHeaders().getFirst("Content-Encoding")));
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
                if ("POST".equals(exchange.getRequestMethod()) && exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                    List<ReceivedSpan> received = exportRequest(body);
                    if (spans.size() < MAX_SPANS) {
                        spans.addAll(received);
                    }
                }
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1); // an empty ExportTraceServiceResponse: all accepted
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "otlp-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What a service needs to export to this receiver: the standard variables, and a short batch delay. */
    Map<String, String> environment() {
        return Map.of("OTEL_SDK_DISABLED", "false",
                "OTEL_EXPORTER_OTLP_ENDPOINT", endpoint(),
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "0.2s");
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    /** For a failing test's message: the requests seen (method and path) and how many spans came. */
    String describe() {
        return spans.size() + " spans from requests " + requests;
    }

    List<ReceivedSpan> spansOf(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static byte[] read(InputStream in, boolean gzip) throws IOException {
        try (InputStream body = gzip ? new GZIPInputStream(in) : in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            body.transferTo(out);
            return out.toByteArray();
        }
    }

    // ---- the few messages of opentelemetry/proto/collector/trace/v1 read here ------------------------

    /** ExportTraceServiceRequest: 1 = ResourceSpans (repeated). */
    private static List<ReceivedSpan> exportRequest(byte[] message) {
        List<ReceivedSpan> out = new ArrayList<>();
        new Wire(message).fields((field, wire) -> {
            if (field == 1) {
                resourceSpans(wire.bytes(), out);
            } else {
                wire.skip();
            }
        });
        return out;
    }

    /** ResourceSpans: 1 = Resource, 2 = ScopeSpans (repeated). */
    private static void resourceSpans(byte[] message, List<ReceivedSpan> out) {
        String[] service = {null};
        List<byte[]> scopes = new ArrayList<>();
        new Wire(message).fields((field, wire) -> {
            if (field == 1) {
                service[0] = serviceName(wire.bytes());
            } else if (field == 2) {
                scopes.add(wire.bytes());
            } else {
                wire.skip();
            }
        });
        for (byte[] scope : scopes) {
            new Wire(scope).fields((field, wire) -> { // ScopeSpans: 2 = Span (repeated)
                if (field == 2) {
                    out.add(span(service[0], wire.bytes()));
                } else {
                    wire.skip();
                }
            });
        }
    }

    /** Resource: 1 = KeyValue (repeated); KeyValue: 1 = key, 2 = AnyValue; AnyValue: 1 = string_value. */
    private static String serviceName(byte[] resource) {
        String[] name = {null};
        new Wire(resource).fields((field, wire) -> {
            if (field != 1) {
                wire.skip();
                return;
            }
            String[] key = {null};
            String[] value = {null};
            new Wire(wire.bytes()).fields((kvField, kv) -> {
                if (kvField == 1) {
                    key[0] = new String(kv.bytes(), StandardCharsets.UTF_8);
                } else if (kvField == 2) {
                    new Wire(kv.bytes()).fields((anyField, any) -> {
                        if (anyField == 1) {
                            value[0] = new String(any.bytes(), StandardCharsets.UTF_8);
                        } else {
                            any.skip();
                        }
                    });
                } else {
                    kv.skip();
                }
            });
            if ("service.name".equals(key[0])) {
                name[0] = value[0];
            }
        });
        return name[0];
    }

    /** Span: 1 = trace_id, 2 = span_id, 4 = parent_span_id, 5 = name, 6 = kind. */
    private static ReceivedSpan span(String service, byte[] message) {
        HexFormat hex = HexFormat.of();
        String[] text = new String[4];
        int[] kind = {0};
        new Wire(message).fields((field, wire) -> {
            switch (field) {
                case 1 -> text[0] = hex.formatHex(wire.bytes());
                case 2 -> text[1] = hex.formatHex(wire.bytes());
                case 4 -> text[2] = hex.formatHex(wire.bytes());
                case 5 -> text[3] = new String(wire.bytes(), StandardCharsets.UTF_8);
                case 6 -> kind[0] = (int) wire.varint();
                default -> wire.skip();
            }
        });
        return new ReceivedSpan(service, text[3], kind[0], text[0], text[1], text[2] == null ? "" : text[2]);
    }

    /** A reader of the protobuf wire format over one message's bytes. */
    private static final class Wire {

        interface FieldReader {
            void read(int field, Wire wire);
        }

        private final byte[] bytes;
        private int position;
        private int wireType;

        Wire(byte[] bytes) {
            this.bytes = bytes;
        }

        void fields(FieldReader reader) {
            while (position < bytes.length) {
                long tag = varint();
                wireType = (int) (tag & 7);
                reader.read((int) (tag >>> 3), this);
            }
        }

        long varint() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[position++];
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        }

        byte[] bytes() {
            int length = (int) varint();
            byte[] out = java.util.Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            return out;
        }

        void skip() {
            switch (wireType) {
                case 0 -> varint();
                case 1 -> position += 8;
                case 2 -> {
                    int length = (int) varint(); // read before position is: the length's own bytes move it
                    position += length;
                }
                case 5 -> position += 4;
                default -> throw new IllegalStateException("wire type " + wireType + " is not read here");
            }
        }
    }
}
