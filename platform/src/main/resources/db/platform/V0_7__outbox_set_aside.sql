-- Events the broker refused (over its message size, issue 13 part 5): moved here from outbox_event so
-- the relay goes on with the rest. Kept whole, with why, for an operator to look at or to send again
-- once the topic's limit allows it (docs/operations.md, "Delivery guarantees").
create table outbox_set_aside (
    id           bigint        primary key,
    event_id     varchar(64)   not null,
    topic        varchar(249)  not null,
    record_key   varchar(255)  not null,
    event_type   varchar(255)  not null,
    source       varchar(255)  not null,
    occurred_at  timestamptz   not null,
    payload      text          not null,
    reason       varchar(1024) not null,
    set_aside_at timestamptz   not null default now()
);
