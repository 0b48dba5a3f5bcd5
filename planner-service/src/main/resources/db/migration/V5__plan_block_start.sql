-- The first day of the training block a plan's calendar counts from (DOMAIN rule 11, v1.1): a replan
-- continues it, so the week count and the deload week do not restart. Null for plans stored before it
-- was kept, and for plans with no block week (race recovery only): a replan of those starts a new block.
alter table plan add column block_start date;
