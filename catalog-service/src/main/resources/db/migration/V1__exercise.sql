-- The catalogue. `payload` holds the exercise exactly as the API and the events show it; the
-- columns beside it are what the service looks up or orders by.
create table exercise (
    id          varchar(80)  primary key,
    name        varchar(200) not null,
    version     integer      not null,
    status      varchar(16)  not null,
    origin      varchar(8)   not null,
    payload     text         not null,
    updated_at  timestamptz  not null
);

create index exercise_status_idx on exercise (status);

-- Which version of the bundled seed file has been applied to this database.
create table catalog_seed (
    id              integer primary key check (id = 1),
    catalog_version integer not null,
    applied_at      timestamptz not null
);
