-- A plan's continuation record (issue 14): what a replan needs of it (block start, last day, and each exercise's
-- sessions, blocks and whether it was the heavy lift there), a few hundred bytes of JSON written with the plan.
-- A replan reads this column instead of the plan's whole payload (about 37 KB, detoasted and parsed only to
-- rebuild these slots). Rows stored before it are left null and a replan of them reads the payload as before.
alter table plan add column continuation text;
