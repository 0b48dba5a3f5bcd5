-- Shared by every service (platform module): the transactional outbox and the consumed-event log.

-- Events written in the same transaction as the state change they describe; the relay sends them
-- to Kafka after commit and deletes them once the broker has acknowledged them.
create table outbox_event (
    id           bigserial    primary key,
    event_id     varchar(64)  not null unique,
    topic        varchar(249) not null,
    record_key   varchar(255) not null,
    event_type   varchar(255) not null,
    source       varchar(255) not null,
    occurred_at  timestamptz  not null,
    payload      text         not null
);

-- One row per (consumer, CloudEvents id) already applied: the idempotent-consumer log.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(255) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
