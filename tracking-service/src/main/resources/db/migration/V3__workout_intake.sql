-- Workouts a backend sent over HTTP (POST /runners/{runnerId}/workouts), one row per workoutId accepted:
-- a repeated request finds its row and publishes nothing again. content_digest tells a retry (the same
-- workout) from another workout under a workoutId already used (409). event_id is the CloudEvents id
-- of the event published for it, set in the same transaction as the row. (V3, not V2: another line of
-- work adds a V2; out-of-order migrations are on.)
create table workout_intake (
    workout_id      varchar(64)  primary key,
    runner_id       varchar(64)  not null,
    content_digest  varchar(64)  not null,
    event_id        varchar(64),
    accepted_at     timestamptz  not null
);
create index workout_intake_runner on workout_intake (runner_id);
