-- An outbox row lives for milliseconds: written, read once by the relay, deleted. Compressing its
-- payload (plans are tens of KB) only to decompress it at once cost PostgreSQL more CPU than anything
-- else it does for an event; stored out of line, uncompressed.
alter table outbox_event alter column payload set storage external;
