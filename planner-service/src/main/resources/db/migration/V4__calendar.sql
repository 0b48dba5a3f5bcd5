-- What each calendar entry last showed (GET /runners/{runnerId}/plan.ics and the feed), so its
-- SEQUENCE rises when a replan changes it. uid names the runner, the day and the slot, never a plan, so
-- an entry keeps its row across replans; content_digest is a SHA-256 of its summary and description;
-- changed_at (the entry's DTSTAMP) is when it was first shown with that content.
create table calendar_session (
    uid             varchar(200) primary key,
    runner_id       varchar(64)  not null,
    content_digest  varchar(64)  not null,
    sequence        integer      not null,
    changed_at      timestamptz  not null
);
create index calendar_session_runner on calendar_session (runner_id);

-- A runner's secret calendar feed URL (POST /runners/{runnerId}/calendar-feed), at most one per runner.
-- Only a SHA-256 of the secret is kept: the URL is shown once, and a copy of this table opens no feed.
-- Deleting the row (DELETE .../calendar-feed, or a new POST) revokes the URL.
create table calendar_feed (
    runner_id      varchar(64)  primary key,
    secret_digest  varchar(64)  not null unique,
    created_at     timestamptz  not null
);
