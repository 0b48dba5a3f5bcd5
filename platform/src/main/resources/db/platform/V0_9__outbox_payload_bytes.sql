-- The outbox payload as the UTF-8 bytes of the event's JSON (issue 14): the service writes them once and
-- the relay sends the bytes it reads as the record's value, instead of turning 40 KB of plan text into a
-- Java string and back into UTF-8 on the way in and again on the way out.
alter table outbox_event alter column payload type bytea using convert_to(payload, 'UTF8');
-- a change of type resets the column's storage to the type's default (compressed): kept uncompressed, as V0_6
alter table outbox_event alter column payload set storage external;
