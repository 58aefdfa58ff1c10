-- DeskCRM schema v15: the audit trail. Tokens and dialect blocks as in 0001_initial.sql.
-- One append-only row per changed record: which transaction, when (the database's time), who (PostgreSQL: the login
-- role, session_user; SQLite: the users row the writer stamped), which table and row, what happened (insert, update,
-- soft_delete, restore, delete) and the changed fields as JSON {"column": [old, new], …} (a delete keeps the whole
-- row; an insert keeps none: the row itself says it). `action` is what the write said it was (a revert says which).
-- The triggers are not listed here: AuditTriggers::ensure() puts them on every business table (one with id and
-- version) after each upgrade, so a table a later migration adds is audited without anyone remembering to.

-- @sqlite
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    txid INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    op TEXT NOT NULL,
    changes TEXT,
    action TEXT
);
-- The connection's state the SQLite triggers read (SQLite has neither transaction ids nor session settings): the
-- number of the transaction being written (RecordWriter's audit hook counts it up before each commit) and the
-- action label a revert sets for the duration of its transaction.
CREATE TABLE audit_context (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    txid INTEGER NOT NULL,
    action TEXT
);
INSERT INTO audit_context (only_row, txid) VALUES (1, 1);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
-- @end

-- @postgresql
CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    txid BIGINT NOT NULL DEFAULT txid_current(),
    at TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor TEXT NOT NULL DEFAULT session_user,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    op TEXT NOT NULL,
    changes JSONB,
    action TEXT
);
-- Written only by the trigger function below (SECURITY DEFINER: it runs as the log's owner whoever changed the
-- row, and records session_user, the role that logged in, which a SECURITY DEFINER function does not change).
-- Nobody else may write, change or empty the log; a refusing trigger stands behind the revoked privileges for a
-- role that was granted everything on every table.
REVOKE ALL ON audit_log FROM PUBLIC;
GRANT SELECT ON audit_log TO PUBLIC;
CREATE FUNCTION audit_log_refuse() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND pg_trigger_depth() > 1 THEN RETURN NEW; END IF
    ; RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege'
    ; END
$$;
CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE INSERT OR UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse();
CREATE OR REPLACE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse();

-- One function for every audited table: the row as JSON on both sides, the fields that differ besides the stamps.
-- Live updates ride on the same trigger: a small notification per row (table, id, op, the sending backend so a
-- client can skip its own), delivered by PostgreSQL after the commit; past 50 rows in one transaction only one per
-- table and kind, without ids (listeners reload what shows that table).
CREATE FUNCTION audit_row() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    o JSONB; n JSONB; d JSONB; kind TEXT; rid TEXT; sent INTEGER
    ; BEGIN
    IF TG_OP = 'INSERT' THEN
        n := to_jsonb(NEW); rid := n->>'id'; kind := 'insert'
    ; ELSIF TG_OP = 'DELETE' THEN
        o := to_jsonb(OLD); rid := o->>'id'; kind := 'delete'
        ; SELECT jsonb_object_agg(key, jsonb_build_array(value, NULL)) INTO d FROM jsonb_each(o)
          WHERE key NOT IN ('version', 'created_at', 'created_by', 'updated_at', 'updated_by')
    ; ELSE
        o := to_jsonb(OLD); n := to_jsonb(NEW); rid := n->>'id'
        ; SELECT jsonb_object_agg(key, jsonb_build_array(o->key, value)) INTO d FROM jsonb_each(n)
          WHERE key NOT IN ('version', 'created_at', 'created_by', 'updated_at', 'updated_by') AND o->key IS DISTINCT FROM value
        ; IF d IS NULL THEN RETURN NULL; END IF
        ; kind := CASE WHEN o->>'deleted_at' IS NULL AND n->>'deleted_at' IS NOT NULL THEN 'soft_delete'
                       WHEN o->>'deleted_at' IS NOT NULL AND n->>'deleted_at' IS NULL THEN 'restore' ELSE 'update' END
    ; END IF
    ; INSERT INTO audit_log (table_name, row_id, op, changes, action)
      VALUES (TG_TABLE_NAME, rid, kind, d, NULLIF(current_setting('deskcrm.audit_action', true), ''))
    ; sent := COALESCE(NULLIF(current_setting('deskcrm.audit_notified', true), ''), '0')::INTEGER
    ; IF sent < 50 THEN
        PERFORM pg_notify('deskcrm_changes', json_build_object('t', TG_TABLE_NAME, 'id', rid, 'op', kind, 'pid', pg_backend_pid())::TEXT)
        ; PERFORM set_config('deskcrm.audit_notified', (sent + 1)::TEXT, true)
    ; ELSE
        PERFORM pg_notify('deskcrm_changes', json_build_object('t', TG_TABLE_NAME, 'op', kind, 'pid', pg_backend_pid())::TEXT)
    ; END IF
    ; RETURN NULL
    ; END
$$;
-- @end

CREATE INDEX ix_audit_log_row ON audit_log(row_id, id);
CREATE INDEX ix_audit_log_actor ON audit_log(actor, at);
CREATE INDEX ix_audit_log_action ON audit_log(action) WHERE action IS NOT NULL;
