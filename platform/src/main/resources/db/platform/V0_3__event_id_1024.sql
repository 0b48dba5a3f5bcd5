-- A CloudEvents id may be up to 1024 characters (CloudEventHeaders.MAX_ID_LENGTH); 255 sent a valid
-- event with a longer id to the dead-letter topic. The key moves to a digest of the id: a B-tree entry
-- holding 1024 multi-byte characters could pass PostgreSQL's index row limit (about 2.7 kB).
alter table processed_event drop constraint processed_event_pkey;
alter table processed_event alter column event_id type varchar(1024);
create unique index processed_event_key on processed_event (consumer, md5(event_id));
