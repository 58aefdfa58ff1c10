-- DeskCRM schema v2: sales targets and the report summaries behind the dashboard (models/ReportQueries).
-- Tokens and dialect blocks as in 0001_initial.sql.
--
-- The report_* tables are derived data, not user records: they carry no row metadata, are never edited
-- by hand and are kept exact by the triggers below on every insert, update (stage move, amount, owner,
-- dates, currency), soft delete, restore and purge. Each holds counts and sums per calendar month (UTC
-- for timestamps) and a few dimensions, so a chart reads hundreds of rows instead of a million.
-- Missing dimensions are stored as the nil UUID / 0, never NULL, so the upserts find their row.
-- Opportunities are placed by close date: COALESCE(actual_close, expected_close); 0 = no date.
-- Stage changes carry "seconds since the opportunity's previous stage change" (over all its history
-- rows, strictly earlier changed_at), which is what the average days per stage is built from. History is
-- appended in time order by stage moves; a back-dated insert or the hard delete of history of a LIVE
-- opportunity does not re-time the following row (purge works on soft-deleted opportunities).
--
-- PostgreSQL bodies: SchemaMigrator ends a statement at a line ending in ';', so function bodies keep
-- their inner semicolons mid-line. Every summary is filled from the existing rows at the end of the file.

CREATE TABLE sales_targets (
    id {UUID} PRIMARY KEY,
    owner_id {UUID} REFERENCES users(id),
    team_id {UUID} REFERENCES teams(id),
    month {DATE} NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    {META},
    CHECK ((owner_id IS NULL) <> (team_id IS NULL))
);
CREATE UNIQUE INDEX ux_sales_targets_owner ON sales_targets(owner_id, month, currency) WHERE deleted_at IS NULL AND owner_id IS NOT NULL;
CREATE UNIQUE INDEX ux_sales_targets_team ON sales_targets(team_id, month, currency) WHERE deleted_at IS NULL AND team_id IS NOT NULL;
CREATE INDEX ix_sales_targets_month ON sales_targets(month, currency) WHERE deleted_at IS NULL;

-- Opportunities per close month, stage, owner and currency.
-- @sqlite
CREATE TABLE report_opportunity_summary (
    close_month INTEGER NOT NULL,
    stage_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    currency TEXT NOT NULL,
    opportunities INTEGER NOT NULL DEFAULT 0,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    weighted_x100 INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (close_month, stage_id, owner_id, currency)
) WITHOUT ROWID;
-- Won amount per close month, customer industry, owner and currency (the industry breakdown).
CREATE TABLE report_industry_summary (
    close_month INTEGER NOT NULL,
    industry_id INTEGER NOT NULL,
    owner_id TEXT NOT NULL,
    currency TEXT NOT NULL,
    opportunities INTEGER NOT NULL DEFAULT 0,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (close_month, industry_id, owner_id, currency)
) WITHOUT ROWID;
-- Stage changes per month of changed_at, from/to stage and opportunity owner.
CREATE TABLE report_stage_flow (
    month INTEGER NOT NULL,
    from_stage_id TEXT NOT NULL,
    to_stage_id TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    changes INTEGER NOT NULL DEFAULT 0,
    timed INTEGER NOT NULL DEFAULT 0,
    seconds INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, from_stage_id, to_stage_id, owner_id)
) WITHOUT ROWID;
-- Follow-ups per week-in-month (yyyymmdd of the later of the ISO week's Monday and the month's first
-- day, so whole months and whole weeks are both unions of buckets), author and channel.
CREATE TABLE report_activity_summary (
    bucket INTEGER NOT NULL,
    author_id TEXT NOT NULL,
    channel_id INTEGER NOT NULL,
    interactions INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (bucket, author_id, channel_id)
) WITHOUT ROWID;
-- New customers per month of created_at and owner.
CREATE TABLE report_customer_summary (
    month INTEGER NOT NULL,
    owner_id TEXT NOT NULL,
    customers INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, owner_id)
) WITHOUT ROWID;
-- @end
-- @postgresql
CREATE TABLE report_opportunity_summary (
    close_month INTEGER NOT NULL,
    stage_id UUID NOT NULL,
    owner_id UUID NOT NULL,
    currency TEXT NOT NULL,
    opportunities BIGINT NOT NULL DEFAULT 0,
    amount_minor BIGINT NOT NULL DEFAULT 0,
    weighted_x100 BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (close_month, stage_id, owner_id, currency)
);
CREATE TABLE report_industry_summary (
    close_month INTEGER NOT NULL,
    industry_id INTEGER NOT NULL,
    owner_id UUID NOT NULL,
    currency TEXT NOT NULL,
    opportunities BIGINT NOT NULL DEFAULT 0,
    amount_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (close_month, industry_id, owner_id, currency)
);
CREATE TABLE report_stage_flow (
    month INTEGER NOT NULL,
    from_stage_id UUID NOT NULL,
    to_stage_id UUID NOT NULL,
    owner_id UUID NOT NULL,
    changes BIGINT NOT NULL DEFAULT 0,
    timed BIGINT NOT NULL DEFAULT 0,
    seconds BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, from_stage_id, to_stage_id, owner_id)
);
CREATE TABLE report_activity_summary (
    bucket INTEGER NOT NULL,
    author_id UUID NOT NULL,
    channel_id INTEGER NOT NULL,
    interactions BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (bucket, author_id, channel_id)
);
CREATE TABLE report_customer_summary (
    month INTEGER NOT NULL,
    owner_id UUID NOT NULL,
    customers BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, owner_id)
);
-- @end

-- Raw-row queries the summaries cannot answer: customer tiers (won revenue per customer) and overdue tasks.
CREATE INDEX ix_report_opportunities_won ON opportunities(stage_id, currency, (COALESCE(actual_close, expected_close)), customer_id, amount_minor, owner_id) WHERE deleted_at IS NULL;
CREATE INDEX ix_report_tasks_open ON tasks(due_date, owner_id) WHERE deleted_at IS NULL AND status <> 'done';
CREATE INDEX ix_report_stage_history_prev ON stage_history(opportunity_id, changed_at, id);

-- @sqlite
CREATE TRIGGER report_opportunities_ai AFTER INSERT ON opportunities WHEN NEW.deleted_at IS NULL BEGIN
    INSERT INTO report_opportunity_summary (close_month, stage_id, owner_id, currency, opportunities, amount_minor, weighted_x100)
    VALUES (COALESCE(CAST(strftime('%Y%m', COALESCE(NEW.actual_close, NEW.expected_close)) AS INTEGER), 0), NEW.stage_id,
            COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'), NEW.currency, 1, NEW.amount_minor, NEW.amount_minor * NEW.probability)
    ON CONFLICT (close_month, stage_id, owner_id, currency) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor, weighted_x100 = weighted_x100 + excluded.weighted_x100;
    INSERT INTO report_industry_summary (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
    SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(NEW.actual_close, NEW.expected_close)) AS INTEGER), 0),
           COALESCE((SELECT c.industry_id FROM customers c WHERE c.id = NEW.customer_id), 0),
           COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'), NEW.currency, 1, NEW.amount_minor
    WHERE (SELECT s.is_won FROM pipeline_stages s WHERE s.id = NEW.stage_id)
    ON CONFLICT (close_month, industry_id, owner_id, currency) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor;
END;
CREATE TRIGGER report_opportunities_au AFTER UPDATE OF stage_id, owner_id, customer_id, amount_minor, currency, probability, expected_close, actual_close, deleted_at ON opportunities BEGIN
    INSERT INTO report_opportunity_summary (close_month, stage_id, owner_id, currency, opportunities, amount_minor, weighted_x100)
    SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(OLD.actual_close, OLD.expected_close)) AS INTEGER), 0), OLD.stage_id,
           COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'), OLD.currency, -1, -OLD.amount_minor, -OLD.amount_minor * OLD.probability
    WHERE OLD.deleted_at IS NULL
    ON CONFLICT (close_month, stage_id, owner_id, currency) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor, weighted_x100 = weighted_x100 + excluded.weighted_x100;
    INSERT INTO report_opportunity_summary (close_month, stage_id, owner_id, currency, opportunities, amount_minor, weighted_x100)
    SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(NEW.actual_close, NEW.expected_close)) AS INTEGER), 0), NEW.stage_id,
           COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'), NEW.currency, 1, NEW.amount_minor, NEW.amount_minor * NEW.probability
    WHERE NEW.deleted_at IS NULL
    ON CONFLICT (close_month, stage_id, owner_id, currency) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor, weighted_x100 = weighted_x100 + excluded.weighted_x100;
    INSERT INTO report_industry_summary (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
    SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(OLD.actual_close, OLD.expected_close)) AS INTEGER), 0),
           COALESCE((SELECT c.industry_id FROM customers c WHERE c.id = OLD.customer_id), 0),
           COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'), OLD.currency, -1, -OLD.amount_minor
    WHERE OLD.deleted_at IS NULL AND (SELECT s.is_won FROM pipeline_stages s WHERE s.id = OLD.stage_id)
    ON CONFLICT (close_month, industry_id, owner_id, currency) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor;
    INSERT INTO report_industry_summary (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
    SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(NEW.actual_close, NEW.expected_close)) AS INTEGER), 0),
           COALESCE((SELECT c.industry_id FROM customers c WHERE c.id = NEW.customer_id), 0),
           COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'), NEW.currency, 1, NEW.amount_minor
    WHERE NEW.deleted_at IS NULL AND (SELECT s.is_won FROM pipeline_stages s WHERE s.id = NEW.stage_id)
    ON CONFLICT (close_month, industry_id, owner_id, currency) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor;
END;
CREATE TRIGGER report_opportunities_ad AFTER DELETE ON opportunities WHEN OLD.deleted_at IS NULL BEGIN
    INSERT INTO report_opportunity_summary (close_month, stage_id, owner_id, currency, opportunities, amount_minor, weighted_x100)
    VALUES (COALESCE(CAST(strftime('%Y%m', COALESCE(OLD.actual_close, OLD.expected_close)) AS INTEGER), 0), OLD.stage_id,
            COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'), OLD.currency, -1, -OLD.amount_minor, -OLD.amount_minor * OLD.probability)
    ON CONFLICT (close_month, stage_id, owner_id, currency) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor, weighted_x100 = weighted_x100 + excluded.weighted_x100;
    INSERT INTO report_industry_summary (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
    SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(OLD.actual_close, OLD.expected_close)) AS INTEGER), 0),
           COALESCE((SELECT c.industry_id FROM customers c WHERE c.id = OLD.customer_id), 0),
           COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'), OLD.currency, -1, -OLD.amount_minor
    WHERE (SELECT s.is_won FROM pipeline_stages s WHERE s.id = OLD.stage_id)
    ON CONFLICT (close_month, industry_id, owner_id, currency) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor;
END;
-- A customer's industry moves its won opportunities between industries.
CREATE TRIGGER report_customers_industry_au AFTER UPDATE OF industry_id ON customers WHEN OLD.industry_id IS NOT NEW.industry_id BEGIN
    INSERT INTO report_industry_summary (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
    SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(o.actual_close, o.expected_close)) AS INTEGER), 0), COALESCE(OLD.industry_id, 0),
           COALESCE(o.owner_id, '00000000-0000-0000-0000-000000000000'), o.currency, -COUNT(*), -SUM(o.amount_minor)
    FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id
    WHERE o.customer_id = OLD.id AND o.deleted_at IS NULL AND s.is_won
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (close_month, industry_id, owner_id, currency) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor;
    INSERT INTO report_industry_summary (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
    SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(o.actual_close, o.expected_close)) AS INTEGER), 0), COALESCE(NEW.industry_id, 0),
           COALESCE(o.owner_id, '00000000-0000-0000-0000-000000000000'), o.currency, COUNT(*), SUM(o.amount_minor)
    FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id
    WHERE o.customer_id = NEW.id AND o.deleted_at IS NULL AND s.is_won
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (close_month, industry_id, owner_id, currency) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor;
END;
-- Turning a stage into (or out of) the won stage moves its opportunities into (out of) the won figures.
CREATE TRIGGER report_stages_won_au AFTER UPDATE OF is_won ON pipeline_stages WHEN OLD.is_won IS NOT NEW.is_won BEGIN
    INSERT INTO report_industry_summary (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
    SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(o.actual_close, o.expected_close)) AS INTEGER), 0), COALESCE(c.industry_id, 0),
           COALESCE(o.owner_id, '00000000-0000-0000-0000-000000000000'), o.currency,
           CASE WHEN NEW.is_won THEN COUNT(*) ELSE -COUNT(*) END, CASE WHEN NEW.is_won THEN SUM(o.amount_minor) ELSE -SUM(o.amount_minor) END
    FROM opportunities o JOIN customers c ON c.id = o.customer_id
    WHERE o.stage_id = NEW.id AND o.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (close_month, industry_id, owner_id, currency) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor;
END;

CREATE TRIGGER report_stage_history_ai AFTER INSERT ON stage_history WHEN NEW.deleted_at IS NULL BEGIN
    INSERT INTO report_stage_flow (month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds)
    SELECT CAST(strftime('%Y%m', NEW.changed_at) AS INTEGER), COALESCE(NEW.from_stage_id, '00000000-0000-0000-0000-000000000000'),
           NEW.to_stage_id, COALESCE(o.owner_id, '00000000-0000-0000-0000-000000000000'), 1,
           p.prev IS NOT NULL, COALESCE(CAST(strftime('%s', NEW.changed_at) AS INTEGER) - CAST(strftime('%s', p.prev) AS INTEGER), 0)
    FROM opportunities o,
         (SELECT MAX(h.changed_at) AS prev FROM stage_history h
          WHERE h.opportunity_id = NEW.opportunity_id AND h.changed_at < NEW.changed_at AND h.id <> NEW.id) p
    WHERE o.id = NEW.opportunity_id AND o.deleted_at IS NULL
    ON CONFLICT (month, from_stage_id, to_stage_id, owner_id) DO UPDATE SET changes = changes + excluded.changes,
        timed = timed + excluded.timed, seconds = seconds + excluded.seconds;
END;
CREATE TRIGGER report_stage_history_au AFTER UPDATE OF opportunity_id, from_stage_id, to_stage_id, changed_at, deleted_at ON stage_history BEGIN
    INSERT INTO report_stage_flow (month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds)
    SELECT CAST(strftime('%Y%m', OLD.changed_at) AS INTEGER), COALESCE(OLD.from_stage_id, '00000000-0000-0000-0000-000000000000'),
           OLD.to_stage_id, COALESCE(o.owner_id, '00000000-0000-0000-0000-000000000000'), -1,
           -(p.prev IS NOT NULL), -COALESCE(CAST(strftime('%s', OLD.changed_at) AS INTEGER) - CAST(strftime('%s', p.prev) AS INTEGER), 0)
    FROM opportunities o,
         (SELECT MAX(h.changed_at) AS prev FROM stage_history h
          WHERE h.opportunity_id = OLD.opportunity_id AND h.changed_at < OLD.changed_at AND h.id <> OLD.id) p
    WHERE o.id = OLD.opportunity_id AND o.deleted_at IS NULL AND OLD.deleted_at IS NULL
    ON CONFLICT (month, from_stage_id, to_stage_id, owner_id) DO UPDATE SET changes = changes + excluded.changes,
        timed = timed + excluded.timed, seconds = seconds + excluded.seconds;
    INSERT INTO report_stage_flow (month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds)
    SELECT CAST(strftime('%Y%m', NEW.changed_at) AS INTEGER), COALESCE(NEW.from_stage_id, '00000000-0000-0000-0000-000000000000'),
           NEW.to_stage_id, COALESCE(o.owner_id, '00000000-0000-0000-0000-000000000000'), 1,
           p.prev IS NOT NULL, COALESCE(CAST(strftime('%s', NEW.changed_at) AS INTEGER) - CAST(strftime('%s', p.prev) AS INTEGER), 0)
    FROM opportunities o,
         (SELECT MAX(h.changed_at) AS prev FROM stage_history h
          WHERE h.opportunity_id = NEW.opportunity_id AND h.changed_at < NEW.changed_at AND h.id <> NEW.id) p
    WHERE o.id = NEW.opportunity_id AND o.deleted_at IS NULL AND NEW.deleted_at IS NULL
    ON CONFLICT (month, from_stage_id, to_stage_id, owner_id) DO UPDATE SET changes = changes + excluded.changes,
        timed = timed + excluded.timed, seconds = seconds + excluded.seconds;
END;
CREATE TRIGGER report_stage_history_ad AFTER DELETE ON stage_history WHEN OLD.deleted_at IS NULL BEGIN
    INSERT INTO report_stage_flow (month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds)
    SELECT CAST(strftime('%Y%m', OLD.changed_at) AS INTEGER), COALESCE(OLD.from_stage_id, '00000000-0000-0000-0000-000000000000'),
           OLD.to_stage_id, COALESCE(o.owner_id, '00000000-0000-0000-0000-000000000000'), -1,
           -(p.prev IS NOT NULL), -COALESCE(CAST(strftime('%s', OLD.changed_at) AS INTEGER) - CAST(strftime('%s', p.prev) AS INTEGER), 0)
    FROM opportunities o,
         (SELECT MAX(h.changed_at) AS prev FROM stage_history h
          WHERE h.opportunity_id = OLD.opportunity_id AND h.changed_at < OLD.changed_at AND h.id <> OLD.id) p
    WHERE o.id = OLD.opportunity_id AND o.deleted_at IS NULL
    ON CONFLICT (month, from_stage_id, to_stage_id, owner_id) DO UPDATE SET changes = changes + excluded.changes,
        timed = timed + excluded.timed, seconds = seconds + excluded.seconds;
END;
-- An opportunity's history follows its owner, and leaves the figures while the opportunity is deleted.
CREATE TRIGGER report_opportunities_flow_au AFTER UPDATE OF owner_id, deleted_at ON opportunities
WHEN OLD.owner_id IS NOT NEW.owner_id OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) BEGIN
    INSERT INTO report_stage_flow (month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds)
    SELECT x.month, x.from_stage_id, x.to_stage_id, COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'),
           -COUNT(*), -SUM(x.prev IS NOT NULL), -SUM(COALESCE(x.seconds, 0))
    FROM (SELECT CAST(strftime('%Y%m', h.changed_at) AS INTEGER) AS month,
                 COALESCE(h.from_stage_id, '00000000-0000-0000-0000-000000000000') AS from_stage_id, h.to_stage_id,
                 (SELECT MAX(p.changed_at) FROM stage_history p WHERE p.opportunity_id = h.opportunity_id AND p.changed_at < h.changed_at AND p.id <> h.id) AS prev,
                 CAST(strftime('%s', h.changed_at) AS INTEGER) - CAST(strftime('%s', (SELECT MAX(p.changed_at) FROM stage_history p WHERE p.opportunity_id = h.opportunity_id AND p.changed_at < h.changed_at AND p.id <> h.id)) AS INTEGER) AS seconds
          FROM stage_history h WHERE h.opportunity_id = OLD.id AND h.deleted_at IS NULL) x
    WHERE OLD.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (month, from_stage_id, to_stage_id, owner_id) DO UPDATE SET changes = changes + excluded.changes,
        timed = timed + excluded.timed, seconds = seconds + excluded.seconds;
    INSERT INTO report_stage_flow (month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds)
    SELECT x.month, x.from_stage_id, x.to_stage_id, COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'),
           COUNT(*), SUM(x.prev IS NOT NULL), SUM(COALESCE(x.seconds, 0))
    FROM (SELECT CAST(strftime('%Y%m', h.changed_at) AS INTEGER) AS month,
                 COALESCE(h.from_stage_id, '00000000-0000-0000-0000-000000000000') AS from_stage_id, h.to_stage_id,
                 (SELECT MAX(p.changed_at) FROM stage_history p WHERE p.opportunity_id = h.opportunity_id AND p.changed_at < h.changed_at AND p.id <> h.id) AS prev,
                 CAST(strftime('%s', h.changed_at) AS INTEGER) - CAST(strftime('%s', (SELECT MAX(p.changed_at) FROM stage_history p WHERE p.opportunity_id = h.opportunity_id AND p.changed_at < h.changed_at AND p.id <> h.id)) AS INTEGER) AS seconds
          FROM stage_history h WHERE h.opportunity_id = NEW.id AND h.deleted_at IS NULL) x
    WHERE NEW.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (month, from_stage_id, to_stage_id, owner_id) DO UPDATE SET changes = changes + excluded.changes,
        timed = timed + excluded.timed, seconds = seconds + excluded.seconds;
END;

CREATE TRIGGER report_interactions_ai AFTER INSERT ON interactions WHEN NEW.deleted_at IS NULL BEGIN
    INSERT INTO report_activity_summary (bucket, author_id, channel_id, interactions)
    VALUES (CAST(MAX(strftime('%Y%m%d', NEW.occurred_at, 'weekday 0', '-6 days'), strftime('%Y%m01', NEW.occurred_at)) AS INTEGER),
            COALESCE(NEW.author_id, '00000000-0000-0000-0000-000000000000'), COALESCE(NEW.channel_id, 0), 1)
    ON CONFLICT (bucket, author_id, channel_id) DO UPDATE SET interactions = interactions + excluded.interactions;
END;
CREATE TRIGGER report_interactions_au AFTER UPDATE OF occurred_at, author_id, channel_id, deleted_at ON interactions BEGIN
    INSERT INTO report_activity_summary (bucket, author_id, channel_id, interactions)
    SELECT CAST(MAX(strftime('%Y%m%d', OLD.occurred_at, 'weekday 0', '-6 days'), strftime('%Y%m01', OLD.occurred_at)) AS INTEGER),
           COALESCE(OLD.author_id, '00000000-0000-0000-0000-000000000000'), COALESCE(OLD.channel_id, 0), -1
    WHERE OLD.deleted_at IS NULL
    ON CONFLICT (bucket, author_id, channel_id) DO UPDATE SET interactions = interactions + excluded.interactions;
    INSERT INTO report_activity_summary (bucket, author_id, channel_id, interactions)
    SELECT CAST(MAX(strftime('%Y%m%d', NEW.occurred_at, 'weekday 0', '-6 days'), strftime('%Y%m01', NEW.occurred_at)) AS INTEGER),
           COALESCE(NEW.author_id, '00000000-0000-0000-0000-000000000000'), COALESCE(NEW.channel_id, 0), 1
    WHERE NEW.deleted_at IS NULL
    ON CONFLICT (bucket, author_id, channel_id) DO UPDATE SET interactions = interactions + excluded.interactions;
END;
CREATE TRIGGER report_interactions_ad AFTER DELETE ON interactions WHEN OLD.deleted_at IS NULL BEGIN
    INSERT INTO report_activity_summary (bucket, author_id, channel_id, interactions)
    VALUES (CAST(MAX(strftime('%Y%m%d', OLD.occurred_at, 'weekday 0', '-6 days'), strftime('%Y%m01', OLD.occurred_at)) AS INTEGER),
            COALESCE(OLD.author_id, '00000000-0000-0000-0000-000000000000'), COALESCE(OLD.channel_id, 0), -1)
    ON CONFLICT (bucket, author_id, channel_id) DO UPDATE SET interactions = interactions + excluded.interactions;
END;

CREATE TRIGGER report_customers_ai AFTER INSERT ON customers WHEN NEW.deleted_at IS NULL BEGIN
    INSERT INTO report_customer_summary (month, owner_id, customers)
    VALUES (CAST(strftime('%Y%m', NEW.created_at) AS INTEGER), COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'), 1)
    ON CONFLICT (month, owner_id) DO UPDATE SET customers = customers + excluded.customers;
END;
CREATE TRIGGER report_customers_au AFTER UPDATE OF created_at, owner_id, deleted_at ON customers BEGIN
    INSERT INTO report_customer_summary (month, owner_id, customers)
    SELECT CAST(strftime('%Y%m', OLD.created_at) AS INTEGER), COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'), -1
    WHERE OLD.deleted_at IS NULL
    ON CONFLICT (month, owner_id) DO UPDATE SET customers = customers + excluded.customers;
    INSERT INTO report_customer_summary (month, owner_id, customers)
    SELECT CAST(strftime('%Y%m', NEW.created_at) AS INTEGER), COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'), 1
    WHERE NEW.deleted_at IS NULL
    ON CONFLICT (month, owner_id) DO UPDATE SET customers = customers + excluded.customers;
END;
CREATE TRIGGER report_customers_ad AFTER DELETE ON customers WHEN OLD.deleted_at IS NULL BEGIN
    INSERT INTO report_customer_summary (month, owner_id, customers)
    VALUES (CAST(strftime('%Y%m', OLD.created_at) AS INTEGER), COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'), -1)
    ON CONFLICT (month, owner_id) DO UPDATE SET customers = customers + excluded.customers;
END;
-- @end

-- @postgresql
CREATE FUNCTION report_month(d DATE) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$ SELECT COALESCE(to_char(d, 'YYYYMM')::INTEGER, 0) $$;
CREATE FUNCTION report_month(t TIMESTAMPTZ) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYYMM')::INTEGER $$;
CREATE FUNCTION report_bucket(t TIMESTAMPTZ) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(GREATEST(date_trunc('week', t AT TIME ZONE 'UTC'), date_trunc('month', t AT TIME ZONE 'UTC')), 'YYYYMMDD')::INTEGER $$;
CREATE FUNCTION report_nil(u UUID) RETURNS UUID LANGUAGE sql IMMUTABLE AS $$ SELECT COALESCE(u, '00000000-0000-0000-0000-000000000000'::UUID) $$;

CREATE FUNCTION report_opportunity_add(o opportunities, s INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_opportunity_summary AS r (close_month, stage_id, owner_id, currency, opportunities, amount_minor, weighted_x100)
    VALUES (report_month(COALESCE(o.actual_close, o.expected_close)), o.stage_id, report_nil(o.owner_id), o.currency, s, s * o.amount_minor, s * o.amount_minor * o.probability)
    ON CONFLICT (close_month, stage_id, owner_id, currency) DO UPDATE SET opportunities = r.opportunities + EXCLUDED.opportunities,
        amount_minor = r.amount_minor + EXCLUDED.amount_minor, weighted_x100 = r.weighted_x100 + EXCLUDED.weighted_x100
$$;
CREATE FUNCTION report_opportunity_won_add(o opportunities, s INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_industry_summary AS r (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
    SELECT report_month(COALESCE(o.actual_close, o.expected_close)), COALESCE((SELECT c.industry_id FROM customers c WHERE c.id = o.customer_id), 0),
           report_nil(o.owner_id), o.currency, s, s * o.amount_minor
    FROM pipeline_stages st WHERE st.id = o.stage_id AND st.is_won
    ON CONFLICT (close_month, industry_id, owner_id, currency) DO UPDATE SET opportunities = r.opportunities + EXCLUDED.opportunities,
        amount_minor = r.amount_minor + EXCLUDED.amount_minor
$$;
CREATE FUNCTION report_opportunities_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN IF TG_OP <> 'INSERT' THEN IF OLD.deleted_at IS NULL THEN PERFORM report_opportunity_add(OLD, -1); PERFORM report_opportunity_won_add(OLD, -1); END IF; END IF
    ; IF TG_OP <> 'DELETE' THEN IF NEW.deleted_at IS NULL THEN PERFORM report_opportunity_add(NEW, 1); PERFORM report_opportunity_won_add(NEW, 1); END IF; END IF
    ; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_opportunities_aiud AFTER INSERT OR DELETE OR UPDATE OF stage_id, owner_id, customer_id, amount_minor, currency, probability, expected_close, actual_close, deleted_at ON opportunities FOR EACH ROW EXECUTE FUNCTION report_opportunities_trg();

CREATE FUNCTION report_customer_industry_add(customer UUID, industry INTEGER, s INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_industry_summary AS r (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
    SELECT report_month(COALESCE(o.actual_close, o.expected_close)), COALESCE(industry, 0), report_nil(o.owner_id), o.currency, s * COUNT(*), s * SUM(o.amount_minor)
    FROM opportunities o JOIN pipeline_stages st ON st.id = o.stage_id
    WHERE o.customer_id = customer AND o.deleted_at IS NULL AND st.is_won
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (close_month, industry_id, owner_id, currency) DO UPDATE SET opportunities = r.opportunities + EXCLUDED.opportunities,
        amount_minor = r.amount_minor + EXCLUDED.amount_minor
$$;
CREATE FUNCTION report_customers_industry_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN PERFORM report_customer_industry_add(OLD.id, OLD.industry_id, -1); PERFORM report_customer_industry_add(NEW.id, NEW.industry_id, 1); RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_customers_industry_au AFTER UPDATE OF industry_id ON customers FOR EACH ROW WHEN (OLD.industry_id IS DISTINCT FROM NEW.industry_id) EXECUTE FUNCTION report_customers_industry_trg();

CREATE FUNCTION report_stage_won_add(stage UUID, s INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_industry_summary AS r (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
    SELECT report_month(COALESCE(o.actual_close, o.expected_close)), COALESCE(c.industry_id, 0), report_nil(o.owner_id), o.currency, s * COUNT(*), s * SUM(o.amount_minor)
    FROM opportunities o JOIN customers c ON c.id = o.customer_id
    WHERE o.stage_id = stage AND o.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (close_month, industry_id, owner_id, currency) DO UPDATE SET opportunities = r.opportunities + EXCLUDED.opportunities,
        amount_minor = r.amount_minor + EXCLUDED.amount_minor
$$;
CREATE FUNCTION report_stages_won_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN PERFORM report_stage_won_add(NEW.id, CASE WHEN NEW.is_won THEN 1 ELSE -1 END); RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_stages_won_au AFTER UPDATE OF is_won ON pipeline_stages FOR EACH ROW WHEN (OLD.is_won IS DISTINCT FROM NEW.is_won) EXECUTE FUNCTION report_stages_won_trg();

-- One history row's contribution; `owner` is the opportunity's owner, `live` whether it counts at all.
CREATE FUNCTION report_flow_add(h stage_history, s INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_stage_flow AS r (month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds)
    SELECT report_month(h.changed_at), report_nil(h.from_stage_id), h.to_stage_id, report_nil(o.owner_id), s,
           s * (CASE WHEN p.prev IS NULL THEN 0 ELSE 1 END),
           s * COALESCE(floor(extract(epoch FROM h.changed_at))::BIGINT - floor(extract(epoch FROM p.prev))::BIGINT, 0)
    FROM opportunities o,
         (SELECT MAX(x.changed_at) AS prev FROM stage_history x WHERE x.opportunity_id = h.opportunity_id AND x.changed_at < h.changed_at AND x.id <> h.id) p
    WHERE o.id = h.opportunity_id AND o.deleted_at IS NULL AND h.deleted_at IS NULL
    ON CONFLICT (month, from_stage_id, to_stage_id, owner_id) DO UPDATE SET changes = r.changes + EXCLUDED.changes,
        timed = r.timed + EXCLUDED.timed, seconds = r.seconds + EXCLUDED.seconds
$$;
CREATE FUNCTION report_stage_history_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN IF TG_OP <> 'INSERT' THEN PERFORM report_flow_add(OLD, -1); END IF; IF TG_OP <> 'DELETE' THEN PERFORM report_flow_add(NEW, 1); END IF; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_stage_history_aiud AFTER INSERT OR DELETE OR UPDATE OF opportunity_id, from_stage_id, to_stage_id, changed_at, deleted_at ON stage_history FOR EACH ROW EXECUTE FUNCTION report_stage_history_trg();
CREATE FUNCTION report_opportunity_flow_add(opportunity UUID, owner UUID, s INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_stage_flow AS r (month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds)
    SELECT x.month, x.from_stage_id, x.to_stage_id, report_nil(owner), s * COUNT(*), s * COUNT(x.prev),
           s * COALESCE(SUM(floor(extract(epoch FROM x.changed_at))::BIGINT - floor(extract(epoch FROM x.prev))::BIGINT), 0)
    FROM (SELECT report_month(h.changed_at) AS month, report_nil(h.from_stage_id) AS from_stage_id, h.to_stage_id, h.changed_at,
                 (SELECT MAX(p.changed_at) FROM stage_history p WHERE p.opportunity_id = h.opportunity_id AND p.changed_at < h.changed_at AND p.id <> h.id) AS prev
          FROM stage_history h WHERE h.opportunity_id = opportunity AND h.deleted_at IS NULL) x
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (month, from_stage_id, to_stage_id, owner_id) DO UPDATE SET changes = r.changes + EXCLUDED.changes,
        timed = r.timed + EXCLUDED.timed, seconds = r.seconds + EXCLUDED.seconds
$$;
CREATE FUNCTION report_opportunities_flow_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN IF OLD.deleted_at IS NULL THEN PERFORM report_opportunity_flow_add(OLD.id, OLD.owner_id, -1); END IF
    ; IF NEW.deleted_at IS NULL THEN PERFORM report_opportunity_flow_add(NEW.id, NEW.owner_id, 1); END IF; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_opportunities_flow_au AFTER UPDATE OF owner_id, deleted_at ON opportunities FOR EACH ROW
    WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)) EXECUTE FUNCTION report_opportunities_flow_trg();

CREATE FUNCTION report_activity_add(i interactions, s INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_activity_summary AS r (bucket, author_id, channel_id, interactions)
    SELECT report_bucket(i.occurred_at), report_nil(i.author_id), COALESCE(i.channel_id, 0), s WHERE i.deleted_at IS NULL
    ON CONFLICT (bucket, author_id, channel_id) DO UPDATE SET interactions = r.interactions + EXCLUDED.interactions
$$;
CREATE FUNCTION report_interactions_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN IF TG_OP <> 'INSERT' THEN PERFORM report_activity_add(OLD, -1); END IF; IF TG_OP <> 'DELETE' THEN PERFORM report_activity_add(NEW, 1); END IF; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_interactions_aiud AFTER INSERT OR DELETE OR UPDATE OF occurred_at, author_id, channel_id, deleted_at ON interactions FOR EACH ROW EXECUTE FUNCTION report_interactions_trg();

CREATE FUNCTION report_customer_add(c customers, s INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_customer_summary AS r (month, owner_id, customers)
    SELECT report_month(c.created_at), report_nil(c.owner_id), s WHERE c.deleted_at IS NULL
    ON CONFLICT (month, owner_id) DO UPDATE SET customers = r.customers + EXCLUDED.customers
$$;
CREATE FUNCTION report_customers_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN IF TG_OP <> 'INSERT' THEN PERFORM report_customer_add(OLD, -1); END IF; IF TG_OP <> 'DELETE' THEN PERFORM report_customer_add(NEW, 1); END IF; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_customers_aiud AFTER INSERT OR DELETE OR UPDATE OF created_at, owner_id, deleted_at ON customers FOR EACH ROW EXECUTE FUNCTION report_customers_trg();
-- @end

-- Fill the summaries from the rows already there (an upgraded v1 database).
-- @sqlite
INSERT INTO report_opportunity_summary (close_month, stage_id, owner_id, currency, opportunities, amount_minor, weighted_x100)
SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(actual_close, expected_close)) AS INTEGER), 0), stage_id,
       COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), currency, COUNT(*), SUM(amount_minor), SUM(amount_minor * probability)
FROM opportunities WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4;
INSERT INTO report_industry_summary (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(o.actual_close, o.expected_close)) AS INTEGER), 0), COALESCE(c.industry_id, 0),
       COALESCE(o.owner_id, '00000000-0000-0000-0000-000000000000'), o.currency, COUNT(*), SUM(o.amount_minor)
FROM opportunities o JOIN customers c ON c.id = o.customer_id JOIN pipeline_stages s ON s.id = o.stage_id
WHERE o.deleted_at IS NULL AND s.is_won GROUP BY 1, 2, 3, 4;
INSERT INTO report_stage_flow (month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds)
SELECT x.month, x.from_stage_id, x.to_stage_id, x.owner_id, COUNT(*), SUM(x.prev IS NOT NULL),
       SUM(COALESCE(CAST(strftime('%s', x.changed_at) AS INTEGER) - CAST(strftime('%s', x.prev) AS INTEGER), 0))
FROM (SELECT CAST(strftime('%Y%m', h.changed_at) AS INTEGER) AS month,
             COALESCE(h.from_stage_id, '00000000-0000-0000-0000-000000000000') AS from_stage_id, h.to_stage_id,
             COALESCE(o.owner_id, '00000000-0000-0000-0000-000000000000') AS owner_id, h.changed_at,
             (SELECT MAX(p.changed_at) FROM stage_history p WHERE p.opportunity_id = h.opportunity_id AND p.changed_at < h.changed_at AND p.id <> h.id) AS prev
      FROM stage_history h JOIN opportunities o ON o.id = h.opportunity_id
      WHERE h.deleted_at IS NULL AND o.deleted_at IS NULL) x
GROUP BY 1, 2, 3, 4;
INSERT INTO report_activity_summary (bucket, author_id, channel_id, interactions)
SELECT CAST(MAX(strftime('%Y%m%d', occurred_at, 'weekday 0', '-6 days'), strftime('%Y%m01', occurred_at)) AS INTEGER),
       COALESCE(author_id, '00000000-0000-0000-0000-000000000000'), COALESCE(channel_id, 0), COUNT(*)
FROM interactions WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
INSERT INTO report_customer_summary (month, owner_id, customers)
SELECT CAST(strftime('%Y%m', created_at) AS INTEGER), COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), COUNT(*)
FROM customers WHERE deleted_at IS NULL GROUP BY 1, 2;
-- @end
-- @postgresql
INSERT INTO report_opportunity_summary (close_month, stage_id, owner_id, currency, opportunities, amount_minor, weighted_x100)
SELECT report_month(COALESCE(actual_close, expected_close)), stage_id, report_nil(owner_id), currency, COUNT(*), SUM(amount_minor), SUM(amount_minor * probability)
FROM opportunities WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4;
INSERT INTO report_industry_summary (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
SELECT report_month(COALESCE(o.actual_close, o.expected_close)), COALESCE(c.industry_id, 0), report_nil(o.owner_id), o.currency, COUNT(*), SUM(o.amount_minor)
FROM opportunities o JOIN customers c ON c.id = o.customer_id JOIN pipeline_stages s ON s.id = o.stage_id
WHERE o.deleted_at IS NULL AND s.is_won GROUP BY 1, 2, 3, 4;
INSERT INTO report_stage_flow (month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds)
SELECT x.month, x.from_stage_id, x.to_stage_id, x.owner_id, COUNT(*), COUNT(x.prev),
       COALESCE(SUM(floor(extract(epoch FROM x.changed_at))::BIGINT - floor(extract(epoch FROM x.prev))::BIGINT), 0)
FROM (SELECT report_month(h.changed_at) AS month, report_nil(h.from_stage_id) AS from_stage_id, h.to_stage_id,
             report_nil(o.owner_id) AS owner_id, h.changed_at,
             (SELECT MAX(p.changed_at) FROM stage_history p WHERE p.opportunity_id = h.opportunity_id AND p.changed_at < h.changed_at AND p.id <> h.id) AS prev
      FROM stage_history h JOIN opportunities o ON o.id = h.opportunity_id
      WHERE h.deleted_at IS NULL AND o.deleted_at IS NULL) x
GROUP BY 1, 2, 3, 4;
INSERT INTO report_activity_summary (bucket, author_id, channel_id, interactions)
SELECT report_bucket(occurred_at), report_nil(author_id), COALESCE(channel_id, 0), COUNT(*)
FROM interactions WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
INSERT INTO report_customer_summary (month, owner_id, customers)
SELECT report_month(created_at), report_nil(owner_id), COUNT(*)
FROM customers WHERE deleted_at IS NULL GROUP BY 1, 2;
-- @end
