-- A value the database can never store, as a stand-in for any data exception or integrity violation:
-- a workout whose id starts with "unstorable" breaks this check (SQLState 23514).
alter table intake_ledger add constraint intake_ledger_storable check (workout_id not like 'unstorable%');
