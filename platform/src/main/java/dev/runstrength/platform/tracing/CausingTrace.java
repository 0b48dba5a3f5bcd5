package dev.runstrength.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Map;

/**
 * Which trace an event appended now belongs to. A batch handler applies a poll's records together, so
 * no single span is current while it appends; the intake therefore names, for the batch's duration,
 * the span of the record last applied for each record key (the runner, or the exercise), and an event
 * appended under that key continues that record's trace. Elsewhere (an HTTP request) the current span
 * is the cause.
 */
public final class CausingTrace {

    private static final ThreadLocal<Map<String, SpanContext>> BY_KEY = new ThreadLocal<>();

    private CausingTrace() {
    }

    /** The context to store with an event appended under this record key. */
    public static EventTraceContext.Stored of(String recordKey) {
        Map<String, SpanContext> byKey = BY_KEY.get();
        SpanContext cause = byKey == null || recordKey == null ? null : byKey.get(recordKey);
        return EventTraceContext.of(cause != null ? cause : Span.current().getSpanContext());
    }

    /** Names the records' spans by key on this thread until the returned scope is closed. */
    public static AutoCloseable byKey(Map<String, SpanContext> spans) {
        Map<String, SpanContext> previous = BY_KEY.get();
        BY_KEY.set(spans);
        return () -> {
            if (previous == null) {
                BY_KEY.remove();
            } else {
                BY_KEY.set(previous);
            }
        };
    }
}
