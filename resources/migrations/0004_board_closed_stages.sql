-- DeskCRM schema v4: an index for the won/lost columns of the pipeline board (models/PipelineBoardModel).
-- Tokens and dialect blocks as in 0001_initial.sql.
--
-- Each closed column shows the sums of the deals closed in the last N days and the latest of them as
-- cards. Without this index both read every won (or lost) deal row from the table: thousands of random
-- row reads per column, the largest part of opening a board with 10,000 open deals (about 40 ms per
-- column on SQLite). Ordered by (stage, time entered, id), the latest cards are the first entries of
-- a backward walk; with the close date, currency and amount (and deleted_at, so that SQLite sees the
-- index as covering) the sums read only the index.
CREATE INDEX ix_opportunities_stage_entered ON opportunities(stage_id, (COALESCE(stage_entered_at, created_at)), id,
    actual_close, stage_entered_at, currency, amount_minor, deleted_at) WHERE deleted_at IS NULL;
