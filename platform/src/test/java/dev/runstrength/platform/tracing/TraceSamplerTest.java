package dev.runstrength.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceSamplerTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final Attributes STATEMENT = Attributes.of(AttributeKey.stringKey("db.system"), "postgresql");
    private final TraceSampler sampler = new TraceSampler();

    @Test
    void aStatementNoSpanCausedIsDroppedAndOneARecordCausedIsKept() {
        Context traced = Context.root().with(Span.wrap(SpanContext.create(TRACE, "00f067aa0ba902b7",
                TraceFlags.getSampled(), TraceState.getDefault())));

        assertThat(decision(Context.root(), SpanKind.CLIENT, STATEMENT)).isEqualTo(SamplingDecision.DROP);
        assertThat(decision(traced, SpanKind.CLIENT, STATEMENT)).isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
        assertThat(decision(Context.root(), SpanKind.CONSUMER, Attributes.empty()))
                .as("a record without a trace context starts one").isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
    }

    @Test
    void theManagementPathsAreNotTracedAndTheApiIs() {
        assertThat(decision(Context.root(), SpanKind.SERVER, Attributes.of(AttributeKey.stringKey("url.path"), "/q/health/ready")))
                .isEqualTo(SamplingDecision.DROP);
        assertThat(decision(Context.root(), SpanKind.SERVER, Attributes.of(AttributeKey.stringKey("url.path"), "/runners/r-1/plan")))
                .isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
    }

    @Test
    void aParentThatWasNotSampledIsFollowed() {
        Context unsampled = Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(TRACE, "00f067aa0ba902b7",
                TraceFlags.getDefault(), TraceState.getDefault())));
        assertThat(decision(unsampled, SpanKind.CONSUMER, Attributes.empty())).isEqualTo(SamplingDecision.DROP);
    }

    private SamplingDecision decision(Context parent, SpanKind kind, Attributes attributes) {
        return sampler.shouldSample(parent, TRACE, "span", kind, attributes, List.of()).getDecision();
    }
}
