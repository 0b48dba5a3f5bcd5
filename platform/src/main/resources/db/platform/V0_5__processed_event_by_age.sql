-- The prune (ProcessedEventPruner) finds old ids by processed_at. Rows are appended in time order, so
-- a BRIN index (a few pages for millions of rows) narrows the scan to the oldest block ranges.
create index processed_event_processed_at on processed_event using brin (processed_at);
