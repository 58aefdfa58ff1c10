-- DeskCRM schema v21: offline replicas synchronised field by field with the team's PostgreSQL (issue 18). Tokens and
-- dialect blocks as in 0001_initial.sql.
-- The server is PostgreSQL alone. Its change log is the audit trail (0015): every row a transaction changed, with the
-- transaction's 64-bit id (txid, an xid8 as a number). A replica's pull cursor is the server's snapshot at its last
-- pull (pg_current_snapshot() as text): the next pull takes every change that snapshot did not see, so a long
-- transaction that commits after a pull is never skipped, and nothing waits for transactions still running elsewhere
-- on the server (a cursor on the snapshot's xmin alone would hold every pull back behind the oldest of them). Per-field versions (sync_field_versions, a counter per column, kept by the
-- sync_row trigger SyncTriggers puts on every synced table) decide a field: a client's change applies when its base
-- version is the server's or its value is the server's, otherwise a conflict row keeps the server value.
-- Nothing here reads a client's clock: the server stamps what it applies with its own time.

-- @postgresql
CREATE TABLE sync_field_versions (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    versions JSONB NOT NULL,
    PRIMARY KEY (table_name, row_id)
);
-- Operations already applied, by the client's operation id: a batch sent again (the connection died between the
-- commit and the answer) skips them.
CREATE TABLE sync_ops (
    op_id UUID PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor TEXT NOT NULL DEFAULT session_user
);
-- Every conflict the server kept its value in: field (NULL for a whole-row conflict), kind ('field', 'update_delete':
-- the client changed a row the server deleted or no longer shows, 'delete_update': the client deleted a row the server
-- changed since), the client's base version and the server's, both values, who sent it and when.
CREATE TABLE sync_conflicts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    op_id UUID NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT,
    kind TEXT NOT NULL,
    base_version INTEGER,
    server_version INTEGER,
    server_value JSONB,
    client_value JSONB,
    actor TEXT NOT NULL DEFAULT session_user,
    at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ix_audit_log_txid ON audit_log(txid);
REVOKE ALL ON sync_field_versions, sync_ops, sync_conflicts FROM PUBLIC;

-- Per-field versions: every column of a new row is at version 1 (not stored: a row with no entry, or a column missing
-- from its entry, is at 1), an update adds 1 to each column whose value changed.
CREATE FUNCTION sync_row() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    o JSONB; n JSONB; v JSONB; bumped JSONB
    ; BEGIN
    n := to_jsonb(NEW); o := to_jsonb(OLD)
    ; SELECT f.versions INTO v FROM sync_field_versions f WHERE f.table_name = TG_TABLE_NAME AND f.row_id = n->>'id'
    ; v := COALESCE(v, '{}'::JSONB)
    ; SELECT jsonb_object_agg(key, COALESCE((v->>key)::INTEGER, 1) + 1) INTO bumped FROM jsonb_each(n)
      WHERE key NOT IN ('id', 'version', 'created_at', 'created_by', 'updated_at', 'updated_by')
        AND o->key IS DISTINCT FROM value
    ; IF bumped IS NULL THEN RETURN NULL; END IF
    ; INSERT INTO sync_field_versions (table_name, row_id, versions) VALUES (TG_TABLE_NAME, n->>'id', v || bumped)
      ON CONFLICT (table_name, row_id) DO UPDATE SET versions = EXCLUDED.versions
    ; RETURN NULL
    ; END
$$;

-- The pull cursor: the transactions this snapshot sees as committed are the ones a pull up to it brings.
CREATE FUNCTION sync_watermark() RETURNS TEXT LANGUAGE sql VOLATILE AS $$
    SELECT pg_current_snapshot()::TEXT
$$;

-- The synced rows changed by transactions the snapshot `since` did not see and `upto` sees, with their field
-- versions. Whether the caller may see a row is asked afterwards, of the table itself (row-level security): a row not shown is removed from the replica.
CREATE FUNCTION deskcrm_sync_changes(since TEXT, upto TEXT)
RETURNS TABLE (table_name TEXT, row_id TEXT, versions JSONB)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT c.table_name, c.row_id, COALESCE(f.versions, '{}'::JSONB)
    FROM (SELECT DISTINCT a.table_name, a.row_id FROM audit_log a
          WHERE a.txid >= pg_snapshot_xmin(since::pg_snapshot)::TEXT::BIGINT
            AND NOT pg_visible_in_snapshot(a.txid::TEXT::xid8, since::pg_snapshot)
            AND pg_visible_in_snapshot(a.txid::TEXT::xid8, upto::pg_snapshot)) c
    JOIN pg_trigger t ON t.tgname = 'sync_row' AND t.tgrelid = to_regclass(c.table_name)
    LEFT JOIN sync_field_versions f ON f.table_name = c.table_name AND f.row_id = c.row_id
$$;

-- The field versions of a table's changed rows (a clone keeps those of the rows it copied).
CREATE FUNCTION deskcrm_sync_all_versions(wanted_table TEXT)
RETURNS TABLE (row_id TEXT, versions JSONB)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT f.row_id, f.versions FROM sync_field_versions f WHERE f.table_name = wanted_table
$$;

-- Bookkeeping the caller may not write directly. The SECURITY DEFINER helpers are named deskcrm_*: RowSecurity::ensure()
-- turns every other non-trigger function into SECURITY INVOKER.
CREATE FUNCTION deskcrm_sync_claim_op(wanted UUID) RETURNS BOOLEAN LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO sync_ops (op_id) VALUES (wanted) ON CONFLICT (op_id) DO NOTHING
    ; RETURN FOUND
    ; END
$$;
CREATE FUNCTION deskcrm_sync_record_conflict(op UUID, t TEXT, rid TEXT, f TEXT, k TEXT, base INTEGER, server INTEGER,
                                     server_value JSONB, client_value JSONB)
RETURNS VOID LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    INSERT INTO sync_conflicts (op_id, table_name, row_id, field, kind, base_version, server_version, server_value,
                                client_value)
    VALUES (op, t, rid, f, k, base, server, server_value, client_value)
$$;
-- The conflicts an operation met when it was applied, for a batch sent again after its answer was lost.
CREATE FUNCTION deskcrm_sync_recorded_conflicts(wanted UUID) RETURNS JSONB LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT COALESCE(jsonb_agg(jsonb_build_object('op', c.op_id, 'table', c.table_name, 'id', c.row_id, 'field', c.field,
                                                 'kind', c.kind, 'base', c.base_version,
                                                 'server_version', c.server_version, 'server', c.server_value,
                                                 'client', c.client_value) ORDER BY c.id), '[]'::JSONB)
    FROM sync_conflicts c WHERE c.op_id = wanted
$$;
CREATE FUNCTION deskcrm_sync_row_versions(t TEXT, rid TEXT) RETURNS JSONB LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT COALESCE((SELECT versions FROM sync_field_versions WHERE table_name = t AND row_id = rid), '{}'::JSONB)
$$;

-- Applies a batch of client operations in the caller's transaction, as the caller (row-level security applies):
-- [{"op": uuid, "table": t, "id": row id, "insert": bool, "fields": {column: value}, "base": {column: version}}].
-- A soft delete or restore is a change of deleted_at. Answers {"applied": n, "duplicates": n, "conflicts": [...],
-- "changed": [{"table": t, "id": id, "kind": "insert|update|delete|restore", "columns": [...], "versions": {...}}]}
-- (the row's field versions after the change: the client takes those of the fields it sent as its new base).
CREATE FUNCTION sync_apply(ops JSONB) RETURNS JSONB LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    op JSONB; op_id UUID; t TEXT; rid TEXT; id_type TEXT; fields JSONB; base JSONB; typed JSONB; cur JSONB
    ; versions JSONB; accepted JSONB; f TEXT; val JSONB; cols TEXT; me UUID; conflicts JSONB := '[]'::JSONB
    ; changed JSONB := '[]'::JSONB; applied INTEGER := 0; duplicates INTEGER := 0; c JSONB; kind TEXT
    ; server_deleted BOOLEAN; client_deletes BOOLEAN; newer BOOLEAN
    ; BEGIN
    me := deskcrm_session_user_id()
    ; FOR op IN SELECT value FROM jsonb_array_elements(ops) LOOP
        op_id := (op->>'op')::UUID
        -- Earlier operation ids of the same outbox entry (a change joined it after a send whose answer was lost):
        -- the conflicts they met are answered now.
        ; FOR f IN SELECT jsonb_array_elements_text(COALESCE(op->'superseded', '[]'::JSONB)) LOOP
            conflicts := conflicts || deskcrm_sync_recorded_conflicts(f::UUID)
        ; END LOOP
        ; IF NOT deskcrm_sync_claim_op(op_id) THEN
            duplicates := duplicates + 1
            ; conflicts := conflicts || deskcrm_sync_recorded_conflicts(op_id)
            ; CONTINUE
        ; END IF
        ; t := op->>'table'; rid := op->>'id'; base := COALESCE(op->'base', '{}'::JSONB)
        ; SELECT format_type(a.atttypid, a.atttypmod) INTO id_type FROM pg_attribute a
          WHERE a.attrelid = to_regclass(t) AND a.attname = 'id'
        ; IF id_type IS NULL THEN RAISE EXCEPTION 'sync: unknown table %', t; END IF
        -- Only the table's own columns, metadata aside; values as the column types read them.
        ; SELECT COALESCE(jsonb_object_agg(e.key, e.value), '{}'::JSONB) INTO fields FROM jsonb_each(op->'fields') e
          JOIN pg_attribute a ON a.attrelid = to_regclass(t) AND a.attname = e.key AND a.attnum > 0 AND NOT a.attisdropped
          WHERE e.key NOT IN ('id', 'version', 'created_at', 'created_by', 'updated_at', 'updated_by')
        ; EXECUTE format('SELECT to_jsonb(p) FROM jsonb_populate_record(NULL::%I, $1) p', t) INTO typed USING fields
        ; SELECT COALESCE(jsonb_object_agg(e.key, typed->e.key), '{}'::JSONB) INTO typed FROM jsonb_each(fields) e
        ; EXECUTE format('SELECT to_jsonb(r) FROM %I r WHERE r.id = $1::%s FOR UPDATE', t, id_type) INTO cur USING rid
        ; versions := deskcrm_sync_row_versions(t, rid)
        ; IF cur IS NULL THEN
            IF (op->>'insert')::BOOLEAN THEN
                cols := (SELECT string_agg(quote_ident(k), ', ') FROM jsonb_object_keys(typed) k)
                ; EXECUTE format('INSERT INTO %I (id, created_at, created_by, updated_at, updated_by, version%s) '
                                 'SELECT $2::%s, now(), $3, now(), $3, 1%s FROM jsonb_populate_record(NULL::%I, $1) p',
                                 t, CASE WHEN cols IS NULL THEN '' ELSE ', ' || cols END, id_type,
                                 CASE WHEN cols IS NULL THEN '' ELSE ', ' || (SELECT string_agg('p.' || quote_ident(k), ', ')
                                                                             FROM jsonb_object_keys(typed) k) END, t)
                  USING typed, rid, me
                ; changed := changed || jsonb_build_object('table', t, 'id', rid, 'kind', 'insert',
                                                           'versions', deskcrm_sync_row_versions(t, rid))
                ; applied := applied + 1
            ; ELSE
                -- Purged on the server, or no longer the caller's to see.
                c := jsonb_build_object('op', op_id, 'table', t, 'id', rid, 'field', NULL, 'kind', 'update_delete',
                                        'base', NULL, 'server_version', NULL, 'server', NULL, 'client', typed)
                ; conflicts := conflicts || c
                ; PERFORM deskcrm_sync_record_conflict(op_id, t, rid, NULL, 'update_delete', NULL, NULL, NULL, typed)
            ; END IF
            ; CONTINUE
        ; END IF
        ; server_deleted := cur->>'deleted_at' IS NOT NULL
        ; client_deletes := typed ? 'deleted_at' AND typed->>'deleted_at' IS NOT NULL
        ; IF server_deleted AND NOT typed ? 'deleted_at'
             AND COALESCE((versions->>'deleted_at')::INTEGER, 1) <> COALESCE((base->>'deleted_at')::INTEGER, 1) THEN
            -- The client changed fields of a row the server deleted since: the row stays deleted.
            c := jsonb_build_object('op', op_id, 'table', t, 'id', rid, 'field', NULL, 'kind', 'update_delete',
                                    'base', (base->>'deleted_at')::INTEGER, 'server_version', (versions->>'deleted_at')::INTEGER,
                                    'server', cur->'deleted_at', 'client', typed)
            ; conflicts := conflicts || c
            ; PERFORM deskcrm_sync_record_conflict(op_id, t, rid, NULL, 'update_delete', (base->>'deleted_at')::INTEGER,
                                           (versions->>'deleted_at')::INTEGER, cur->'deleted_at', typed)
            ; CONTINUE
        ; END IF
        ; IF client_deletes AND NOT server_deleted THEN
            SELECT bool_or(COALESCE((v.value #>> '{}')::INTEGER, 1) > COALESCE((base->>v.key)::INTEGER, 1)) INTO newer
            FROM jsonb_each(versions) v WHERE v.key <> 'deleted_at' AND NOT typed ? v.key
            ; IF COALESCE(newer, FALSE) THEN
                -- The client deleted a row the server changed since: the row stays, with the server's values.
                c := jsonb_build_object('op', op_id, 'table', t, 'id', rid, 'field', 'deleted_at', 'kind', 'delete_update',
                                        'base', (base->>'deleted_at')::INTEGER,
                                        'server_version', (versions->>'deleted_at')::INTEGER,
                                        'server', cur->'deleted_at', 'client', typed->'deleted_at')
                ; conflicts := conflicts || c
                ; PERFORM deskcrm_sync_record_conflict(op_id, t, rid, 'deleted_at', 'delete_update', (base->>'deleted_at')::INTEGER,
                                               (versions->>'deleted_at')::INTEGER, cur->'deleted_at', typed->'deleted_at')
                ; typed := typed - 'deleted_at'
            ; END IF
        ; END IF
        ; accepted := '{}'::JSONB
        ; FOR f, val IN SELECT e.key, e.value FROM jsonb_each(typed) e LOOP
            IF cur->f IS NOT DISTINCT FROM val THEN
                CONTINUE
            ; ELSIF COALESCE((versions->>f)::INTEGER, 1) = COALESCE((base->>f)::INTEGER, 1) THEN
                accepted := accepted || jsonb_build_object(f, val)
            ; ELSE
                c := jsonb_build_object('op', op_id, 'table', t, 'id', rid, 'field', f, 'kind', 'field',
                                        'base', COALESCE((base->>f)::INTEGER, 1),
                                        'server_version', COALESCE((versions->>f)::INTEGER, 1),
                                        'server', cur->f, 'client', val)
                ; conflicts := conflicts || c
                ; PERFORM deskcrm_sync_record_conflict(op_id, t, rid, f, 'field', COALESCE((base->>f)::INTEGER, 1),
                                               COALESCE((versions->>f)::INTEGER, 1), cur->f, val)
            ; END IF
        ; END LOOP
        ; IF accepted <> '{}'::JSONB THEN
            SELECT string_agg(quote_ident(k), ', '), string_agg('p.' || quote_ident(k), ', ') INTO cols, f
            FROM jsonb_object_keys(accepted) k
            ; EXECUTE format('UPDATE %I r SET (%s, updated_at, updated_by, version) = (SELECT %s, now(), $3, r.version + 1 '
                             'FROM jsonb_populate_record(NULL::%I, $1) p) WHERE r.id = $2::%s', t, cols, f, t, id_type)
              USING accepted, rid, me
            ; kind := CASE WHEN accepted ? 'deleted_at' AND accepted->>'deleted_at' IS NOT NULL THEN 'delete'
                            WHEN accepted ? 'deleted_at' THEN 'restore' ELSE 'update' END
            ; changed := changed || jsonb_build_object('table', t, 'id', rid, 'kind', kind,
                                                       'columns', (SELECT jsonb_agg(k) FROM jsonb_object_keys(accepted) k),
                                                       'versions', deskcrm_sync_row_versions(t, rid))
            ; applied := applied + 1
        ; END IF
    ; END LOOP
    ; RETURN jsonb_build_object('applied', applied, 'duplicates', duplicates, 'conflicts', conflicts, 'changed', changed)
    ; END
$$;
-- @end

-- @sqlite
-- A replica's own bookkeeping (a team database on SQLite has none of it in use): the server it was cloned from and
-- the pull cursor (the server's watermark), the time of the last sync by the server's clock and the laptop's offset
-- from it, the field versions of every row as last pulled, the outbox of local changes not yet applied by the server
-- (one entry per row: the changed fields with their values and the base versions they were made on), and the
-- conflicts the server answered with, kept until the user decides.
CREATE TABLE sync_state (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    server TEXT NOT NULL,
    server_user TEXT,
    cursor TEXT NOT NULL,
    cloned_at TEXT NOT NULL,
    last_sync_at TEXT,
    last_sync_local TEXT,
    clock_offset_ms INTEGER,
    retention_days INTEGER NOT NULL DEFAULT 30,
    expired INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sync_field_versions (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;
CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY,
    op_id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    is_insert INTEGER NOT NULL DEFAULT 0,
    fields TEXT NOT NULL,
    base TEXT NOT NULL,
    base_values TEXT NOT NULL DEFAULT '{}',
    superseded TEXT NOT NULL DEFAULT '[]',
    UNIQUE (table_name, row_id)
);
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    op_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field TEXT,
    kind TEXT NOT NULL,
    base_version INTEGER,
    server_version INTEGER,
    base_value TEXT,
    server_value TEXT,
    client_value TEXT,
    at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT
);
CREATE INDEX ix_sync_conflicts_open ON sync_conflicts(resolved_at, id);
-- @end
