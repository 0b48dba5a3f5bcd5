-- Tracking keeps only what it reads of a plan, its view (a few KB), no longer the plan's JSON (about 37 KB):
-- nothing in tracking reads more of a plan (docs/performance.md). Rows stored before keep their payload, which
-- is mapped again when their view is missing or of an older format; new rows leave it null.
alter table plan alter column payload drop not null;

-- The view (a few KB) is compressed with lz4 where the server has it (the CNPG images; the embedded
-- PostgreSQL of the tests and the local stack keeps pglz), as the planner's plans are.
do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) then
        alter table plan alter column view set compression lz4;
    end if;
end
$$;
