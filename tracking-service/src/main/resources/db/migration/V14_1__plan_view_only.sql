-- Tracking keeps only what it reads of a plan, its view (a few KB), no longer the plan's JSON (about 37 KB):
-- nothing in tracking reads more of a plan (docs/performance.md). Rows stored before keep their payload, which
-- is mapped again when their view is missing or of an older format; new rows leave it null.
alter table plan alter column payload drop not null;
