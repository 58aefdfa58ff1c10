-- DeskCRM schema v23: the service report's summaries (issue 14), kept like the dashboard's report_* tables of
-- 0002_reporting.sql: derived data without row metadata, kept exact by the triggers below on every insert, update
-- (a transition moves status, deadlines and times; reassignment, recategorisation, satisfaction), soft delete,
-- restore and purge of a ticket, in the writer's transaction. ServiceReport reads these small tables instead of a
-- million tickets; ServiceSummaries rebuilds (bulk loads, `deskcrm-cli check --rebuild-summaries`) and verifies
-- them (`deskcrm-cli check`) with the same grouped queries as the fill at the end of this file.
-- Tickets are placed by the calendar month (or day) of received_at in UTC, like the other report_* months, and the
-- report's period is widened to whole months (ReportQueries::wholeMonths) as the dashboard's is. Missing dimensions
-- are the nil UUID / '' (no category), never NULL, so the upserts find their row.
-- The figures that depend on "now" keep counts by day and are bucketed at query time: open tickets by the day they
-- were received and priority (their age), tickets still to be resolved by the day of their resolution deadline
-- (open past the deadline). ServiceReport reads the days cut by a bucket's boundary from the tickets themselves.

-- @sqlite
-- Per month received, owner and category: tickets, complaints, SLA compliance, business-time sums for the means,
-- satisfaction distribution (score1..score5: closed tickets with that score).
CREATE TABLE report_ticket_summary (
    month INTEGER NOT NULL,
    owner_id TEXT NOT NULL,
    category TEXT NOT NULL,
    tickets INTEGER NOT NULL DEFAULT 0,
    complaints INTEGER NOT NULL DEFAULT 0,
    responded INTEGER NOT NULL DEFAULT 0,
    responded_in_time INTEGER NOT NULL DEFAULT 0,
    resolved INTEGER NOT NULL DEFAULT 0,
    resolved_in_time INTEGER NOT NULL DEFAULT 0,
    first_response_timed INTEGER NOT NULL DEFAULT 0,
    first_response_minutes INTEGER NOT NULL DEFAULT 0,
    resolution_timed INTEGER NOT NULL DEFAULT 0,
    resolution_minutes INTEGER NOT NULL DEFAULT 0,
    score1 INTEGER NOT NULL DEFAULT 0,
    score2 INTEGER NOT NULL DEFAULT 0,
    score3 INTEGER NOT NULL DEFAULT 0,
    score4 INTEGER NOT NULL DEFAULT 0,
    score5 INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, owner_id, category)
) WITHOUT ROWID;
-- Satisfaction per month received, owner and product (rated tickets only).
CREATE TABLE report_ticket_product (
    month INTEGER NOT NULL,
    owner_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    score1 INTEGER NOT NULL DEFAULT 0,
    score2 INTEGER NOT NULL DEFAULT 0,
    score3 INTEGER NOT NULL DEFAULT 0,
    score4 INTEGER NOT NULL DEFAULT 0,
    score5 INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, owner_id, product_id)
) WITHOUT ROWID;
-- Open tickets (not closed) per day received (yyyymmdd, UTC), priority and owner.
CREATE TABLE report_ticket_open (
    day INTEGER NOT NULL,
    priority TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    tickets INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, priority, owner_id)
) WITHOUT ROWID;
-- Tickets still to be resolved (not resolved, neither closed nor on hold, with a resolution deadline) per day of the
-- deadline (yyyymmdd, UTC), month received and owner.
CREATE TABLE report_ticket_due (
    due_day INTEGER NOT NULL,
    month INTEGER NOT NULL,
    owner_id TEXT NOT NULL,
    tickets INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (due_day, month, owner_id)
) WITHOUT ROWID;

CREATE TRIGGER report_tickets_ai AFTER INSERT ON tickets WHEN NEW.deleted_at IS NULL BEGIN
    INSERT INTO report_ticket_summary (month, owner_id, category, tickets, complaints, responded, responded_in_time, resolved, resolved_in_time,
                                       first_response_timed, first_response_minutes, resolution_timed, resolution_minutes, score1, score2, score3, score4, score5)
    VALUES (CAST(strftime('%Y%m', NEW.received_at) AS INTEGER), COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'), COALESCE(NEW.category, ''),
            1, NEW.kind = 'complaint', NEW.first_response_at IS NOT NULL, COALESCE(NEW.first_response_at <= NEW.first_response_due, 0),
            NEW.resolved_at IS NOT NULL, COALESCE(NEW.resolved_at <= NEW.resolution_due, 0),
            NEW.first_response_minutes IS NOT NULL, COALESCE(NEW.first_response_minutes, 0), NEW.resolution_minutes IS NOT NULL, COALESCE(NEW.resolution_minutes, 0),
            COALESCE(NEW.satisfaction = 1, 0), COALESCE(NEW.satisfaction = 2, 0), COALESCE(NEW.satisfaction = 3, 0), COALESCE(NEW.satisfaction = 4, 0), COALESCE(NEW.satisfaction = 5, 0))
    ON CONFLICT (month, owner_id, category) DO UPDATE SET tickets = tickets + excluded.tickets, complaints = complaints + excluded.complaints,
        responded = responded + excluded.responded, responded_in_time = responded_in_time + excluded.responded_in_time,
        resolved = resolved + excluded.resolved, resolved_in_time = resolved_in_time + excluded.resolved_in_time,
        first_response_timed = first_response_timed + excluded.first_response_timed, first_response_minutes = first_response_minutes + excluded.first_response_minutes,
        resolution_timed = resolution_timed + excluded.resolution_timed, resolution_minutes = resolution_minutes + excluded.resolution_minutes,
        score1 = score1 + excluded.score1, score2 = score2 + excluded.score2, score3 = score3 + excluded.score3, score4 = score4 + excluded.score4, score5 = score5 + excluded.score5;
    INSERT INTO report_ticket_product (month, owner_id, product_id, score1, score2, score3, score4, score5)
    SELECT CAST(strftime('%Y%m', NEW.received_at) AS INTEGER), COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'),
           COALESCE(NEW.product_id, '00000000-0000-0000-0000-000000000000'),
           NEW.satisfaction = 1, NEW.satisfaction = 2, NEW.satisfaction = 3, NEW.satisfaction = 4, NEW.satisfaction = 5
    WHERE NEW.satisfaction IS NOT NULL
    ON CONFLICT (month, owner_id, product_id) DO UPDATE SET score1 = score1 + excluded.score1, score2 = score2 + excluded.score2,
        score3 = score3 + excluded.score3, score4 = score4 + excluded.score4, score5 = score5 + excluded.score5;
    INSERT INTO report_ticket_open (day, priority, owner_id, tickets)
    SELECT CAST(strftime('%Y%m%d', NEW.received_at) AS INTEGER), NEW.priority, COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'), 1
    WHERE NEW.status <> 'closed'
    ON CONFLICT (day, priority, owner_id) DO UPDATE SET tickets = tickets + excluded.tickets;
    INSERT INTO report_ticket_due (due_day, month, owner_id, tickets)
    SELECT CAST(strftime('%Y%m%d', NEW.resolution_due) AS INTEGER), CAST(strftime('%Y%m', NEW.received_at) AS INTEGER),
           COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'), 1
    WHERE NEW.resolved_at IS NULL AND NEW.status NOT IN ('closed', 'on_hold') AND NEW.resolution_due IS NOT NULL
    ON CONFLICT (due_day, month, owner_id) DO UPDATE SET tickets = tickets + excluded.tickets;
END;
CREATE TRIGGER report_tickets_ad AFTER DELETE ON tickets WHEN OLD.deleted_at IS NULL BEGIN
    INSERT INTO report_ticket_summary (month, owner_id, category, tickets, complaints, responded, responded_in_time, resolved, resolved_in_time,
                                       first_response_timed, first_response_minutes, resolution_timed, resolution_minutes, score1, score2, score3, score4, score5)
    VALUES (CAST(strftime('%Y%m', OLD.received_at) AS INTEGER), COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'), COALESCE(OLD.category, ''),
            -1, -(OLD.kind = 'complaint'), -(OLD.first_response_at IS NOT NULL), -COALESCE(OLD.first_response_at <= OLD.first_response_due, 0),
            -(OLD.resolved_at IS NOT NULL), -COALESCE(OLD.resolved_at <= OLD.resolution_due, 0),
            -(OLD.first_response_minutes IS NOT NULL), -COALESCE(OLD.first_response_minutes, 0), -(OLD.resolution_minutes IS NOT NULL), -COALESCE(OLD.resolution_minutes, 0),
            -COALESCE(OLD.satisfaction = 1, 0), -COALESCE(OLD.satisfaction = 2, 0), -COALESCE(OLD.satisfaction = 3, 0), -COALESCE(OLD.satisfaction = 4, 0), -COALESCE(OLD.satisfaction = 5, 0))
    ON CONFLICT (month, owner_id, category) DO UPDATE SET tickets = tickets + excluded.tickets, complaints = complaints + excluded.complaints,
        responded = responded + excluded.responded, responded_in_time = responded_in_time + excluded.responded_in_time,
        resolved = resolved + excluded.resolved, resolved_in_time = resolved_in_time + excluded.resolved_in_time,
        first_response_timed = first_response_timed + excluded.first_response_timed, first_response_minutes = first_response_minutes + excluded.first_response_minutes,
        resolution_timed = resolution_timed + excluded.resolution_timed, resolution_minutes = resolution_minutes + excluded.resolution_minutes,
        score1 = score1 + excluded.score1, score2 = score2 + excluded.score2, score3 = score3 + excluded.score3, score4 = score4 + excluded.score4, score5 = score5 + excluded.score5;
    INSERT INTO report_ticket_product (month, owner_id, product_id, score1, score2, score3, score4, score5)
    SELECT CAST(strftime('%Y%m', OLD.received_at) AS INTEGER), COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'),
           COALESCE(OLD.product_id, '00000000-0000-0000-0000-000000000000'),
           -(OLD.satisfaction = 1), -(OLD.satisfaction = 2), -(OLD.satisfaction = 3), -(OLD.satisfaction = 4), -(OLD.satisfaction = 5)
    WHERE OLD.satisfaction IS NOT NULL
    ON CONFLICT (month, owner_id, product_id) DO UPDATE SET score1 = score1 + excluded.score1, score2 = score2 + excluded.score2,
        score3 = score3 + excluded.score3, score4 = score4 + excluded.score4, score5 = score5 + excluded.score5;
    INSERT INTO report_ticket_open (day, priority, owner_id, tickets)
    SELECT CAST(strftime('%Y%m%d', OLD.received_at) AS INTEGER), OLD.priority, COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'), -1
    WHERE OLD.status <> 'closed'
    ON CONFLICT (day, priority, owner_id) DO UPDATE SET tickets = tickets + excluded.tickets;
    INSERT INTO report_ticket_due (due_day, month, owner_id, tickets)
    SELECT CAST(strftime('%Y%m%d', OLD.resolution_due) AS INTEGER), CAST(strftime('%Y%m', OLD.received_at) AS INTEGER),
           COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'), -1
    WHERE OLD.resolved_at IS NULL AND OLD.status NOT IN ('closed', 'on_hold') AND OLD.resolution_due IS NOT NULL
    ON CONFLICT (due_day, month, owner_id) DO UPDATE SET tickets = tickets + excluded.tickets;
END;
-- An update takes the old row out (as a delete does) and puts the new one in (as an insert does).
CREATE TRIGGER report_tickets_au AFTER UPDATE OF received_at, owner_id, category, kind, priority, product_id, status, first_response_at, first_response_due,
    resolved_at, resolution_due, first_response_minutes, resolution_minutes, satisfaction, deleted_at ON tickets BEGIN
    INSERT INTO report_ticket_summary (month, owner_id, category, tickets, complaints, responded, responded_in_time, resolved, resolved_in_time,
                                       first_response_timed, first_response_minutes, resolution_timed, resolution_minutes, score1, score2, score3, score4, score5)
    SELECT CAST(strftime('%Y%m', OLD.received_at) AS INTEGER), COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'), COALESCE(OLD.category, ''),
            -1, -(OLD.kind = 'complaint'), -(OLD.first_response_at IS NOT NULL), -COALESCE(OLD.first_response_at <= OLD.first_response_due, 0),
            -(OLD.resolved_at IS NOT NULL), -COALESCE(OLD.resolved_at <= OLD.resolution_due, 0),
            -(OLD.first_response_minutes IS NOT NULL), -COALESCE(OLD.first_response_minutes, 0), -(OLD.resolution_minutes IS NOT NULL), -COALESCE(OLD.resolution_minutes, 0),
            -COALESCE(OLD.satisfaction = 1, 0), -COALESCE(OLD.satisfaction = 2, 0), -COALESCE(OLD.satisfaction = 3, 0), -COALESCE(OLD.satisfaction = 4, 0), -COALESCE(OLD.satisfaction = 5, 0)
    WHERE OLD.deleted_at IS NULL
    ON CONFLICT (month, owner_id, category) DO UPDATE SET tickets = tickets + excluded.tickets, complaints = complaints + excluded.complaints,
        responded = responded + excluded.responded, responded_in_time = responded_in_time + excluded.responded_in_time,
        resolved = resolved + excluded.resolved, resolved_in_time = resolved_in_time + excluded.resolved_in_time,
        first_response_timed = first_response_timed + excluded.first_response_timed, first_response_minutes = first_response_minutes + excluded.first_response_minutes,
        resolution_timed = resolution_timed + excluded.resolution_timed, resolution_minutes = resolution_minutes + excluded.resolution_minutes,
        score1 = score1 + excluded.score1, score2 = score2 + excluded.score2, score3 = score3 + excluded.score3, score4 = score4 + excluded.score4, score5 = score5 + excluded.score5;
    INSERT INTO report_ticket_product (month, owner_id, product_id, score1, score2, score3, score4, score5)
    SELECT CAST(strftime('%Y%m', OLD.received_at) AS INTEGER), COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'),
           COALESCE(OLD.product_id, '00000000-0000-0000-0000-000000000000'),
           -(OLD.satisfaction = 1), -(OLD.satisfaction = 2), -(OLD.satisfaction = 3), -(OLD.satisfaction = 4), -(OLD.satisfaction = 5)
    WHERE OLD.deleted_at IS NULL AND OLD.satisfaction IS NOT NULL
    ON CONFLICT (month, owner_id, product_id) DO UPDATE SET score1 = score1 + excluded.score1, score2 = score2 + excluded.score2,
        score3 = score3 + excluded.score3, score4 = score4 + excluded.score4, score5 = score5 + excluded.score5;
    INSERT INTO report_ticket_open (day, priority, owner_id, tickets)
    SELECT CAST(strftime('%Y%m%d', OLD.received_at) AS INTEGER), OLD.priority, COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'), -1
    WHERE OLD.deleted_at IS NULL AND OLD.status <> 'closed'
    ON CONFLICT (day, priority, owner_id) DO UPDATE SET tickets = tickets + excluded.tickets;
    INSERT INTO report_ticket_due (due_day, month, owner_id, tickets)
    SELECT CAST(strftime('%Y%m%d', OLD.resolution_due) AS INTEGER), CAST(strftime('%Y%m', OLD.received_at) AS INTEGER),
           COALESCE(OLD.owner_id, '00000000-0000-0000-0000-000000000000'), -1
    WHERE OLD.deleted_at IS NULL AND OLD.resolved_at IS NULL AND OLD.status NOT IN ('closed', 'on_hold') AND OLD.resolution_due IS NOT NULL
    ON CONFLICT (due_day, month, owner_id) DO UPDATE SET tickets = tickets + excluded.tickets;
    INSERT INTO report_ticket_summary (month, owner_id, category, tickets, complaints, responded, responded_in_time, resolved, resolved_in_time,
                                       first_response_timed, first_response_minutes, resolution_timed, resolution_minutes, score1, score2, score3, score4, score5)
    SELECT CAST(strftime('%Y%m', NEW.received_at) AS INTEGER), COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'), COALESCE(NEW.category, ''),
            1, NEW.kind = 'complaint', NEW.first_response_at IS NOT NULL, COALESCE(NEW.first_response_at <= NEW.first_response_due, 0),
            NEW.resolved_at IS NOT NULL, COALESCE(NEW.resolved_at <= NEW.resolution_due, 0),
            NEW.first_response_minutes IS NOT NULL, COALESCE(NEW.first_response_minutes, 0), NEW.resolution_minutes IS NOT NULL, COALESCE(NEW.resolution_minutes, 0),
            COALESCE(NEW.satisfaction = 1, 0), COALESCE(NEW.satisfaction = 2, 0), COALESCE(NEW.satisfaction = 3, 0), COALESCE(NEW.satisfaction = 4, 0), COALESCE(NEW.satisfaction = 5, 0)
    WHERE NEW.deleted_at IS NULL
    ON CONFLICT (month, owner_id, category) DO UPDATE SET tickets = tickets + excluded.tickets, complaints = complaints + excluded.complaints,
        responded = responded + excluded.responded, responded_in_time = responded_in_time + excluded.responded_in_time,
        resolved = resolved + excluded.resolved, resolved_in_time = resolved_in_time + excluded.resolved_in_time,
        first_response_timed = first_response_timed + excluded.first_response_timed, first_response_minutes = first_response_minutes + excluded.first_response_minutes,
        resolution_timed = resolution_timed + excluded.resolution_timed, resolution_minutes = resolution_minutes + excluded.resolution_minutes,
        score1 = score1 + excluded.score1, score2 = score2 + excluded.score2, score3 = score3 + excluded.score3, score4 = score4 + excluded.score4, score5 = score5 + excluded.score5;
    INSERT INTO report_ticket_product (month, owner_id, product_id, score1, score2, score3, score4, score5)
    SELECT CAST(strftime('%Y%m', NEW.received_at) AS INTEGER), COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'),
           COALESCE(NEW.product_id, '00000000-0000-0000-0000-000000000000'),
           NEW.satisfaction = 1, NEW.satisfaction = 2, NEW.satisfaction = 3, NEW.satisfaction = 4, NEW.satisfaction = 5
    WHERE NEW.deleted_at IS NULL AND NEW.satisfaction IS NOT NULL
    ON CONFLICT (month, owner_id, product_id) DO UPDATE SET score1 = score1 + excluded.score1, score2 = score2 + excluded.score2,
        score3 = score3 + excluded.score3, score4 = score4 + excluded.score4, score5 = score5 + excluded.score5;
    INSERT INTO report_ticket_open (day, priority, owner_id, tickets)
    SELECT CAST(strftime('%Y%m%d', NEW.received_at) AS INTEGER), NEW.priority, COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'), 1
    WHERE NEW.deleted_at IS NULL AND NEW.status <> 'closed'
    ON CONFLICT (day, priority, owner_id) DO UPDATE SET tickets = tickets + excluded.tickets;
    INSERT INTO report_ticket_due (due_day, month, owner_id, tickets)
    SELECT CAST(strftime('%Y%m%d', NEW.resolution_due) AS INTEGER), CAST(strftime('%Y%m', NEW.received_at) AS INTEGER),
           COALESCE(NEW.owner_id, '00000000-0000-0000-0000-000000000000'), 1
    WHERE NEW.deleted_at IS NULL AND NEW.resolved_at IS NULL AND NEW.status NOT IN ('closed', 'on_hold') AND NEW.resolution_due IS NOT NULL
    ON CONFLICT (due_day, month, owner_id) DO UPDATE SET tickets = tickets + excluded.tickets;
END;
-- @end

-- @postgresql
CREATE TABLE report_ticket_summary (
    month INTEGER NOT NULL,
    owner_id UUID NOT NULL,
    category TEXT NOT NULL,
    tickets BIGINT NOT NULL DEFAULT 0,
    complaints BIGINT NOT NULL DEFAULT 0,
    responded BIGINT NOT NULL DEFAULT 0,
    responded_in_time BIGINT NOT NULL DEFAULT 0,
    resolved BIGINT NOT NULL DEFAULT 0,
    resolved_in_time BIGINT NOT NULL DEFAULT 0,
    first_response_timed BIGINT NOT NULL DEFAULT 0,
    first_response_minutes BIGINT NOT NULL DEFAULT 0,
    resolution_timed BIGINT NOT NULL DEFAULT 0,
    resolution_minutes BIGINT NOT NULL DEFAULT 0,
    score1 BIGINT NOT NULL DEFAULT 0,
    score2 BIGINT NOT NULL DEFAULT 0,
    score3 BIGINT NOT NULL DEFAULT 0,
    score4 BIGINT NOT NULL DEFAULT 0,
    score5 BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, owner_id, category)
);
CREATE TABLE report_ticket_product (
    month INTEGER NOT NULL,
    owner_id UUID NOT NULL,
    product_id UUID NOT NULL,
    score1 BIGINT NOT NULL DEFAULT 0,
    score2 BIGINT NOT NULL DEFAULT 0,
    score3 BIGINT NOT NULL DEFAULT 0,
    score4 BIGINT NOT NULL DEFAULT 0,
    score5 BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (month, owner_id, product_id)
);
CREATE TABLE report_ticket_open (
    day INTEGER NOT NULL,
    priority TEXT NOT NULL,
    owner_id UUID NOT NULL,
    tickets BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, priority, owner_id)
);
CREATE TABLE report_ticket_due (
    due_day INTEGER NOT NULL,
    month INTEGER NOT NULL,
    owner_id UUID NOT NULL,
    tickets BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (due_day, month, owner_id)
);

CREATE FUNCTION report_day(t TIMESTAMPTZ) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYYMMDD')::INTEGER $$;
CREATE FUNCTION report_flag(b BOOLEAN) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN b THEN 1 ELSE 0 END $$;

CREATE FUNCTION report_ticket_add(t tickets, s INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_ticket_summary AS r (month, owner_id, category, tickets, complaints, responded, responded_in_time, resolved, resolved_in_time,
                                            first_response_timed, first_response_minutes, resolution_timed, resolution_minutes, score1, score2, score3, score4, score5)
    VALUES (report_month(t.received_at), report_nil(t.owner_id), COALESCE(t.category, ''), s, s * report_flag(t.kind = 'complaint'),
            s * report_flag(t.first_response_at IS NOT NULL), s * report_flag(t.first_response_at <= t.first_response_due),
            s * report_flag(t.resolved_at IS NOT NULL), s * report_flag(t.resolved_at <= t.resolution_due),
            s * report_flag(t.first_response_minutes IS NOT NULL), s * COALESCE(t.first_response_minutes, 0),
            s * report_flag(t.resolution_minutes IS NOT NULL), s * COALESCE(t.resolution_minutes, 0),
            s * report_flag(t.satisfaction = 1), s * report_flag(t.satisfaction = 2), s * report_flag(t.satisfaction = 3), s * report_flag(t.satisfaction = 4), s * report_flag(t.satisfaction = 5))
    ON CONFLICT (month, owner_id, category) DO UPDATE SET tickets = r.tickets + EXCLUDED.tickets, complaints = r.complaints + EXCLUDED.complaints,
        responded = r.responded + EXCLUDED.responded, responded_in_time = r.responded_in_time + EXCLUDED.responded_in_time,
        resolved = r.resolved + EXCLUDED.resolved, resolved_in_time = r.resolved_in_time + EXCLUDED.resolved_in_time,
        first_response_timed = r.first_response_timed + EXCLUDED.first_response_timed, first_response_minutes = r.first_response_minutes + EXCLUDED.first_response_minutes,
        resolution_timed = r.resolution_timed + EXCLUDED.resolution_timed, resolution_minutes = r.resolution_minutes + EXCLUDED.resolution_minutes,
        score1 = r.score1 + EXCLUDED.score1, score2 = r.score2 + EXCLUDED.score2, score3 = r.score3 + EXCLUDED.score3, score4 = r.score4 + EXCLUDED.score4, score5 = r.score5 + EXCLUDED.score5
    ; INSERT INTO report_ticket_product AS r (month, owner_id, product_id, score1, score2, score3, score4, score5)
    SELECT report_month(t.received_at), report_nil(t.owner_id), report_nil(t.product_id),
           s * report_flag(t.satisfaction = 1), s * report_flag(t.satisfaction = 2), s * report_flag(t.satisfaction = 3), s * report_flag(t.satisfaction = 4), s * report_flag(t.satisfaction = 5)
    WHERE t.satisfaction IS NOT NULL
    ON CONFLICT (month, owner_id, product_id) DO UPDATE SET score1 = r.score1 + EXCLUDED.score1, score2 = r.score2 + EXCLUDED.score2,
        score3 = r.score3 + EXCLUDED.score3, score4 = r.score4 + EXCLUDED.score4, score5 = r.score5 + EXCLUDED.score5
    ; INSERT INTO report_ticket_open AS r (day, priority, owner_id, tickets)
    SELECT report_day(t.received_at), t.priority, report_nil(t.owner_id), s WHERE t.status <> 'closed'
    ON CONFLICT (day, priority, owner_id) DO UPDATE SET tickets = r.tickets + EXCLUDED.tickets
    ; INSERT INTO report_ticket_due AS r (due_day, month, owner_id, tickets)
    SELECT report_day(t.resolution_due), report_month(t.received_at), report_nil(t.owner_id), s
    WHERE t.resolved_at IS NULL AND t.status NOT IN ('closed', 'on_hold') AND t.resolution_due IS NOT NULL
    ON CONFLICT (due_day, month, owner_id) DO UPDATE SET tickets = r.tickets + EXCLUDED.tickets
$$;
CREATE FUNCTION report_tickets_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN IF TG_OP <> 'INSERT' THEN IF OLD.deleted_at IS NULL THEN PERFORM report_ticket_add(OLD, -1); END IF; END IF
    ; IF TG_OP <> 'DELETE' THEN IF NEW.deleted_at IS NULL THEN PERFORM report_ticket_add(NEW, 1); END IF; END IF
    ; RETURN NULL; END
$$;
CREATE OR REPLACE TRIGGER report_tickets_aiud AFTER INSERT OR DELETE OR UPDATE OF received_at, owner_id, category, kind, priority, product_id, status, first_response_at, first_response_due, resolved_at, resolution_due, first_response_minutes, resolution_minutes, satisfaction, deleted_at ON tickets FOR EACH ROW EXECUTE FUNCTION report_tickets_trg();
-- @end

-- Fill the summaries from the tickets already there (kept identical to ServiceSummaries' grouped queries).
-- @sqlite
INSERT INTO report_ticket_summary (month, owner_id, category, tickets, complaints, responded, responded_in_time, resolved, resolved_in_time, first_response_timed, first_response_minutes, resolution_timed, resolution_minutes, score1, score2, score3, score4, score5)
SELECT CAST(strftime('%Y%m', received_at) AS INTEGER), COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), COALESCE(category, ''), COUNT(*), SUM(kind = 'complaint'),
       COUNT(first_response_at), SUM(COALESCE(first_response_at <= first_response_due, 0)), COUNT(resolved_at), SUM(COALESCE(resolved_at <= resolution_due, 0)),
       COUNT(first_response_minutes), COALESCE(SUM(first_response_minutes), 0), COUNT(resolution_minutes), COALESCE(SUM(resolution_minutes), 0),
       SUM(COALESCE(satisfaction = 1, 0)), SUM(COALESCE(satisfaction = 2, 0)), SUM(COALESCE(satisfaction = 3, 0)), SUM(COALESCE(satisfaction = 4, 0)), SUM(COALESCE(satisfaction = 5, 0))
FROM tickets WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
INSERT INTO report_ticket_product (month, owner_id, product_id, score1, score2, score3, score4, score5)
SELECT CAST(strftime('%Y%m', received_at) AS INTEGER), COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), COALESCE(product_id, '00000000-0000-0000-0000-000000000000'),
       SUM(satisfaction = 1), SUM(satisfaction = 2), SUM(satisfaction = 3), SUM(satisfaction = 4), SUM(satisfaction = 5)
FROM tickets WHERE deleted_at IS NULL AND satisfaction IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO report_ticket_open (day, priority, owner_id, tickets)
SELECT CAST(strftime('%Y%m%d', received_at) AS INTEGER), priority, COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), COUNT(*)
FROM tickets WHERE deleted_at IS NULL AND status <> 'closed' GROUP BY 1, 2, 3;
INSERT INTO report_ticket_due (due_day, month, owner_id, tickets)
SELECT CAST(strftime('%Y%m%d', resolution_due) AS INTEGER), CAST(strftime('%Y%m', received_at) AS INTEGER), COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), COUNT(*)
FROM tickets WHERE deleted_at IS NULL AND resolved_at IS NULL AND status NOT IN ('closed', 'on_hold') AND resolution_due IS NOT NULL GROUP BY 1, 2, 3;
-- @end
-- @postgresql
INSERT INTO report_ticket_summary (month, owner_id, category, tickets, complaints, responded, responded_in_time, resolved, resolved_in_time, first_response_timed, first_response_minutes, resolution_timed, resolution_minutes, score1, score2, score3, score4, score5)
SELECT report_month(received_at), report_nil(owner_id), COALESCE(category, ''), COUNT(*), SUM(report_flag(kind = 'complaint')),
       COUNT(first_response_at), SUM(report_flag(first_response_at <= first_response_due)), COUNT(resolved_at), SUM(report_flag(resolved_at <= resolution_due)),
       COUNT(first_response_minutes), COALESCE(SUM(first_response_minutes), 0), COUNT(resolution_minutes), COALESCE(SUM(resolution_minutes), 0),
       SUM(report_flag(satisfaction = 1)), SUM(report_flag(satisfaction = 2)), SUM(report_flag(satisfaction = 3)), SUM(report_flag(satisfaction = 4)), SUM(report_flag(satisfaction = 5))
FROM tickets WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
INSERT INTO report_ticket_product (month, owner_id, product_id, score1, score2, score3, score4, score5)
SELECT report_month(received_at), report_nil(owner_id), report_nil(product_id),
       SUM(report_flag(satisfaction = 1)), SUM(report_flag(satisfaction = 2)), SUM(report_flag(satisfaction = 3)), SUM(report_flag(satisfaction = 4)), SUM(report_flag(satisfaction = 5))
FROM tickets WHERE deleted_at IS NULL AND satisfaction IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO report_ticket_open (day, priority, owner_id, tickets)
SELECT report_day(received_at), priority, report_nil(owner_id), COUNT(*)
FROM tickets WHERE deleted_at IS NULL AND status <> 'closed' GROUP BY 1, 2, 3;
INSERT INTO report_ticket_due (due_day, month, owner_id, tickets)
SELECT report_day(resolution_due), report_month(received_at), report_nil(owner_id), COUNT(*)
FROM tickets WHERE deleted_at IS NULL AND resolved_at IS NULL AND status NOT IN ('closed', 'on_hold') AND resolution_due IS NOT NULL GROUP BY 1, 2, 3;
-- @end

-- The ticket board's columns: the open tickets of a status, the most pressing first (the pending deadline: first
-- response until answered, then resolution), read from the index instead of sorted (TicketBoardModel repeats the
-- expression and the condition word for word).
CREATE INDEX ix_tickets_board ON tickets(status, (CASE WHEN first_response_at IS NULL THEN first_response_due ELSE resolution_due END), id)
    WHERE deleted_at IS NULL AND status <> 'closed';

-- The open tickets received on one day, with what the service report counts of them (ServiceReport::openByAge reads
-- the days an age boundary cuts through from here, not from the ticket rows).
CREATE INDEX ix_tickets_age ON tickets(received_at, priority, owner_id) WHERE deleted_at IS NULL AND status <> 'closed';
