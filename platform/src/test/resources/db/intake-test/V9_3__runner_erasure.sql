-- The erasure markers, as each service that erases creates them (planner and tracking, V13_1), for the tests of
-- the platform's erasure.
create table runner_erasure (
    runner_digest  varchar(64)   primary key,
    requested_at   timestamptz   not null,
    event_id       varchar(1024) not null,
    erased_at      timestamptz   not null
);
