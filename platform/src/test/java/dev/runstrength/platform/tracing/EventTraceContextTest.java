package dev.runstrength.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class EventTraceContextTest {

    private static final String CE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final String PLAIN = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    @Test
    void ceTraceparentIsReadBeforeAPlainTraceparent() {
        Headers headers = new RecordHeaders().add("traceparent", bytes(PLAIN)).add("ce_traceparent", bytes(CE))
                .add("ce_tracestate", bytes("vendor=a"));
        SpanContext parent = Span.fromContext(EventTraceContext.parentOf(headers)).getSpanContext();
        assertThat(parent.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(parent.isRemote()).isTrue();
        assertThat(parent.getTraceState().get("vendor")).isEqualTo("a");
    }

    @Test
    void aPlainTraceparentIsReadWhenThereIsNoCeOneAndNeitherMeansNoParent() {
        SpanContext plain = Span.fromContext(EventTraceContext.parentOf(new RecordHeaders().add("traceparent", bytes(PLAIN))))
                .getSpanContext();
        assertThat(plain.getTraceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(Span.fromContext(EventTraceContext.parentOf(new RecordHeaders())).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(EventTraceContext.parentOf(new RecordHeaders().add("ce_traceparent", bytes("garbage"))))
                .getSpanContext().isValid()).as("a malformed one is no parent").isFalse();
    }

    @Test
    void aStoredContextIsWrittenAsTheCloudEventsHeadersAndReadBack() {
        EventTraceContext.Stored stored = EventTraceContext.of(
                Span.fromContext(EventTraceContext.parentOf(new RecordHeaders().add("ce_traceparent", bytes(CE))
                        .add("ce_tracestate", bytes("vendor=a")))).getSpanContext());
        assertThat(stored).isEqualTo(new EventTraceContext.Stored(CE, "vendor=a"));

        Headers written = new RecordHeaders();
        EventTraceContext.write(stored, written);
        assertThat(new String(written.lastHeader("ce_traceparent").value(), StandardCharsets.UTF_8)).isEqualTo(CE);
        assertThat(new String(written.lastHeader("ce_tracestate").value(), StandardCharsets.UTF_8)).isEqualTo("vendor=a");

        Headers none = new RecordHeaders();
        EventTraceContext.write(EventTraceContext.of(SpanContext.getInvalid()), none);
        assertThat(none.toArray()).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
