package dev.runstrength.platform.inbox;

import dev.runstrength.platform.tracing.CausingTrace;
import dev.runstrength.platform.tracing.EventTraceContext;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One {@code process <topic>} span per record an intake transaction applies, each a child of the
 * trace context the record carries ({@code ce_traceparent}), so that what the record causes (the
 * events the handler appends under its key) continues the sender's trace. With tracing off the
 * tracer is a no-op and this costs a few allocations per record.
 */
@ApplicationScoped
class RecordSpans {

    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    private static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> CONSUMER = AttributeKey.stringKey("messaging.consumer.group.name");

    private final Tracer tracer;

    RecordSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The spans of records being applied; close after the handler ran, {@link #failed} first if it threw. */
    final class Open implements AutoCloseable {

        private final List<Span> spans;
        private final AutoCloseable causes;
        private final Scope current;

        private Open(List<Span> spans, AutoCloseable causes, Scope current) {
            this.spans = spans;
            this.causes = causes;
            this.current = current;
        }

        void failed(Throwable error) {
            for (Span span : spans) {
                span.setStatus(StatusCode.ERROR, error.toString());
            }
        }

        @Override
        public void close() throws Exception {
            current.close();
            causes.close();
            spans.forEach(Span::end);
        }
    }

    Open start(IntakeChannel channel, List<AcceptedEvent> events) {
        List<Span> spans = new ArrayList<>(events.size());
        Map<String, SpanContext> byKey = new HashMap<>();
        for (AcceptedEvent event : events) {
            ConsumerRecord<String, byte[]> record = event.record();
            Span span = tracer.spanBuilder("process " + record.topic())
                    .setParent(EventTraceContext.parentOf(record.headers()))
                    .setSpanKind(SpanKind.CONSUMER)
                    .setAttribute(SYSTEM, "kafka")
                    .setAttribute(OPERATION, "process")
                    .setAttribute(DESTINATION, record.topic())
                    .setAttribute(PARTITION, Integer.toString(record.partition()))
                    .setAttribute(OFFSET, record.offset())
                    .setAttribute(MESSAGE_ID, event.event().id())
                    .setAttribute(CONSUMER, channel.consumer())
                    .startSpan();
            spans.add(span);
            if (record.key() != null) {
                byKey.put(record.key(), span.getSpanContext()); // the last record of a key is the one that counts
            }
        }
        // a lone record's span is made current, so the database statements it causes are its children; in
        // a larger batch no single record owns them (and a statement without a parent is not traced)
        Scope current = spans.size() == 1 ? spans.get(0).makeCurrent() : Scope.noop();
        return new Open(spans, CausingTrace.byKey(byKey), current);
    }
}
