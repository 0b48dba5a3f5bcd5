-- A plan's JSON (about 37 KB) is compressed by PostgreSQL when it is stored: with pglz, by default, one of
-- the larger parts of PostgreSQL's CPU per profile (docs/performance.md). lz4 compresses it several times
-- faster for a little more space. Servers built with lz4 (the CNPG images) use it for new rows; the embedded
-- PostgreSQL of the tests and the local stack is built without it and keeps pglz.
do $$
begin
    if exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals)) then
        alter table plan alter column payload set compression lz4;
    end if;
end
$$;
