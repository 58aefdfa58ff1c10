-- DeskCRM schema v6: won revenue per customer, calendar year or quarter, and currency, for the customer tiers.
-- Tokens and dialect blocks as in 0001_initial.sql; derived data kept exact by triggers as in 0002_reporting.sql.
--
-- ReportQueries::tiers() ranks customers by their won revenue in the period. From the deals that means grouping
-- every won deal of the period by customer: ~62,000 deals into ~46,000 customers per year at a million deals,
-- 40-60 ms of hash aggregation on PostgreSQL before anything reaches the client. This table holds the sum per
-- customer for every calendar year and every quarter already (the dashboard's "this year" and "this quarter"),
-- one narrow row per customer. Other periods, and owner/team filters (which the table has no column for), still
-- read the deals through ix_report_opportunities_won. Only won stages count; changing a stage's won flag moves its
-- deals in or out, as for report_industry_summary.
-- period: year * 10 for the whole year, year * 10 + quarter (1-4) for a quarter; 0 = no close date. Each won deal
-- counts in two rows (its year and its quarter), an undated one in one.
-- @sqlite
CREATE TABLE report_customer_revenue (
    currency TEXT NOT NULL,
    period INTEGER NOT NULL,
    customer_id TEXT NOT NULL,
    opportunities INTEGER NOT NULL DEFAULT 0,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (currency, period, customer_id)
) WITHOUT ROWID;

CREATE TRIGGER report_customer_revenue_ai AFTER INSERT ON opportunities
    WHEN NEW.deleted_at IS NULL AND (SELECT s.is_won FROM pipeline_stages s WHERE s.id = NEW.stage_id) BEGIN
    INSERT INTO report_customer_revenue (currency, period, customer_id, opportunities, amount_minor)
    SELECT NEW.currency, p.period, NEW.customer_id, 1, NEW.amount_minor
    FROM (SELECT COALESCE(CAST(strftime('%Y', COALESCE(NEW.actual_close, NEW.expected_close)) AS INTEGER), 0) * 10 AS period
          UNION ALL SELECT CAST(strftime('%Y', COALESCE(NEW.actual_close, NEW.expected_close)) AS INTEGER) * 10
                           + (CAST(strftime('%m', COALESCE(NEW.actual_close, NEW.expected_close)) AS INTEGER) + 2) / 3
          WHERE COALESCE(NEW.actual_close, NEW.expected_close) IS NOT NULL) p
    WHERE true
    ON CONFLICT (currency, period, customer_id) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor;
END;
CREATE TRIGGER report_customer_revenue_au AFTER UPDATE OF stage_id, customer_id, amount_minor, currency, expected_close, actual_close, deleted_at ON opportunities BEGIN
    INSERT INTO report_customer_revenue (currency, period, customer_id, opportunities, amount_minor)
    SELECT OLD.currency, p.period, OLD.customer_id, -1, -OLD.amount_minor
    FROM (SELECT COALESCE(CAST(strftime('%Y', COALESCE(OLD.actual_close, OLD.expected_close)) AS INTEGER), 0) * 10 AS period
          UNION ALL SELECT CAST(strftime('%Y', COALESCE(OLD.actual_close, OLD.expected_close)) AS INTEGER) * 10
                           + (CAST(strftime('%m', COALESCE(OLD.actual_close, OLD.expected_close)) AS INTEGER) + 2) / 3
          WHERE COALESCE(OLD.actual_close, OLD.expected_close) IS NOT NULL) p
    WHERE OLD.deleted_at IS NULL AND (SELECT s.is_won FROM pipeline_stages s WHERE s.id = OLD.stage_id)
    ON CONFLICT (currency, period, customer_id) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor;
    INSERT INTO report_customer_revenue (currency, period, customer_id, opportunities, amount_minor)
    SELECT NEW.currency, p.period, NEW.customer_id, 1, NEW.amount_minor
    FROM (SELECT COALESCE(CAST(strftime('%Y', COALESCE(NEW.actual_close, NEW.expected_close)) AS INTEGER), 0) * 10 AS period
          UNION ALL SELECT CAST(strftime('%Y', COALESCE(NEW.actual_close, NEW.expected_close)) AS INTEGER) * 10
                           + (CAST(strftime('%m', COALESCE(NEW.actual_close, NEW.expected_close)) AS INTEGER) + 2) / 3
          WHERE COALESCE(NEW.actual_close, NEW.expected_close) IS NOT NULL) p
    WHERE NEW.deleted_at IS NULL AND (SELECT s.is_won FROM pipeline_stages s WHERE s.id = NEW.stage_id)
    ON CONFLICT (currency, period, customer_id) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor;
END;
CREATE TRIGGER report_customer_revenue_ad AFTER DELETE ON opportunities
    WHEN OLD.deleted_at IS NULL AND (SELECT s.is_won FROM pipeline_stages s WHERE s.id = OLD.stage_id) BEGIN
    INSERT INTO report_customer_revenue (currency, period, customer_id, opportunities, amount_minor)
    SELECT OLD.currency, p.period, OLD.customer_id, -1, -OLD.amount_minor
    FROM (SELECT COALESCE(CAST(strftime('%Y', COALESCE(OLD.actual_close, OLD.expected_close)) AS INTEGER), 0) * 10 AS period
          UNION ALL SELECT CAST(strftime('%Y', COALESCE(OLD.actual_close, OLD.expected_close)) AS INTEGER) * 10
                           + (CAST(strftime('%m', COALESCE(OLD.actual_close, OLD.expected_close)) AS INTEGER) + 2) / 3
          WHERE COALESCE(OLD.actual_close, OLD.expected_close) IS NOT NULL) p
    WHERE true
    ON CONFLICT (currency, period, customer_id) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor;
END;
CREATE TRIGGER report_customer_revenue_stage_au AFTER UPDATE OF is_won ON pipeline_stages WHEN OLD.is_won IS NOT NEW.is_won BEGIN
    INSERT INTO report_customer_revenue (currency, period, customer_id, opportunities, amount_minor)
    SELECT x.currency, x.period, x.customer_id,
           CASE WHEN NEW.is_won THEN COUNT(*) ELSE -COUNT(*) END, CASE WHEN NEW.is_won THEN SUM(x.amount_minor) ELSE -SUM(x.amount_minor) END
    FROM (SELECT o.currency, COALESCE(CAST(strftime('%Y', COALESCE(o.actual_close, o.expected_close)) AS INTEGER), 0) * 10 AS period,
                 o.customer_id, o.amount_minor
          FROM opportunities o WHERE o.stage_id = NEW.id AND o.deleted_at IS NULL
          UNION ALL
          SELECT o.currency, CAST(strftime('%Y', COALESCE(o.actual_close, o.expected_close)) AS INTEGER) * 10
                             + (CAST(strftime('%m', COALESCE(o.actual_close, o.expected_close)) AS INTEGER) + 2) / 3,
                 o.customer_id, o.amount_minor
          FROM opportunities o WHERE o.stage_id = NEW.id AND o.deleted_at IS NULL
              AND COALESCE(o.actual_close, o.expected_close) IS NOT NULL) x
    WHERE true
    GROUP BY 1, 2, 3
    ON CONFLICT (currency, period, customer_id) DO UPDATE SET opportunities = opportunities + excluded.opportunities,
        amount_minor = amount_minor + excluded.amount_minor;
END;

INSERT INTO report_customer_revenue (currency, period, customer_id, opportunities, amount_minor)
SELECT x.currency, x.period, x.customer_id, COUNT(*), SUM(x.amount_minor)
FROM (SELECT o.currency, COALESCE(CAST(strftime('%Y', COALESCE(o.actual_close, o.expected_close)) AS INTEGER), 0) * 10 AS period,
             o.customer_id, o.amount_minor
      FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won
      UNION ALL
      SELECT o.currency, CAST(strftime('%Y', COALESCE(o.actual_close, o.expected_close)) AS INTEGER) * 10
                         + (CAST(strftime('%m', COALESCE(o.actual_close, o.expected_close)) AS INTEGER) + 2) / 3,
             o.customer_id, o.amount_minor
      FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won
          AND COALESCE(o.actual_close, o.expected_close) IS NOT NULL) x
WHERE true
GROUP BY 1, 2, 3;
ANALYZE report_customer_revenue;
-- @end

-- @postgresql
-- The sums and counts are read from the primary key's index alone (INCLUDE).
CREATE TABLE report_customer_revenue (
    currency TEXT NOT NULL,
    period INTEGER NOT NULL,
    customer_id UUID NOT NULL,
    opportunities BIGINT NOT NULL DEFAULT 0,
    amount_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (currency, period, customer_id) INCLUDE (opportunities, amount_minor)
);
-- The periods a close date counts in: its year (year * 10) and its quarter (year * 10 + quarter); 0 when undated.
CREATE FUNCTION report_periods(d DATE) RETURNS SETOF INTEGER LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(extract(year FROM d)::INTEGER, 0) * 10
    UNION ALL SELECT extract(year FROM d)::INTEGER * 10 + extract(quarter FROM d)::INTEGER WHERE d IS NOT NULL $$;

CREATE FUNCTION report_customer_revenue_add(o opportunities, s INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_customer_revenue AS r (currency, period, customer_id, opportunities, amount_minor)
    SELECT o.currency, p.period, o.customer_id, s, s * o.amount_minor
    FROM pipeline_stages st, report_periods(COALESCE(o.actual_close, o.expected_close)) AS p(period)
    WHERE st.id = o.stage_id AND st.is_won
    ON CONFLICT (currency, period, customer_id) DO UPDATE SET opportunities = r.opportunities + EXCLUDED.opportunities,
        amount_minor = r.amount_minor + EXCLUDED.amount_minor
$$;
CREATE FUNCTION report_customer_revenue_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN IF TG_OP <> 'INSERT' THEN IF OLD.deleted_at IS NULL THEN PERFORM report_customer_revenue_add(OLD, -1); END IF; END IF
    ; IF TG_OP <> 'DELETE' THEN IF NEW.deleted_at IS NULL THEN PERFORM report_customer_revenue_add(NEW, 1); END IF; END IF
    ; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_customer_revenue_aiud AFTER INSERT OR DELETE OR UPDATE OF stage_id, customer_id, amount_minor, currency, expected_close, actual_close, deleted_at ON opportunities FOR EACH ROW EXECUTE FUNCTION report_customer_revenue_trg();

CREATE FUNCTION report_customer_revenue_stage_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN INSERT INTO report_customer_revenue AS r (currency, period, customer_id, opportunities, amount_minor)
    SELECT o.currency, p.period, o.customer_id,
           CASE WHEN NEW.is_won THEN COUNT(*) ELSE -COUNT(*) END, CASE WHEN NEW.is_won THEN SUM(o.amount_minor) ELSE -SUM(o.amount_minor) END
    FROM opportunities o, report_periods(COALESCE(o.actual_close, o.expected_close)) AS p(period)
    WHERE o.stage_id = NEW.id AND o.deleted_at IS NULL GROUP BY 1, 2, 3
    ON CONFLICT (currency, period, customer_id) DO UPDATE SET opportunities = r.opportunities + EXCLUDED.opportunities,
        amount_minor = r.amount_minor + EXCLUDED.amount_minor; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_customer_revenue_stage_au AFTER UPDATE OF is_won ON pipeline_stages FOR EACH ROW WHEN (OLD.is_won IS DISTINCT FROM NEW.is_won) EXECUTE FUNCTION report_customer_revenue_stage_trg();

INSERT INTO report_customer_revenue (currency, period, customer_id, opportunities, amount_minor)
SELECT o.currency, p.period, o.customer_id, COUNT(*), SUM(o.amount_minor)
FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id, report_periods(COALESCE(o.actual_close, o.expected_close)) AS p(period)
WHERE o.deleted_at IS NULL AND s.is_won GROUP BY 1, 2, 3;
ANALYZE report_customer_revenue;
-- @end
