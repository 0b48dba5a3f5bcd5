-- Snapshots in a compact binary form (format 2, SnapshotCodec) instead of JSON text: a snapshot is read
-- and written for every runner of every batch, and its JSON cost tracking about a tenth of its CPU.
-- Rows written before keep their JSON (format 1, in snapshot / state) and are still read; the runner's
-- next batch writes the binary form and clears the JSON. Checkpoints are rewritten only by a late
-- workout or plan, so JSON checkpoints may stay for good: both forms hold the same state.
alter table progression_state add column snapshot_data bytea;
alter table progression_checkpoint add column data bytea;
alter table progression_checkpoint alter column state drop not null;

-- Plan views in the same compact form (view format 2, PlanViews), read for every plan not cached when
-- workouts are folded. Views stored as JSON (format 1, in view) are still read.
alter table plan add column view_data bytea;
