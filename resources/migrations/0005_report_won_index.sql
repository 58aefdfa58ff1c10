-- DeskCRM schema v5: the won-revenue index of the customer tiers reads only the index on both databases.
-- Tokens and dialect blocks as in 0001_initial.sql.
--
-- ReportQueries::tiers() sums the won amount per customer over a range of close dates, COALESCE(actual_close,
-- expected_close), through ix_report_opportunities_won (0002_reporting.sql). PostgreSQL cannot answer a query
-- on an index expression from the index alone unless the expression's columns are in the index as well, so
-- every matching deal cost a random heap read (about 60,000 per year of a million deals: ~120 of the ~190 ms
-- of the query at 1M deals); SQLite wants deleted_at, the partial index's condition, to see the index as
-- covering. Same keys as before, those three columns appended.
DROP INDEX ix_report_opportunities_won;
CREATE INDEX ix_report_opportunities_won ON opportunities(stage_id, currency, (COALESCE(actual_close, expected_close)), customer_id, amount_minor, owner_id, actual_close, expected_close, deleted_at) WHERE deleted_at IS NULL;
-- Statistics for the new index at once (a dropped index takes its statistics along; SQLite would otherwise
-- guess and may prefer another index).
-- @sqlite
ANALYZE ix_report_opportunities_won;
-- @end
-- @postgresql
ANALYZE opportunities;
-- @end
