-- Linear tracking: a runner's progression is kept as the engine's state after the last workout in
-- (completed_at, workout_id) order, so a new workout is applied to it instead of replaying the whole
-- history. Rows written before this migration have no snapshot; the runner's next workout replays
-- their history once and stores one.

-- The head: the state after every stored workout. snapshot is the engine's ProgressionState as JSON,
-- snapshot_format the version of that JSON (a snapshot of another format is ignored and rebuilt).
alter table progression_state
    add column last_completed_at timestamptz,
    add column workout_count     integer not null default 0,
    add column snapshot          text,
    add column snapshot_format   integer;

-- Checkpoints every N workouts (runstrength.tracking.checkpoint-every): a workout that arrives late,
-- or a plan that changes how stored workouts are judged, replays from the last checkpoint before it
-- instead of from the start. position = how many workouts the state has folded.
create table progression_checkpoint (
    runner_id     varchar(64)  not null,
    position      integer      not null,
    workout_id    varchar(64)  not null,
    completed_at  timestamptz  not null,
    format        integer      not null,
    state         text         not null,
    primary key (runner_id, position)
);

-- The plan a workout carried out, so a plan that arrives after its workouts finds them without
-- reading every payload.
alter table workout add column plan_id varchar(255);
update workout set plan_id = (payload::jsonb) ->> 'planId';
create index workout_runner_plan on workout (runner_id, plan_id) where plan_id is not null;

-- What the engine reads of a plan (its PlanView: sessions and their prescriptions) as JSON, a few KB
-- instead of the plan's tens, so judging a workout does not parse the whole plan. view_format is the
-- version of that JSON; a view of another version is ignored and the plan's payload read instead.
alter table plan
    add column view        text,
    add column view_format integer;
