-- What is left of an erased runner (contract v1.1, "Erasure"): no id, only a SHA-256 of it, the erasure's
-- requestedAt and its CloudEvents id. A workout or plan of the runner dated at or before requested_at that
-- arrives later is dropped; a newer one starts the runner afresh. erased_at is when this service applied it.
create table runner_erasure (
    runner_digest  varchar(64)   primary key,
    requested_at   timestamptz   not null,
    event_id       varchar(1024) not null,
    erased_at      timestamptz   not null
);
