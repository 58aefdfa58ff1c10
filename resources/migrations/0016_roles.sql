-- DeskCRM schema v16: users and roles on PostgreSQL (issue 16). Tokens and dialect blocks as in 0001_initial.sql.
-- The roles and who may see what are data, on both dialects (SQLite, a single user's file, simply never enforces
-- them). On PostgreSQL the server enforces them: RowSecurity::ensure (models/core) runs after the migrations and
-- installs the row-level security policies, the group roles and the grants from the catalogue and from these
-- tables, so a table a later migration adds is covered without being listed anywhere.

-- What each DeskCRM role may do. db_group is the PostgreSQL group role its users are granted (set by
-- RowSecurity::ensure: role names are per server, so they carry the database's name).
CREATE TABLE roles (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    can_write {BOOL} NOT NULL DEFAULT {TRUE},
    can_export {BOOL} NOT NULL DEFAULT {FALSE},
    can_print {BOOL} NOT NULL DEFAULT {FALSE},
    can_bulk_delete {BOOL} NOT NULL DEFAULT {FALSE},
    can_administer_users {BOOL} NOT NULL DEFAULT {FALSE},
    db_group TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO roles (code, name, can_write, can_export, can_print, can_bulk_delete, can_administer_users, sort_order) VALUES
    ('rep', 'Sales rep', {TRUE}, {FALSE}, {TRUE}, {FALSE}, {FALSE}, 1),
    ('lead', 'Team lead', {TRUE}, {TRUE}, {TRUE}, {TRUE}, {FALSE}, 2),
    ('admin', 'Administrator', {TRUE}, {TRUE}, {TRUE}, {TRUE}, {TRUE}, 3),
    ('readonly', 'Read-only', {FALSE}, {FALSE}, {TRUE}, {FALSE}, {FALSE}, 4),
    ('finance', 'Finance', {FALSE}, {TRUE}, {TRUE}, {FALSE}, {FALSE}, 5);

-- Visibility per role and entity (a table name; '*' for every owned table without a row of its own):
-- own = the user's records and those of everyone below them in the management line, team = also their team's and
-- the teams below it, all = every record. Shared records (record_shares) are visible at every level.
CREATE TABLE role_visibility (
    role_code TEXT NOT NULL REFERENCES roles(code),
    entity TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('own', 'team', 'all')),
    PRIMARY KEY (role_code, entity)
);
INSERT INTO role_visibility (role_code, entity, level) VALUES
    ('rep', '*', 'own'), ('lead', '*', 'team'), ('admin', '*', 'all'), ('readonly', '*', 'team'),
    ('finance', '*', 'own'), ('finance', 'contracts', 'all'), ('finance', 'payments', 'all'),
    ('finance', 'invoices', 'all');

-- Columns a role must not read (PostgreSQL column privileges): a customer's annual revenue is a financial figure
-- that read-only accounts (auditors, interns) do not get.
CREATE TABLE role_hidden_columns (
    role_code TEXT NOT NULL REFERENCES roles(code),
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    PRIMARY KEY (role_code, table_name, column_name)
);
INSERT INTO role_hidden_columns (role_code, table_name, column_name) VALUES
    ('readonly', 'customers', 'annual_revenue_minor'), ('readonly', 'customers', 'annual_revenue_currency');

-- Every role 0001 knew stays valid; readonly and finance join them.
-- @sqlite
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql, 'CHECK (role IN (''rep'', ''lead'', ''admin''))', 'CHECK (role IN (''rep'', ''lead'', ''admin'', ''readonly'', ''finance''))')
    WHERE type = 'table' AND name = 'users';
PRAGMA writable_schema = RESET;
-- @end
-- @postgresql
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('rep', 'lead', 'admin', 'readonly', 'finance'));
-- @end

-- A user's own manager (besides the manager of their team) and the PostgreSQL login role they sign in as.
ALTER TABLE users ADD COLUMN manager_id {UUID} REFERENCES users(id);
ALTER TABLE users ADD COLUMN db_role TEXT;
CREATE INDEX ix_users_manager ON users(manager_id);
CREATE UNIQUE INDEX ux_users_db_role ON users(db_role) WHERE db_role IS NOT NULL;

-- A record shared explicitly with a user or a whole team (entity = the record's table).
CREATE TABLE record_shares (
    id {UUID} PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id {UUID} NOT NULL,
    user_id {UUID} REFERENCES users(id),
    team_id {UUID} REFERENCES teams(id),
    {META},
    CHECK ((user_id IS NULL) <> (team_id IS NULL))
);
CREATE INDEX ix_record_shares_user ON record_shares(user_id, entity) WHERE deleted_at IS NULL;
CREATE INDEX ix_record_shares_team ON record_shares(team_id, entity) WHERE deleted_at IS NULL;
CREATE INDEX ix_record_shares_record ON record_shares(entity, record_id);

-- Every print: who printed which report or list, and when (exports are in export_log since 0008).
CREATE TABLE print_log (
    id {UUID} PRIMARY KEY,
    user_id {UUID} REFERENCES users(id),
    printed_at {TS} NOT NULL,
    what TEXT NOT NULL,
    destination TEXT,
    {META}
);
CREATE INDEX ix_print_log_user ON print_log(user_id, printed_at);

-- @postgresql
-- Whose records each user sees, kept by triggers whenever users or teams change: reach 'own' = the viewer and
-- everyone below them in the management line (their own manager, or their team's manager, up the team tree),
-- 'team' = the members of the viewer's team and of every team below it. The policies read it through the
-- SECURITY DEFINER functions below, once per statement, and seek ix_*_owner with the result.
CREATE TABLE visible_owner (
    viewer_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    reach TEXT NOT NULL CHECK (reach IN ('own', 'team')),
    owner_id UUID NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (viewer_id, reach, owner_id)
);
CREATE INDEX ix_visible_owner_owner ON visible_owner(owner_id);

CREATE FUNCTION deskcrm_refresh_visible_owners() RETURNS VOID LANGUAGE sql AS $$
    DELETE FROM visible_owner
    -- Management edges: a user reports to their own manager, else to the manager of the nearest team up the tree
    -- (starting at their own) whose manager is someone else.
    ; WITH RECURSIVE team_up(member_id, team_id, depth) AS (
        SELECT u.id, u.team_id, 0 FROM users u WHERE u.team_id IS NOT NULL
        UNION ALL
        SELECT tu.member_id, t.parent_id, tu.depth + 1 FROM team_up tu JOIN teams t ON t.id = tu.team_id
        WHERE t.parent_id IS NOT NULL AND tu.depth < 64
    ),
    team_manager AS (
        SELECT DISTINCT ON (tu.member_id) tu.member_id, t.manager_id
        FROM team_up tu JOIN teams t ON t.id = tu.team_id
        WHERE t.manager_id IS NOT NULL AND t.manager_id <> tu.member_id
        ORDER BY tu.member_id, tu.depth
    ),
    reports_to(member_id, manager_id) AS (
        SELECT u.id, COALESCE(u.manager_id, tm.manager_id) FROM users u LEFT JOIN team_manager tm ON tm.member_id = u.id
        WHERE COALESCE(u.manager_id, tm.manager_id) IS NOT NULL
    ),
    below(viewer_id, owner_id, depth) AS (
        SELECT id, id, 0 FROM users
        UNION
        SELECT r.manager_id, b.owner_id, b.depth + 1 FROM below b JOIN reports_to r ON r.member_id = b.viewer_id
        WHERE b.depth < 64
    ),
    team_down(root_id, team_id, depth) AS (
        SELECT id, id, 0 FROM teams
        UNION
        SELECT td.root_id, t.id, td.depth + 1 FROM team_down td JOIN teams t ON t.parent_id = td.team_id WHERE td.depth < 64
    )
    INSERT INTO visible_owner (viewer_id, reach, owner_id)
    SELECT DISTINCT viewer_id, 'own', owner_id FROM below
    UNION
    SELECT DISTINCT v.id, 'team', m.id FROM users v JOIN team_down td ON td.root_id = v.team_id
        JOIN users m ON m.team_id = td.team_id
$$;

CREATE FUNCTION deskcrm_visible_owners_trg() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN PERFORM deskcrm_refresh_visible_owners(); RETURN NULL; END $$;
CREATE OR REPLACE TRIGGER users_visible_owners AFTER INSERT OR DELETE OR UPDATE OF team_id, manager_id ON users
    FOR EACH STATEMENT EXECUTE FUNCTION deskcrm_visible_owners_trg();
CREATE OR REPLACE TRIGGER teams_visible_owners AFTER INSERT OR DELETE OR UPDATE OF parent_id, manager_id ON teams
    FOR EACH STATEMENT EXECUTE FUNCTION deskcrm_visible_owners_trg();
SELECT deskcrm_refresh_visible_owners();

-- The users row of whoever is signed in: session_user, not current_user, which SECURITY DEFINER changes (and a
-- member of another role could SET ROLE to).
CREATE FUNCTION deskcrm_session_user_id() RETURNS UUID LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT id FROM users WHERE COALESCE(db_role, username) = session_user AND active AND deleted_at IS NULL LIMIT 1
$$;
-- The owners whose records the signed-in user sees at a reach ('own' or 'team'), as an array: policies compare
-- owner_id = ANY ((SELECT deskcrm_visible_owners('own'))), an init plan evaluated once per statement whose result
-- the owner index seeks.
CREATE FUNCTION deskcrm_visible_owners(wanted_reach TEXT) RETURNS UUID[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT COALESCE(array_agg(DISTINCT v.owner_id), '{}'::UUID[]) FROM visible_owner v
    WHERE v.viewer_id = deskcrm_session_user_id() AND (v.reach = 'own' OR $1 = 'team')
$$;
-- The records of one entity shared with the signed-in user or with their team.
CREATE FUNCTION deskcrm_shared_ids(entity_name TEXT) RETURNS UUID[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT COALESCE(array_agg(DISTINCT s.record_id), '{}'::UUID[]) FROM record_shares s
    WHERE s.entity = entity_name AND s.deleted_at IS NULL
      AND (s.user_id = deskcrm_session_user_id()
           OR s.team_id = (SELECT team_id FROM users WHERE id = deskcrm_session_user_id()))
$$;
-- Whether the signed-in user's role has a permission (roles.can_*), for server-side checks of export and delete.
CREATE FUNCTION deskcrm_may(permission TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT COALESCE((SELECT CASE permission WHEN 'export' THEN r.can_export WHEN 'print' THEN r.can_print
                                 WHEN 'bulk_delete' THEN r.can_bulk_delete WHEN 'administer_users' THEN r.can_administer_users
                                 WHEN 'write' THEN r.can_write ELSE FALSE END
                     FROM users u JOIN roles r ON r.code = u.role WHERE u.id = deskcrm_session_user_id()), FALSE)
$$;

-- What RowSecurity::ensure last installed (a fingerprint of its statements): it does nothing while they match.
CREATE TABLE row_security_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL,
    installed_at TIMESTAMPTZ
);
INSERT INTO row_security_state (id, fingerprint) VALUES (1, '');
-- @end
