-- The latest profile held for each runner: an older or equal updatedAt is ignored (out-of-order delivery).
create table runner_profile (
    runner_id   varchar(64)  primary key,
    updated_at  timestamptz  not null,
    payload     text         not null
);

-- Every plan generated; the newest per runner is the current one.
create table plan (
    plan_id             varchar(64)  primary key,
    runner_id           varchar(64)  not null,
    generated_at        timestamptz  not null,
    profile_updated_at  timestamptz  not null,
    payload             text         not null
);

create index plan_runner_newest on plan (runner_id, generated_at);
