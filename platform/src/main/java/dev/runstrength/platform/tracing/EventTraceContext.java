package dev.runstrength.platform.tracing;

import dev.runstrength.contracts.cloudevents.CloudEventHeaders;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The W3C trace context as events carry it: the CloudEvents distributed-tracing extension in binary
 * mode, headers {@code ce_traceparent} and {@code ce_tracestate}. A plain {@code traceparent} header
 * (what a client's own OpenTelemetry Kafka instrumentation writes) is read when there is no
 * {@code ce_traceparent}. Works with the W3C propagator directly, whatever propagators the service
 * has configured, because the contract names the W3C format.
 */
public final class EventTraceContext {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    /** A trace context as stored with an outbox row; both null when the work was not traced. */
    public record Stored(String traceparent, String tracestate) {
        static final Stored NONE = new Stored(null, null);
    }

    private EventTraceContext() {
    }

    /** The context of the given span, in the form an outbox row stores it. */
    public static Stored of(SpanContext span) {
        if (span == null || !span.isValid()) {
            return Stored.NONE;
        }
        String[] fields = new String[2];
        W3C.inject(Context.root().with(Span.wrap(span)), fields, (carrier, key, value) -> {
            if ("traceparent".equals(key)) {
                carrier[0] = value;
            } else if ("tracestate".equals(key) && !value.isEmpty()) {
                carrier[1] = value;
            }
        });
        return new Stored(fields[0], fields[1]);
    }

    /** The remote parent a stored context names, or the root context when there is none. */
    public static Context parentOf(Stored stored) {
        if (stored == null || stored.traceparent() == null) {
            return Context.root();
        }
        return W3C.extract(Context.root(), stored, STORED);
    }

    /** The remote parent a consumed record's headers name, or the root context when they name none. */
    public static Context parentOf(Headers headers) {
        return W3C.extract(Context.root(), headers, RECORD);
    }

    /** Writes the stored context as the record's {@code ce_traceparent} / {@code ce_tracestate}. */
    public static void write(Stored stored, Headers headers) {
        if (stored == null || stored.traceparent() == null) {
            return;
        }
        headers.remove(CloudEventHeaders.TRACEPARENT);
        headers.remove(CloudEventHeaders.TRACESTATE);
        headers.add(CloudEventHeaders.TRACEPARENT, stored.traceparent().getBytes(StandardCharsets.UTF_8));
        if (stored.tracestate() != null) {
            headers.add(CloudEventHeaders.TRACESTATE, stored.tracestate().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final TextMapGetter<Stored> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Stored carrier) {
            return List.of("traceparent", "tracestate");
        }

        @Override
        public String get(Stored carrier, String key) {
            return carrier == null ? null
                    : "traceparent".equals(key) ? carrier.traceparent()
                    : "tracestate".equals(key) ? carrier.tracestate() : null;
        }
    };

    private static final TextMapGetter<Headers> RECORD = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            List<String> keys = new ArrayList<>();
            carrier.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers carrier, String key) {
            if (carrier == null) {
                return null;
            }
            String value = last(carrier, "ce_" + key);
            if (value == null && "traceparent".equals(key)) {
                return last(carrier, key);
            }
            if (value == null && "tracestate".equals(key) && last(carrier, CloudEventHeaders.TRACEPARENT) == null) {
                return last(carrier, key);
            }
            return value;
        }
    };

    private static String last(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
