-- DeskCRM schema v7: how many customers have a won revenue in each range per year and quarter, for the tiers.
-- Tokens and dialect blocks as in 0001_initial.sql; derived data kept exact by triggers as in 0002_reporting.sql.
--
-- Even with one row per customer (0006), a year of a million deals means reading ~46,000 rows for the ABC tiers
-- (15-20 ms on PostgreSQL). The tiers only need to know where the cumulative revenue, largest customers first,
-- crosses 80 % and 95 % of the total. report_revenue_histogram counts the customers and sums their revenue per
-- revenue range (bucket), currency and period (year or quarter, coded as in 0006), so ReportQueries::tiers()
-- reads a few hundred bucket rows, and then only the customers of the one or two ranges in which a threshold
-- falls, by ix_report_customer_revenue_amount.
-- Bucket of a revenue r (minor units): 0 for r <= 0, else 100 * (number of decimal digits of r) + its first
-- two digits (a one-digit r counts as r0): bucket 537 holds [37000, 38000), bucket 170 holds [7, 8). About 90
-- ranges per power of ten, so the range a threshold falls in holds ~1 % of the customers at a million deals.
-- ReportQueries computes the same ranges; keep the two in step.
-- The histogram follows report_customer_revenue through triggers on that table (rows with opportunities = 0 do not
-- count), which its own triggers on opportunities and pipeline_stages keep up.
CREATE INDEX ix_report_customer_revenue_amount ON report_customer_revenue(currency, period, amount_minor, opportunities);
-- @sqlite
CREATE TABLE report_revenue_histogram (
    currency TEXT NOT NULL,
    period INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    customers INTEGER NOT NULL DEFAULT 0,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (currency, period, bucket)
) WITHOUT ROWID;

CREATE TRIGGER report_revenue_histogram_ai AFTER INSERT ON report_customer_revenue WHEN NEW.opportunities > 0 BEGIN
    INSERT INTO report_revenue_histogram (currency, period, bucket, customers, amount_minor)
    VALUES (NEW.currency, NEW.period,
            CASE WHEN NEW.amount_minor <= 0 THEN 0 ELSE length(CAST(NEW.amount_minor AS TEXT)) * 100 + CAST(substr(CAST(NEW.amount_minor AS TEXT) || '0', 1, 2) AS INTEGER) END,
            1, NEW.amount_minor)
    ON CONFLICT (currency, period, bucket) DO UPDATE SET customers = customers + excluded.customers,
        amount_minor = amount_minor + excluded.amount_minor;
END;
CREATE TRIGGER report_revenue_histogram_au AFTER UPDATE ON report_customer_revenue BEGIN
    INSERT INTO report_revenue_histogram (currency, period, bucket, customers, amount_minor)
    SELECT OLD.currency, OLD.period,
           CASE WHEN OLD.amount_minor <= 0 THEN 0 ELSE length(CAST(OLD.amount_minor AS TEXT)) * 100 + CAST(substr(CAST(OLD.amount_minor AS TEXT) || '0', 1, 2) AS INTEGER) END,
           -1, -OLD.amount_minor
    WHERE OLD.opportunities > 0
    ON CONFLICT (currency, period, bucket) DO UPDATE SET customers = customers + excluded.customers,
        amount_minor = amount_minor + excluded.amount_minor;
    INSERT INTO report_revenue_histogram (currency, period, bucket, customers, amount_minor)
    SELECT NEW.currency, NEW.period,
           CASE WHEN NEW.amount_minor <= 0 THEN 0 ELSE length(CAST(NEW.amount_minor AS TEXT)) * 100 + CAST(substr(CAST(NEW.amount_minor AS TEXT) || '0', 1, 2) AS INTEGER) END,
           1, NEW.amount_minor
    WHERE NEW.opportunities > 0
    ON CONFLICT (currency, period, bucket) DO UPDATE SET customers = customers + excluded.customers,
        amount_minor = amount_minor + excluded.amount_minor;
END;
CREATE TRIGGER report_revenue_histogram_ad AFTER DELETE ON report_customer_revenue WHEN OLD.opportunities > 0 BEGIN
    INSERT INTO report_revenue_histogram (currency, period, bucket, customers, amount_minor)
    VALUES (OLD.currency, OLD.period,
            CASE WHEN OLD.amount_minor <= 0 THEN 0 ELSE length(CAST(OLD.amount_minor AS TEXT)) * 100 + CAST(substr(CAST(OLD.amount_minor AS TEXT) || '0', 1, 2) AS INTEGER) END,
            -1, -OLD.amount_minor)
    ON CONFLICT (currency, period, bucket) DO UPDATE SET customers = customers + excluded.customers,
        amount_minor = amount_minor + excluded.amount_minor;
END;

INSERT INTO report_revenue_histogram (currency, period, bucket, customers, amount_minor)
SELECT currency, period,
       CASE WHEN amount_minor <= 0 THEN 0 ELSE length(CAST(amount_minor AS TEXT)) * 100 + CAST(substr(CAST(amount_minor AS TEXT) || '0', 1, 2) AS INTEGER) END,
       COUNT(*), SUM(amount_minor)
FROM report_customer_revenue WHERE opportunities > 0 GROUP BY 1, 2, 3;
ANALYZE report_customer_revenue;
ANALYZE report_revenue_histogram;
-- @end

-- @postgresql
CREATE TABLE report_revenue_histogram (
    currency TEXT NOT NULL,
    period INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    customers BIGINT NOT NULL DEFAULT 0,
    amount_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (currency, period, bucket)
);
CREATE FUNCTION report_revenue_bucket(amount BIGINT) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN amount <= 0 THEN 0 ELSE length(amount::TEXT) * 100 + left(amount::TEXT || '0', 2)::INTEGER END $$;

CREATE FUNCTION report_revenue_histogram_add(r report_customer_revenue, s INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_revenue_histogram AS h (currency, period, bucket, customers, amount_minor)
    SELECT r.currency, r.period, report_revenue_bucket(r.amount_minor), s, s * r.amount_minor WHERE r.opportunities > 0
    ON CONFLICT (currency, period, bucket) DO UPDATE SET customers = h.customers + EXCLUDED.customers,
        amount_minor = h.amount_minor + EXCLUDED.amount_minor
$$;
CREATE FUNCTION report_revenue_histogram_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN IF TG_OP <> 'INSERT' THEN PERFORM report_revenue_histogram_add(OLD, -1); END IF
    ; IF TG_OP <> 'DELETE' THEN PERFORM report_revenue_histogram_add(NEW, 1); END IF; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_revenue_histogram_aiud AFTER INSERT OR DELETE OR UPDATE ON report_customer_revenue FOR EACH ROW EXECUTE FUNCTION report_revenue_histogram_trg();

INSERT INTO report_revenue_histogram (currency, period, bucket, customers, amount_minor)
SELECT currency, period, report_revenue_bucket(amount_minor), COUNT(*), SUM(amount_minor)
FROM report_customer_revenue WHERE opportunities > 0 GROUP BY 1, 2, 3;
ANALYZE report_customer_revenue;
ANALYZE report_revenue_histogram;
-- @end
