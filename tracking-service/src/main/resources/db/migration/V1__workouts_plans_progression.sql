-- Tracking's own tables. Progression is always recomputed from the stored workouts and plans, so
-- progression_state is a cache of the last replay, never a source of truth.

-- Every accepted workout, exactly as it arrived (the contract's data JSON); workout_id is the
-- idempotency key, so a redelivery under another CloudEvents id still changes nothing.
create table workout (
    workout_id    varchar(64)  primary key,
    runner_id     varchar(64)  not null,
    completed_at  timestamptz  not null,
    received_at   timestamptz  not null,
    payload       text         not null
);
create index workout_runner_completed on workout (runner_id, completed_at desc, workout_id desc);

-- Every plan the planner published; the newest generated_at per runner is the current one.
create table plan (
    plan_id       varchar(255) primary key,
    runner_id     varchar(64)  not null,
    generated_at  timestamptz  not null,
    payload       text         not null
);
create index plan_runner_generated on plan (runner_id, generated_at desc);

-- The result of the last replay of a runner's history, as GET /runners/{runnerId}/progress shows it.
create table progression_state (
    runner_id        varchar(64)  primary key,
    last_workout_id  varchar(64),
    payload          text         not null,
    updated_at       timestamptz  not null
);
