-- DeskCRM schema v24: the campaign report's summaries (issue 15), kept in the same transaction as every write by the
-- triggers below, the way 0002_reporting keeps the dashboard's. Derived data like every report_* table: no row
-- metadata, never edited by hand; ReportSummaries::rebuild() refills them (bulk loads) and `deskcrm-cli check`
-- compares them with the direct computation (CampaignSummary).
--
-- report_campaign_parts is the one rule of which campaigns may share a won deal (models/campaigns/CampaignReport.h):
-- the touches of its contact, its customer and the lead(s) it came from inside their live campaign's dates and not
-- after the deal closed (is_conv 0), and its own converting campaign (is_conv 1).
-- report_campaign_credit holds each live won deal's share per model (1 first, 2 last, 3 linear) and campaign (the nil
-- UUID: no campaign at all), linear in whole minor units so each model's shares add up to the deal's amount;
-- report_campaign_summary adds them up per model, currency, close month (yyyymm, 0 = no date) and campaign;
-- report_campaign_counts holds each campaign's live leads, qualified leads and opportunities.
-- Any change that may move a deal's credits (the deal itself, a touch, a lead's conversion, a campaign's dates or
-- deletion, the won stage) recomputes the credits of the deals concerned and moves the summary by the difference.
-- PostgreSQL bodies: statements end mid-line, as in 0002_reporting.sql.

-- @sqlite
CREATE TABLE report_campaign_credit (
    opportunity_id TEXT NOT NULL,
    model INTEGER NOT NULL,
    campaign_id TEXT NOT NULL,
    currency TEXT NOT NULL,
    closed_on TEXT,
    close_month INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    PRIMARY KEY (opportunity_id, model, campaign_id)
) WITHOUT ROWID;
CREATE TABLE report_campaign_summary (
    model INTEGER NOT NULL,
    currency TEXT NOT NULL,
    close_month INTEGER NOT NULL,
    campaign_id TEXT NOT NULL,
    won INTEGER NOT NULL DEFAULT 0,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (model, currency, close_month, campaign_id)
) WITHOUT ROWID;
CREATE TABLE report_campaign_counts (
    campaign_id TEXT NOT NULL PRIMARY KEY,
    leads INTEGER NOT NULL DEFAULT 0,
    qualified_leads INTEGER NOT NULL DEFAULT 0,
    opportunities INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
-- @end
-- @postgresql
CREATE TABLE report_campaign_credit (
    opportunity_id UUID NOT NULL,
    model SMALLINT NOT NULL,
    campaign_id UUID NOT NULL,
    currency TEXT NOT NULL,
    closed_on DATE,
    close_month INTEGER NOT NULL,
    amount_minor BIGINT NOT NULL,
    PRIMARY KEY (opportunity_id, model, campaign_id)
);
CREATE TABLE report_campaign_summary (
    model SMALLINT NOT NULL,
    currency TEXT NOT NULL,
    close_month INTEGER NOT NULL,
    campaign_id UUID NOT NULL,
    won BIGINT NOT NULL DEFAULT 0,
    amount_minor BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (model, currency, close_month, campaign_id)
);
CREATE TABLE report_campaign_counts (
    campaign_id UUID NOT NULL PRIMARY KEY,
    leads BIGINT NOT NULL DEFAULT 0,
    qualified_leads BIGINT NOT NULL DEFAULT 0,
    opportunities BIGINT NOT NULL DEFAULT 0
);
-- @end
-- The days of a period's first and last, partial months are read from the credits.
CREATE INDEX ix_report_campaign_credit_closed ON report_campaign_credit(model, currency, closed_on, campaign_id, amount_minor) WHERE closed_on IS NOT NULL;

CREATE VIEW report_campaign_parts AS
SELECT o.id AS opportunity_id, t.campaign_id, t.touched_at, 0 AS is_conv
FROM opportunities o JOIN campaign_touches t ON t.contact_id = o.contact_id AND t.deleted_at IS NULL JOIN campaigns c ON c.id = t.campaign_id AND c.deleted_at IS NULL
WHERE (c.starts_on IS NULL OR t.touched_on >= c.starts_on) AND (c.ends_on IS NULL OR t.touched_on <= c.ends_on)
  AND (COALESCE(o.actual_close, o.expected_close) IS NULL OR t.touched_on <= COALESCE(o.actual_close, o.expected_close))
UNION ALL
SELECT o.id, t.campaign_id, t.touched_at, 0
FROM opportunities o JOIN campaign_touches t ON t.customer_id = o.customer_id AND t.deleted_at IS NULL JOIN campaigns c ON c.id = t.campaign_id AND c.deleted_at IS NULL
WHERE (c.starts_on IS NULL OR t.touched_on >= c.starts_on) AND (c.ends_on IS NULL OR t.touched_on <= c.ends_on)
  AND (COALESCE(o.actual_close, o.expected_close) IS NULL OR t.touched_on <= COALESCE(o.actual_close, o.expected_close))
UNION ALL
SELECT o.id, t.campaign_id, t.touched_at, 0
FROM opportunities o JOIN leads l ON l.converted_contact_id = o.contact_id AND l.deleted_at IS NULL
JOIN campaign_touches t ON t.lead_id = l.id AND t.deleted_at IS NULL JOIN campaigns c ON c.id = t.campaign_id AND c.deleted_at IS NULL
WHERE (c.starts_on IS NULL OR t.touched_on >= c.starts_on) AND (c.ends_on IS NULL OR t.touched_on <= c.ends_on)
  AND (COALESCE(o.actual_close, o.expected_close) IS NULL OR t.touched_on <= COALESCE(o.actual_close, o.expected_close))
UNION ALL
SELECT o.id, t.campaign_id, t.touched_at, 0
FROM opportunities o JOIN leads l ON l.converted_opportunity_id = o.id AND l.deleted_at IS NULL
    AND (o.contact_id IS NULL OR l.converted_contact_id IS NULL OR l.converted_contact_id <> o.contact_id)
JOIN campaign_touches t ON t.lead_id = l.id AND t.deleted_at IS NULL JOIN campaigns c ON c.id = t.campaign_id AND c.deleted_at IS NULL
WHERE (c.starts_on IS NULL OR t.touched_on >= c.starts_on) AND (c.ends_on IS NULL OR t.touched_on <= c.ends_on)
  AND (COALESCE(o.actual_close, o.expected_close) IS NULL OR t.touched_on <= COALESCE(o.actual_close, o.expected_close))
UNION ALL
SELECT o.id, o.campaign_id, NULL, 1 FROM opportunities o WHERE o.campaign_id IS NOT NULL;

-- @sqlite
-- Inserting an opportunity id here recomputes its credits and moves the summary by the difference (a view, so
-- nothing is stored: the INSTEAD OF trigger is the whole point).
CREATE VIEW report_campaign_refresh AS SELECT CAST(NULL AS TEXT) AS opportunity_id;
CREATE TRIGGER report_campaign_refresh_ii INSTEAD OF INSERT ON report_campaign_refresh BEGIN
    INSERT INTO report_campaign_summary (model, currency, close_month, campaign_id, won, amount_minor)
    SELECT model, currency, close_month, campaign_id, -COUNT(*), -SUM(amount_minor) FROM report_campaign_credit
    WHERE opportunity_id = NEW.opportunity_id GROUP BY model, currency, close_month, campaign_id
    ON CONFLICT (model, currency, close_month, campaign_id) DO UPDATE SET won = won + excluded.won, amount_minor = amount_minor + excluded.amount_minor;
    DELETE FROM report_campaign_credit WHERE opportunity_id = NEW.opportunity_id;
    INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
    SELECT o.id, 1, COALESCE((SELECT p.campaign_id FROM report_campaign_parts p WHERE p.opportunity_id = NEW.opportunity_id
                              ORDER BY p.is_conv, p.touched_at, p.campaign_id LIMIT 1), '00000000-0000-0000-0000-000000000000'),
           o.currency, COALESCE(o.actual_close, o.expected_close), COALESCE(CAST(strftime('%Y%m', COALESCE(o.actual_close, o.expected_close)) AS INTEGER), 0), o.amount_minor
    FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.id = NEW.opportunity_id AND o.deleted_at IS NULL AND s.is_won;
    INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
    SELECT o.id, 2, COALESCE((SELECT p.campaign_id FROM report_campaign_parts p WHERE p.opportunity_id = NEW.opportunity_id
                              ORDER BY p.is_conv DESC, p.touched_at DESC, p.campaign_id DESC LIMIT 1), '00000000-0000-0000-0000-000000000000'),
           o.currency, COALESCE(o.actual_close, o.expected_close), COALESCE(CAST(strftime('%Y%m', COALESCE(o.actual_close, o.expected_close)) AS INTEGER), 0), o.amount_minor
    FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.id = NEW.opportunity_id AND o.deleted_at IS NULL AND s.is_won;
    INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
    SELECT o.id, 3, x.campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close), COALESCE(CAST(strftime('%Y%m', COALESCE(o.actual_close, o.expected_close)) AS INTEGER), 0),
           o.amount_minor / x.n + CASE WHEN x.k <= o.amount_minor % x.n THEN 1 ELSE 0 END
    FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id,
         (SELECT d.campaign_id, COUNT(*) OVER () AS n, ROW_NUMBER() OVER (ORDER BY d.campaign_id) AS k
          FROM (SELECT DISTINCT p.campaign_id FROM report_campaign_parts p WHERE p.opportunity_id = NEW.opportunity_id) d) x
    WHERE o.id = NEW.opportunity_id AND o.deleted_at IS NULL AND s.is_won;
    INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
    SELECT o.id, 3, '00000000-0000-0000-0000-000000000000', o.currency, COALESCE(o.actual_close, o.expected_close), COALESCE(CAST(strftime('%Y%m', COALESCE(o.actual_close, o.expected_close)) AS INTEGER), 0), o.amount_minor
    FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.id = NEW.opportunity_id AND o.deleted_at IS NULL AND s.is_won AND NOT EXISTS (SELECT 1 FROM report_campaign_parts p WHERE p.opportunity_id = NEW.opportunity_id);
    INSERT INTO report_campaign_summary (model, currency, close_month, campaign_id, won, amount_minor)
    SELECT model, currency, close_month, campaign_id, COUNT(*), SUM(amount_minor) FROM report_campaign_credit
    WHERE opportunity_id = NEW.opportunity_id GROUP BY model, currency, close_month, campaign_id
    ON CONFLICT (model, currency, close_month, campaign_id) DO UPDATE SET won = won + excluded.won, amount_minor = amount_minor + excluded.amount_minor;
END;
CREATE TRIGGER report_campaign_opportunities_ai AFTER INSERT ON opportunities BEGIN
    INSERT INTO report_campaign_refresh (opportunity_id) VALUES (NEW.id);
    INSERT INTO report_campaign_counts (campaign_id, leads, qualified_leads, opportunities)
    SELECT NEW.campaign_id, 0, 0, 1 WHERE NEW.campaign_id IS NOT NULL AND NEW.deleted_at IS NULL
    ON CONFLICT (campaign_id) DO UPDATE SET leads = leads + excluded.leads, qualified_leads = qualified_leads + excluded.qualified_leads,
        opportunities = opportunities + excluded.opportunities;
END;
CREATE TRIGGER report_campaign_opportunities_au AFTER UPDATE ON opportunities WHEN OLD.stage_id IS NOT NEW.stage_id OR OLD.amount_minor IS NOT NEW.amount_minor OR OLD.currency IS NOT NEW.currency OR OLD.actual_close IS NOT NEW.actual_close OR OLD.expected_close IS NOT NEW.expected_close OR OLD.campaign_id IS NOT NEW.campaign_id OR OLD.contact_id IS NOT NEW.contact_id OR OLD.customer_id IS NOT NEW.customer_id OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN
    INSERT INTO report_campaign_refresh (opportunity_id) VALUES (NEW.id);
    INSERT INTO report_campaign_counts (campaign_id, leads, qualified_leads, opportunities)
    SELECT OLD.campaign_id, 0, 0, -1 WHERE OLD.campaign_id IS NOT NULL AND OLD.deleted_at IS NULL
    ON CONFLICT (campaign_id) DO UPDATE SET leads = leads + excluded.leads, qualified_leads = qualified_leads + excluded.qualified_leads,
        opportunities = opportunities + excluded.opportunities;
    INSERT INTO report_campaign_counts (campaign_id, leads, qualified_leads, opportunities)
    SELECT NEW.campaign_id, 0, 0, 1 WHERE NEW.campaign_id IS NOT NULL AND NEW.deleted_at IS NULL
    ON CONFLICT (campaign_id) DO UPDATE SET leads = leads + excluded.leads, qualified_leads = qualified_leads + excluded.qualified_leads,
        opportunities = opportunities + excluded.opportunities;
END;
CREATE TRIGGER report_campaign_opportunities_ad AFTER DELETE ON opportunities BEGIN
    INSERT INTO report_campaign_refresh (opportunity_id) VALUES (OLD.id);
    INSERT INTO report_campaign_counts (campaign_id, leads, qualified_leads, opportunities)
    SELECT OLD.campaign_id, 0, 0, -1 WHERE OLD.campaign_id IS NOT NULL AND OLD.deleted_at IS NULL
    ON CONFLICT (campaign_id) DO UPDATE SET leads = leads + excluded.leads, qualified_leads = qualified_leads + excluded.qualified_leads,
        opportunities = opportunities + excluded.opportunities;
END;
CREATE TRIGGER report_campaign_touches_ai AFTER INSERT ON campaign_touches BEGIN
    INSERT INTO report_campaign_refresh (opportunity_id)
    SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND o.contact_id = NEW.contact_id
    UNION SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND o.customer_id = NEW.customer_id
    UNION SELECT o.id FROM leads l JOIN opportunities o ON o.contact_id = l.converted_contact_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND l.id = NEW.lead_id
    UNION SELECT o.id FROM leads l JOIN opportunities o ON o.id = l.converted_opportunity_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND l.id = NEW.lead_id;
END;
CREATE TRIGGER report_campaign_touches_au AFTER UPDATE OF campaign_id, lead_id, contact_id, customer_id, touched_at, touched_on, deleted_at ON campaign_touches BEGIN
    INSERT INTO report_campaign_refresh (opportunity_id)
    SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND o.contact_id = OLD.contact_id
    UNION SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND o.customer_id = OLD.customer_id
    UNION SELECT o.id FROM leads l JOIN opportunities o ON o.contact_id = l.converted_contact_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND l.id = OLD.lead_id
    UNION SELECT o.id FROM leads l JOIN opportunities o ON o.id = l.converted_opportunity_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND l.id = OLD.lead_id
    UNION SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND o.contact_id = NEW.contact_id
    UNION SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND o.customer_id = NEW.customer_id
    UNION SELECT o.id FROM leads l JOIN opportunities o ON o.contact_id = l.converted_contact_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND l.id = NEW.lead_id
    UNION SELECT o.id FROM leads l JOIN opportunities o ON o.id = l.converted_opportunity_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND l.id = NEW.lead_id;
END;
CREATE TRIGGER report_campaign_touches_ad AFTER DELETE ON campaign_touches BEGIN
    INSERT INTO report_campaign_refresh (opportunity_id)
    SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND o.contact_id = OLD.contact_id
    UNION SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND o.customer_id = OLD.customer_id
    UNION SELECT o.id FROM leads l JOIN opportunities o ON o.contact_id = l.converted_contact_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND l.id = OLD.lead_id
    UNION SELECT o.id FROM leads l JOIN opportunities o ON o.id = l.converted_opportunity_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND l.id = OLD.lead_id;
END;
CREATE TRIGGER report_campaign_campaigns_au AFTER UPDATE OF starts_on, ends_on, deleted_at ON campaigns
WHEN OLD.starts_on IS NOT NEW.starts_on OR OLD.ends_on IS NOT NEW.ends_on OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) BEGIN
    INSERT INTO report_campaign_refresh (opportunity_id)
    SELECT o.id FROM campaign_touches t JOIN opportunities o ON o.contact_id = t.contact_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND t.deleted_at IS NULL AND t.campaign_id = NEW.id
    UNION SELECT o.id FROM campaign_touches t JOIN opportunities o ON o.customer_id = t.customer_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND t.deleted_at IS NULL AND t.campaign_id = NEW.id
    UNION SELECT o.id FROM campaign_touches t JOIN leads l ON l.id = t.lead_id JOIN opportunities o ON o.contact_id = l.converted_contact_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND t.deleted_at IS NULL AND t.campaign_id = NEW.id
    UNION SELECT o.id FROM campaign_touches t JOIN leads l ON l.id = t.lead_id JOIN opportunities o ON o.id = l.converted_opportunity_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND t.deleted_at IS NULL AND t.campaign_id = NEW.id;
END;
CREATE TRIGGER report_campaign_stages_won_au AFTER UPDATE OF is_won ON pipeline_stages WHEN OLD.is_won IS NOT NEW.is_won BEGIN
    INSERT INTO report_campaign_refresh (opportunity_id) SELECT id FROM opportunities WHERE stage_id = NEW.id;
END;
CREATE TRIGGER report_campaign_leads_ai AFTER INSERT ON leads BEGIN
    INSERT INTO report_campaign_counts (campaign_id, leads, qualified_leads, opportunities)
    SELECT NEW.campaign_id, 1, (CASE WHEN NEW.status IN ('qualified', 'converted') THEN 1 ELSE 0 END), 0 WHERE NEW.campaign_id IS NOT NULL AND NEW.deleted_at IS NULL
    ON CONFLICT (campaign_id) DO UPDATE SET leads = leads + excluded.leads, qualified_leads = qualified_leads + excluded.qualified_leads,
        opportunities = opportunities + excluded.opportunities;
END;
CREATE TRIGGER report_campaign_leads_au AFTER UPDATE OF campaign_id, status, deleted_at ON leads BEGIN
    INSERT INTO report_campaign_counts (campaign_id, leads, qualified_leads, opportunities)
    SELECT OLD.campaign_id, -1, -(CASE WHEN OLD.status IN ('qualified', 'converted') THEN 1 ELSE 0 END), 0 WHERE OLD.campaign_id IS NOT NULL AND OLD.deleted_at IS NULL
    ON CONFLICT (campaign_id) DO UPDATE SET leads = leads + excluded.leads, qualified_leads = qualified_leads + excluded.qualified_leads,
        opportunities = opportunities + excluded.opportunities;
    INSERT INTO report_campaign_counts (campaign_id, leads, qualified_leads, opportunities)
    SELECT NEW.campaign_id, 1, (CASE WHEN NEW.status IN ('qualified', 'converted') THEN 1 ELSE 0 END), 0 WHERE NEW.campaign_id IS NOT NULL AND NEW.deleted_at IS NULL
    ON CONFLICT (campaign_id) DO UPDATE SET leads = leads + excluded.leads, qualified_leads = qualified_leads + excluded.qualified_leads,
        opportunities = opportunities + excluded.opportunities;
END;
CREATE TRIGGER report_campaign_leads_ad AFTER DELETE ON leads BEGIN
    INSERT INTO report_campaign_counts (campaign_id, leads, qualified_leads, opportunities)
    SELECT OLD.campaign_id, -1, -(CASE WHEN OLD.status IN ('qualified', 'converted') THEN 1 ELSE 0 END), 0 WHERE OLD.campaign_id IS NOT NULL AND OLD.deleted_at IS NULL
    ON CONFLICT (campaign_id) DO UPDATE SET leads = leads + excluded.leads, qualified_leads = qualified_leads + excluded.qualified_leads,
        opportunities = opportunities + excluded.opportunities;
END;
-- A lead's touches follow its conversion into a contact or a deal.
CREATE TRIGGER report_campaign_leads_converted_au AFTER UPDATE OF converted_contact_id, converted_opportunity_id, deleted_at ON leads
WHEN (OLD.converted_contact_id IS NOT NEW.converted_contact_id OR OLD.converted_opportunity_id IS NOT NEW.converted_opportunity_id
      OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)) AND EXISTS (SELECT 1 FROM campaign_touches t WHERE t.lead_id = NEW.id) BEGIN
    INSERT INTO report_campaign_refresh (opportunity_id)
    SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND (o.contact_id = OLD.converted_contact_id OR o.contact_id = NEW.converted_contact_id)
    UNION SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND (o.id = OLD.converted_opportunity_id OR o.id = NEW.converted_opportunity_id);
END;
-- @end

-- @postgresql
CREATE FUNCTION report_campaign_refresh(opp UUID) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_campaign_summary AS r (model, currency, close_month, campaign_id, won, amount_minor)
    SELECT model, currency, close_month, campaign_id, -COUNT(*), -SUM(amount_minor) FROM report_campaign_credit
    WHERE opportunity_id = opp GROUP BY model, currency, close_month, campaign_id
    ON CONFLICT (model, currency, close_month, campaign_id) DO UPDATE SET won = r.won + EXCLUDED.won, amount_minor = r.amount_minor + EXCLUDED.amount_minor
    ; DELETE FROM report_campaign_credit WHERE opportunity_id = opp
    ; INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
    SELECT o.id, 1, COALESCE((SELECT p.campaign_id FROM report_campaign_parts p WHERE p.opportunity_id = opp
                              ORDER BY p.is_conv, p.touched_at, p.campaign_id LIMIT 1), '00000000-0000-0000-0000-000000000000'::UUID),
           o.currency, COALESCE(o.actual_close, o.expected_close), report_month(COALESCE(o.actual_close, o.expected_close)), o.amount_minor
    FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.id = opp AND o.deleted_at IS NULL AND s.is_won
    ; INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
    SELECT o.id, 2, COALESCE((SELECT p.campaign_id FROM report_campaign_parts p WHERE p.opportunity_id = opp
                              ORDER BY p.is_conv DESC, p.touched_at DESC, p.campaign_id DESC LIMIT 1), '00000000-0000-0000-0000-000000000000'::UUID),
           o.currency, COALESCE(o.actual_close, o.expected_close), report_month(COALESCE(o.actual_close, o.expected_close)), o.amount_minor
    FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.id = opp AND o.deleted_at IS NULL AND s.is_won
    ; INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
    SELECT o.id, 3, x.campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close), report_month(COALESCE(o.actual_close, o.expected_close)),
           o.amount_minor / x.n + CASE WHEN x.k <= o.amount_minor % x.n THEN 1 ELSE 0 END
    FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id,
         (SELECT d.campaign_id, COUNT(*) OVER () AS n, ROW_NUMBER() OVER (ORDER BY d.campaign_id) AS k
          FROM (SELECT DISTINCT p.campaign_id FROM report_campaign_parts p WHERE p.opportunity_id = opp) d) x
    WHERE o.id = opp AND o.deleted_at IS NULL AND s.is_won
    ; INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
    SELECT o.id, 3, '00000000-0000-0000-0000-000000000000'::UUID, o.currency, COALESCE(o.actual_close, o.expected_close), report_month(COALESCE(o.actual_close, o.expected_close)), o.amount_minor
    FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.id = opp AND o.deleted_at IS NULL AND s.is_won AND NOT EXISTS (SELECT 1 FROM report_campaign_parts p WHERE p.opportunity_id = opp)
    ; INSERT INTO report_campaign_summary AS r (model, currency, close_month, campaign_id, won, amount_minor)
    SELECT model, currency, close_month, campaign_id, COUNT(*), SUM(amount_minor) FROM report_campaign_credit
    WHERE opportunity_id = opp GROUP BY model, currency, close_month, campaign_id
    ON CONFLICT (model, currency, close_month, campaign_id) DO UPDATE SET won = r.won + EXCLUDED.won, amount_minor = r.amount_minor + EXCLUDED.amount_minor
$$;
CREATE FUNCTION report_campaign_count_add(campaign UUID, l INTEGER, ql INTEGER, o INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_campaign_counts AS r (campaign_id, leads, qualified_leads, opportunities) SELECT campaign, l, ql, o WHERE campaign IS NOT NULL
    ON CONFLICT (campaign_id) DO UPDATE SET leads = r.leads + EXCLUDED.leads, qualified_leads = r.qualified_leads + EXCLUDED.qualified_leads,
        opportunities = r.opportunities + EXCLUDED.opportunities
$$;
CREATE FUNCTION report_campaign_opportunities_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN IF TG_OP = 'UPDATE' THEN IF (OLD.stage_id, OLD.amount_minor, OLD.currency, OLD.actual_close, OLD.expected_close, OLD.campaign_id, OLD.contact_id, OLD.customer_id, OLD.deleted_at)
        IS NOT DISTINCT FROM (NEW.stage_id, NEW.amount_minor, NEW.currency, NEW.actual_close, NEW.expected_close, NEW.campaign_id, NEW.contact_id, NEW.customer_id, NEW.deleted_at) THEN RETURN NULL; END IF; END IF
    ; IF TG_OP <> 'INSERT' THEN IF OLD.deleted_at IS NULL THEN PERFORM report_campaign_count_add(OLD.campaign_id, 0, 0, -1); END IF; END IF
    ; IF TG_OP <> 'DELETE' THEN IF NEW.deleted_at IS NULL THEN PERFORM report_campaign_count_add(NEW.campaign_id, 0, 0, 1); END IF; END IF
    ; IF TG_OP = 'DELETE' THEN PERFORM report_campaign_refresh(OLD.id); ELSE PERFORM report_campaign_refresh(NEW.id); END IF
    ; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_campaign_opportunities_aiud AFTER INSERT OR DELETE OR UPDATE ON opportunities FOR EACH ROW EXECUTE FUNCTION report_campaign_opportunities_trg();
CREATE FUNCTION report_campaign_touch_opps(contact UUID, customer UUID, lead UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
    SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND o.contact_id = contact
    UNION SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND o.customer_id = customer
    UNION SELECT o.id FROM leads l JOIN opportunities o ON o.contact_id = l.converted_contact_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND l.id = lead
    UNION SELECT o.id FROM leads l JOIN opportunities o ON o.id = l.converted_opportunity_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND l.id = lead
$$;
CREATE FUNCTION report_campaign_touches_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN IF TG_OP = 'INSERT' THEN PERFORM report_campaign_refresh(x) FROM report_campaign_touch_opps(NEW.contact_id, NEW.customer_id, NEW.lead_id) x
    ; ELSIF TG_OP = 'DELETE' THEN PERFORM report_campaign_refresh(x) FROM report_campaign_touch_opps(OLD.contact_id, OLD.customer_id, OLD.lead_id) x
    ; ELSE PERFORM report_campaign_refresh(x) FROM (SELECT * FROM report_campaign_touch_opps(OLD.contact_id, OLD.customer_id, OLD.lead_id)
        UNION SELECT * FROM report_campaign_touch_opps(NEW.contact_id, NEW.customer_id, NEW.lead_id)) u(x)
    ; END IF; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_campaign_touches_aiud AFTER INSERT OR DELETE OR UPDATE OF campaign_id, lead_id, contact_id, customer_id, touched_at, touched_on, deleted_at ON campaign_touches FOR EACH ROW EXECUTE FUNCTION report_campaign_touches_trg();
CREATE FUNCTION report_campaign_campaign_opps(campaign UUID) RETURNS SETOF UUID LANGUAGE sql STABLE AS $$
    SELECT o.id FROM campaign_touches t JOIN opportunities o ON o.contact_id = t.contact_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND t.deleted_at IS NULL AND t.campaign_id = campaign
    UNION SELECT o.id FROM campaign_touches t JOIN opportunities o ON o.customer_id = t.customer_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND t.deleted_at IS NULL AND t.campaign_id = campaign
    UNION SELECT o.id FROM campaign_touches t JOIN leads l ON l.id = t.lead_id JOIN opportunities o ON o.contact_id = l.converted_contact_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND t.deleted_at IS NULL AND t.campaign_id = campaign
    UNION SELECT o.id FROM campaign_touches t JOIN leads l ON l.id = t.lead_id JOIN opportunities o ON o.id = l.converted_opportunity_id JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND t.deleted_at IS NULL AND t.campaign_id = campaign
$$;
CREATE FUNCTION report_campaign_campaigns_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN PERFORM report_campaign_refresh(x) FROM report_campaign_campaign_opps(NEW.id) x; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_campaign_campaigns_au AFTER UPDATE OF starts_on, ends_on, deleted_at ON campaigns FOR EACH ROW
    WHEN (OLD.starts_on IS DISTINCT FROM NEW.starts_on OR OLD.ends_on IS DISTINCT FROM NEW.ends_on OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL))
    EXECUTE FUNCTION report_campaign_campaigns_trg();
CREATE FUNCTION report_campaign_stages_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN PERFORM report_campaign_refresh(o.id) FROM opportunities o WHERE o.stage_id = NEW.id; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_campaign_stages_won_au AFTER UPDATE OF is_won ON pipeline_stages FOR EACH ROW WHEN (OLD.is_won IS DISTINCT FROM NEW.is_won)
    EXECUTE FUNCTION report_campaign_stages_trg();
CREATE FUNCTION report_campaign_leads_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN IF TG_OP <> 'INSERT' THEN IF OLD.deleted_at IS NULL THEN PERFORM report_campaign_count_add(OLD.campaign_id, -1, CASE WHEN OLD.status IN ('qualified', 'converted') THEN -1 ELSE 0 END, 0); END IF; END IF
    ; IF TG_OP <> 'DELETE' THEN IF NEW.deleted_at IS NULL THEN PERFORM report_campaign_count_add(NEW.campaign_id, 1, CASE WHEN NEW.status IN ('qualified', 'converted') THEN 1 ELSE 0 END, 0); END IF; END IF
    ; IF TG_OP = 'UPDATE' THEN IF (OLD.converted_contact_id IS DISTINCT FROM NEW.converted_contact_id OR OLD.converted_opportunity_id IS DISTINCT FROM NEW.converted_opportunity_id
            OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)) AND EXISTS (SELECT 1 FROM campaign_touches t WHERE t.lead_id = NEW.id) THEN
        PERFORM report_campaign_refresh(x) FROM (SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND (o.contact_id = OLD.converted_contact_id OR o.contact_id = NEW.converted_contact_id)     UNION SELECT o.id FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won AND (o.id = OLD.converted_opportunity_id OR o.id = NEW.converted_opportunity_id)) u(x)
    ; END IF; END IF; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_campaign_leads_aiud AFTER INSERT OR DELETE OR UPDATE OF campaign_id, status, deleted_at, converted_contact_id, converted_opportunity_id ON leads FOR EACH ROW EXECUTE FUNCTION report_campaign_leads_trg();
-- @end

-- Fill from the rows already there.
-- @sqlite
INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
SELECT r.id, 1, COALESCE(r.campaign_id, '00000000-0000-0000-0000-000000000000'), r.currency, r.closed_on, COALESCE(CAST(strftime('%Y%m', r.closed_on) AS INTEGER), 0), r.amount_minor
FROM (SELECT o.id, p.campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close) AS closed_on, o.amount_minor,
             ROW_NUMBER() OVER (PARTITION BY o.id ORDER BY p.is_conv, p.touched_at, p.campaign_id) AS k
      FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id LEFT JOIN report_campaign_parts p ON p.opportunity_id = o.id WHERE o.deleted_at IS NULL AND s.is_won) r
WHERE r.k = 1;
INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
SELECT r.id, 2, COALESCE(r.campaign_id, '00000000-0000-0000-0000-000000000000'), r.currency, r.closed_on, COALESCE(CAST(strftime('%Y%m', r.closed_on) AS INTEGER), 0), r.amount_minor
FROM (SELECT o.id, p.campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close) AS closed_on, o.amount_minor,
             ROW_NUMBER() OVER (PARTITION BY o.id ORDER BY p.is_conv DESC, p.touched_at DESC, p.campaign_id DESC) AS k
      FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id LEFT JOIN report_campaign_parts p ON p.opportunity_id = o.id WHERE o.deleted_at IS NULL AND s.is_won) r
WHERE r.k = 1;
INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
SELECT d.id, 3, d.campaign_id, d.currency, d.closed_on, COALESCE(CAST(strftime('%Y%m', d.closed_on) AS INTEGER), 0),
       d.amount_minor / d.n + CASE WHEN d.k <= d.amount_minor % d.n THEN 1 ELSE 0 END
FROM (SELECT e.id, e.campaign_id, e.currency, e.closed_on, e.amount_minor, COUNT(*) OVER (PARTITION BY e.id) AS n,
             ROW_NUMBER() OVER (PARTITION BY e.id ORDER BY e.campaign_id) AS k
      FROM (SELECT DISTINCT o.id, COALESCE(p.campaign_id, '00000000-0000-0000-0000-000000000000') AS campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close) AS closed_on, o.amount_minor
            FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id LEFT JOIN report_campaign_parts p ON p.opportunity_id = o.id WHERE o.deleted_at IS NULL AND s.is_won) e) d;
INSERT INTO report_campaign_summary (model, currency, close_month, campaign_id, won, amount_minor)
SELECT model, currency, close_month, campaign_id, COUNT(*), SUM(amount_minor) FROM report_campaign_credit GROUP BY 1, 2, 3, 4;
INSERT INTO report_campaign_counts (campaign_id, leads, qualified_leads, opportunities)
SELECT campaign_id, SUM(leads), SUM(qualified_leads), SUM(opportunities)
FROM (SELECT campaign_id, COUNT(*) AS leads, SUM(CASE WHEN status IN ('qualified', 'converted') THEN 1 ELSE 0 END) AS qualified_leads, 0 AS opportunities
      FROM leads WHERE campaign_id IS NOT NULL AND deleted_at IS NULL GROUP BY campaign_id
      UNION ALL
      SELECT campaign_id, 0, 0, COUNT(*) FROM opportunities WHERE campaign_id IS NOT NULL AND deleted_at IS NULL GROUP BY campaign_id) x
GROUP BY campaign_id;
-- @end
-- @postgresql
INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
SELECT r.id, 1, COALESCE(r.campaign_id, '00000000-0000-0000-0000-000000000000'::UUID), r.currency, r.closed_on, report_month(r.closed_on), r.amount_minor
FROM (SELECT o.id, p.campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close) AS closed_on, o.amount_minor,
             ROW_NUMBER() OVER (PARTITION BY o.id ORDER BY p.is_conv, p.touched_at, p.campaign_id) AS k
      FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id LEFT JOIN report_campaign_parts p ON p.opportunity_id = o.id WHERE o.deleted_at IS NULL AND s.is_won) r
WHERE r.k = 1;
INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
SELECT r.id, 2, COALESCE(r.campaign_id, '00000000-0000-0000-0000-000000000000'::UUID), r.currency, r.closed_on, report_month(r.closed_on), r.amount_minor
FROM (SELECT o.id, p.campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close) AS closed_on, o.amount_minor,
             ROW_NUMBER() OVER (PARTITION BY o.id ORDER BY p.is_conv DESC, p.touched_at DESC, p.campaign_id DESC) AS k
      FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id LEFT JOIN report_campaign_parts p ON p.opportunity_id = o.id WHERE o.deleted_at IS NULL AND s.is_won) r
WHERE r.k = 1;
INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
SELECT d.id, 3, d.campaign_id, d.currency, d.closed_on, report_month(d.closed_on),
       d.amount_minor / d.n + CASE WHEN d.k <= d.amount_minor % d.n THEN 1 ELSE 0 END
FROM (SELECT e.id, e.campaign_id, e.currency, e.closed_on, e.amount_minor, COUNT(*) OVER (PARTITION BY e.id) AS n,
             ROW_NUMBER() OVER (PARTITION BY e.id ORDER BY e.campaign_id) AS k
      FROM (SELECT DISTINCT o.id, COALESCE(p.campaign_id, '00000000-0000-0000-0000-000000000000'::UUID) AS campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close) AS closed_on, o.amount_minor
            FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id LEFT JOIN report_campaign_parts p ON p.opportunity_id = o.id WHERE o.deleted_at IS NULL AND s.is_won) e) d;
INSERT INTO report_campaign_summary (model, currency, close_month, campaign_id, won, amount_minor)
SELECT model, currency, close_month, campaign_id, COUNT(*), SUM(amount_minor) FROM report_campaign_credit GROUP BY 1, 2, 3, 4;
INSERT INTO report_campaign_counts (campaign_id, leads, qualified_leads, opportunities)
SELECT campaign_id, SUM(leads), SUM(qualified_leads), SUM(opportunities)
FROM (SELECT campaign_id, COUNT(*) AS leads, SUM(CASE WHEN status IN ('qualified', 'converted') THEN 1 ELSE 0 END) AS qualified_leads, 0 AS opportunities
      FROM leads WHERE campaign_id IS NOT NULL AND deleted_at IS NULL GROUP BY campaign_id
      UNION ALL
      SELECT campaign_id, 0, 0, COUNT(*) FROM opportunities WHERE campaign_id IS NOT NULL AND deleted_at IS NULL GROUP BY campaign_id) x
GROUP BY campaign_id;
-- @end
