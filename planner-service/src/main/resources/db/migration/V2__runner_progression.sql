-- Tracking's progression state per runner (DOMAIN rule 11), merged from tracking.progressions:
-- payload holds the latest `to` prescription per exercise and the PAIN flags still open.
create table runner_progression (
    runner_id   varchar(64)  primary key,
    updated_at  timestamptz  not null,
    payload     text         not null
);
