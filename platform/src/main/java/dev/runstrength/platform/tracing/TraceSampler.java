package dev.runstrength.platform.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The services' sampler: every trace is kept (the parent's decision is followed), except a database
 * statement that no span caused. Those are the outbox relay's and the pruner's polling every few
 * seconds and the statements of a multi-record intake batch; each would otherwise be a trace of one span.
 * Neither are the management paths ({@code /q/...}: probes and scrapes). Quarkus takes a {@link Sampler}
 * bean in place of its own.
 */
@Singleton
public class TraceSampler implements Sampler {

    private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    private static final AttributeKey<String> DB_SYSTEM_NAME = AttributeKey.stringKey("db.system.name");
    private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    private static final Sampler KEEP = Sampler.parentBased(Sampler.alwaysOn());

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                                       Attributes attributes, List<LinkData> parentLinks) {
        if (spanKind == SpanKind.CLIENT && !Span.fromContext(parentContext).getSpanContext().isValid()
                && (attributes.get(DB_SYSTEM) != null || attributes.get(DB_SYSTEM_NAME) != null)) {
            return SamplingResult.drop();
        }
        // a Sampler bean turns off Quarkus' own suppression of the management paths: done here instead
        if (spanKind == SpanKind.SERVER && attributes.get(URL_PATH) != null && attributes.get(URL_PATH).startsWith("/q/")) {
            return SamplingResult.drop();
        }
        return KEEP.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "ParentBased(AlwaysOn) without statements that no span caused";
    }
}
