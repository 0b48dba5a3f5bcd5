-- Profiles a backend sent over HTTP (PUT /runners/{runnerId}/profile), one row per profile accepted:
-- a repeated request finds its row and publishes nothing again. The key is the profile's identity
-- (runnerId@updatedAt, as a record without CloudEvents attributes is identified); content_digest tells a
-- retry (same body) from a different profile under the same updatedAt (409). event_id is the
-- CloudEvents id of the event published for it, set in the same transaction as the row.
create table profile_intake (
    intake_key      varchar(200) primary key,
    runner_id       varchar(64)  not null,
    content_digest  varchar(64)  not null,
    event_id        varchar(64),
    accepted_at     timestamptz  not null
);
create index profile_intake_runner on profile_intake (runner_id);
