package dev.runstrength.platform.outbox;

import dev.runstrength.platform.tracing.EventTraceContext;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The relay's {@code send <topic>} span of one outbox row: a child of the trace context stored with the
 * row, open from the send until the broker's acknowledgement. A row stored without a context (its work
 * was not traced) gets no span, so the relay's polling starts no traces of its own.
 */
final class SendSpans {

    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> KEY = AttributeKey.stringKey("messaging.kafka.message.key");

    private final Tracer tracer;

    SendSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    Span start(OutboxEvent event, ProducerRecord<String, byte[]> record) {
        if (event.traceparent == null) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder("send " + record.topic())
                .setParent(EventTraceContext.parentOf(new EventTraceContext.Stored(event.traceparent, event.tracestate)))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(OPERATION, "send")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(MESSAGE_ID, event.eventId)
                .setAttribute(KEY, event.recordKey)
                .startSpan();
    }

    /** What the record carries: the send span's context, or the stored one when this service does not trace. */
    static EventTraceContext.Stored carried(Span send, OutboxEvent event) {
        return send.getSpanContext().isValid() ? EventTraceContext.of(send.getSpanContext())
                : new EventTraceContext.Stored(event.traceparent, event.tracestate);
    }

    static void end(Span send, String failure) {
        if (failure != null) {
            send.setStatus(StatusCode.ERROR, failure);
        }
        send.end();
    }
}
