package dev.runstrength.contracts.cloudevents;

/** Kafka header names and values of the CloudEvents 1.0 Kafka protocol binding, as the contract uses them. */
public final class CloudEventHeaders {

    public static final String SPECVERSION = "ce_specversion";
    public static final String ID = "ce_id";
    /** The longest event id accepted; a consumer's log of applied ids holds this many characters. */
    public static final int MAX_ID_LENGTH = 1024;
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    /** The schema's {@code $id}; written on every event RunStrength produces, not required on events it reads. */
    public static final String DATASCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";
    /**
     * The W3C trace context of the work that produced the event (CloudEvents distributed-tracing
     * extension); optional, written by RunStrength when that work was traced.
     */
    public static final String TRACEPARENT = "ce_traceparent";
    public static final String TRACESTATE = "ce_tracestate";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String APPLICATION_JSON = "application/json";
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";

    /** Source given to a record that arrived with no CloudEvents attributes. */
    public static final String PLAIN_SOURCE = "urn:runstrength:plain";

    static final String PREFIX = "ce_";

    private CloudEventHeaders() {
    }
}
