-- DeskCRM schema v28: the ticket board's column totals (issue 14) from a summary instead of counting the open tickets
-- (97 ms at a million tickets, against the board's 80 ms). One row per status with its live tickets, kept exact like
-- 0023's report_ticket_* tables by triggers in the writer's transaction: insert, a transition (status), soft delete,
-- restore and purge. BulkLoad suspends them (the report_ prefix) and ReportSummaries rebuilds the table; `deskcrm-cli
-- check` verifies it (ServiceSummaries, with the same grouped query as the fill at the end of this file).

-- @sqlite
CREATE TABLE report_ticket_status (
    status TEXT NOT NULL PRIMARY KEY,
    tickets INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TRIGGER report_ticket_status_ai AFTER INSERT ON tickets WHEN NEW.deleted_at IS NULL BEGIN
    INSERT INTO report_ticket_status (status, tickets) VALUES (NEW.status, 1)
    ON CONFLICT (status) DO UPDATE SET tickets = tickets + excluded.tickets;
END;
CREATE TRIGGER report_ticket_status_ad AFTER DELETE ON tickets WHEN OLD.deleted_at IS NULL BEGIN
    INSERT INTO report_ticket_status (status, tickets) VALUES (OLD.status, -1)
    ON CONFLICT (status) DO UPDATE SET tickets = tickets + excluded.tickets;
END;
-- A transition moves the ticket from its old status's row to its new one; a soft delete takes it out, a restore
-- puts it back.
CREATE TRIGGER report_ticket_status_au AFTER UPDATE OF status, deleted_at ON tickets
    WHEN OLD.status IS NOT NEW.status OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) BEGIN
    INSERT INTO report_ticket_status (status, tickets) SELECT OLD.status, -1 WHERE OLD.deleted_at IS NULL
    ON CONFLICT (status) DO UPDATE SET tickets = tickets + excluded.tickets;
    INSERT INTO report_ticket_status (status, tickets) SELECT NEW.status, 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (status) DO UPDATE SET tickets = tickets + excluded.tickets;
END;
INSERT INTO report_ticket_status (status, tickets)
SELECT status, COUNT(*) FROM tickets WHERE deleted_at IS NULL GROUP BY status;
-- @end

-- @postgresql
CREATE TABLE report_ticket_status (
    status TEXT NOT NULL PRIMARY KEY,
    tickets BIGINT NOT NULL DEFAULT 0
);
CREATE FUNCTION report_ticket_status_add(s TEXT, n INTEGER) RETURNS VOID LANGUAGE sql AS $$
    INSERT INTO report_ticket_status AS r (status, tickets) VALUES (s, n)
    ON CONFLICT (status) DO UPDATE SET tickets = r.tickets + EXCLUDED.tickets
$$;
CREATE FUNCTION report_ticket_status_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN IF TG_OP = 'UPDATE' THEN IF OLD.status = NEW.status AND (OLD.deleted_at IS NULL) = (NEW.deleted_at IS NULL) THEN RETURN NULL; END IF; END IF
    ; IF TG_OP <> 'INSERT' THEN IF OLD.deleted_at IS NULL THEN PERFORM report_ticket_status_add(OLD.status, -1); END IF; END IF
    ; IF TG_OP <> 'DELETE' THEN IF NEW.deleted_at IS NULL THEN PERFORM report_ticket_status_add(NEW.status, 1); END IF; END IF
    ; RETURN NULL; END
$$;
-- OR REPLACE, as in 0023: the migration splitter reads a plain CREATE TRIGGER as SQLite's BEGIN … END; form.
CREATE OR REPLACE TRIGGER report_ticket_status_aiud AFTER INSERT OR DELETE OR UPDATE OF status, deleted_at ON tickets
    FOR EACH ROW EXECUTE FUNCTION report_ticket_status_trg();
INSERT INTO report_ticket_status (status, tickets)
SELECT status, COUNT(*) FROM tickets WHERE deleted_at IS NULL GROUP BY status;
-- @end
