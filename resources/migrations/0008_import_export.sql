-- DeskCRM schema v8: what bringing a team's data in and out needs.
-- Tokens and dialect blocks as in 0001_initial.sql.

-- The id a record had in the system it was imported from: re-importing the same file updates the rows
-- it made instead of adding them again. Not unique: two source systems may use the same ids.
ALTER TABLE customers ADD COLUMN external_id TEXT;
ALTER TABLE contacts ADD COLUMN external_id TEXT;
ALTER TABLE interactions ADD COLUMN external_id TEXT;
ALTER TABLE opportunities ADD COLUMN external_id TEXT;
ALTER TABLE tasks ADD COLUMN external_id TEXT;
CREATE INDEX ix_customers_external ON customers(external_id) WHERE external_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX ix_contacts_external ON contacts(external_id) WHERE external_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX ix_interactions_external ON interactions(external_id) WHERE external_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX ix_opportunities_external ON opportunities(external_id) WHERE external_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX ix_tasks_external ON tasks(external_id) WHERE external_id IS NOT NULL AND deleted_at IS NULL;

-- Company facts a CRM account list carries: the parent company (a subsidiary's group), the founding year and
-- the annual revenue (money: minor units and currency, as everywhere).
ALTER TABLE customers ADD COLUMN parent_id {UUID} REFERENCES customers(id);
ALTER TABLE customers ADD COLUMN year_established INTEGER CHECK (year_established IS NULL OR year_established BETWEEN 1000 AND 9999);
ALTER TABLE customers ADD COLUMN annual_revenue_minor BIGINT CHECK (annual_revenue_minor IS NULL OR annual_revenue_minor >= 0);
ALTER TABLE customers ADD COLUMN annual_revenue_currency TEXT CHECK (annual_revenue_currency IS NULL OR length(annual_revenue_currency) = 3);
CREATE INDEX ix_customers_parent ON customers(parent_id) WHERE parent_id IS NOT NULL;

-- Teams form a tree (a regional office, the managers' teams under it) and have a manager.
ALTER TABLE teams ADD COLUMN parent_id {UUID} REFERENCES teams(id);
ALTER TABLE teams ADD COLUMN manager_id {UUID} REFERENCES users(id);
CREATE INDEX ix_teams_parent ON teams(parent_id);
CREATE INDEX ix_users_team ON users(team_id);

-- The product catalogue, as far as deals need it: what was sold, at which list price. Quotes and price lists
-- build on it (order-to-cash).
CREATE TABLE products (
    id {UUID} PRIMARY KEY,
    code TEXT,
    name TEXT NOT NULL,
    category TEXT,
    unit TEXT,
    price_minor BIGINT CHECK (price_minor IS NULL OR price_minor >= 0),
    currency TEXT CHECK (currency IS NULL OR length(currency) = 3),
    active {BOOL} NOT NULL DEFAULT {TRUE},
    external_id TEXT,
    {META}
);
CREATE UNIQUE INDEX ux_products_name ON products(name) WHERE deleted_at IS NULL;
CREATE INDEX ix_products_code ON products(code, id) WHERE deleted_at IS NULL;

-- A deal names its product and the day it was first engaged (the day it left the first stage).
ALTER TABLE opportunities ADD COLUMN product_id {UUID} REFERENCES products(id);
ALTER TABLE opportunities ADD COLUMN engaged_on {DATE};
CREATE INDEX ix_opportunities_product ON opportunities(product_id) WHERE product_id IS NOT NULL;

-- An open deal may not have an account yet (a prospect met at a fair); closing it as won needs one, which
-- the program checks (OpportunityModel, PipelineService). PostgreSQL drops the constraint; SQLite cannot alter
-- a column, so the table's stored definition loses NOT NULL on that one column — SQLite's documented way to
-- remove a NOT NULL constraint, which leaves the stored rows, indexes and triggers as they are. RESET makes
-- this connection read the schema again at once; the DDL after it bumps the schema cookie for every other one.
-- @sqlite
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql, 'customer_id TEXT NOT NULL REFERENCES customers(id)', 'customer_id TEXT REFERENCES customers(id)')
    WHERE type = 'table' AND name = 'opportunities';
PRAGMA writable_schema = RESET;
-- @end
-- @postgresql
ALTER TABLE opportunities ALTER COLUMN customer_id DROP NOT NULL;
-- @end

-- Who took which data out, and when: exporting is a permission-sensitive act (the team-security work reads
-- this table). Kept on SQLite too.
CREATE TABLE export_log (
    id {UUID} PRIMARY KEY,
    user_id {UUID} REFERENCES users(id),
    exported_at {TS} NOT NULL,
    entity TEXT NOT NULL,
    format TEXT NOT NULL,
    row_count BIGINT NOT NULL DEFAULT 0,
    filter TEXT,
    destination TEXT,
    {META}
);
CREATE INDEX ix_export_log_exported ON export_log(exported_at, id);
CREATE INDEX ix_export_log_user ON export_log(user_id, exported_at);

-- Industries an imported account list names that the first list lacked (the seeds of 0001 stay as they were).
INSERT INTO industries (id, code, name, sort_order) VALUES
    (13, 'software', 'Software', 12), (14, 'media', 'Media & entertainment', 13),
    (15, 'marketing', 'Marketing & advertising', 14), (16, 'services', 'Professional services', 15),
    (17, 'staffing', 'Staffing & recruitment', 16)
ON CONFLICT DO NOTHING;
