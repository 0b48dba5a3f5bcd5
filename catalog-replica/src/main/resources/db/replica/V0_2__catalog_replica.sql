-- This service's copy of the catalogue, kept from catalog.exercises (catalog-replica module).
create table catalog_replica (
    id          varchar(80)  primary key,
    version     integer      not null,
    status      varchar(16)  not null,
    payload     text         not null,
    updated_at  timestamptz  not null
);
