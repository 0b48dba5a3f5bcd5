-- The W3C trace context of the work that appended the event (issue 16): the relay sends it as the
-- CloudEvents distributed-tracing headers ce_traceparent / ce_tracestate, so the trace goes on in the
-- consumers. Null when that work was not traced (tracing off, or no span).
alter table outbox_event add column traceparent varchar(55);
alter table outbox_event add column tracestate varchar(512);
