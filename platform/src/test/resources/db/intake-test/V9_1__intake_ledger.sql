-- What the test consumer applied, in the order it applied it.
create table intake_ledger (
    position    bigserial primary key,
    runner_id   varchar(64)  not null,
    workout_id  varchar(64)  not null,
    event_id    varchar(255) not null
);
