-- DeskCRM schema v3: names sort in pinyin order. Tokens and dialect blocks as in 0001_initial.sql.
--
-- The collation deskcrm_name orders Chinese by pinyin and Latin alphabetically, as ICU's "zh" collation
-- does, whatever language the program shows (models/NameCollation.h). PostgreSQL gets it as an ICU
-- collation here; SQLite connections register it themselves (QCollator) before they run any statement.
-- The list indexes of the text columns people sort by are rebuilt in it, replacing the binary-order
-- ones of 0001 under the same names: lists sort by `col COLLATE deskcrm_name, id` (models/ListSpec.cpp)
-- and seek through these indexes, so ORDER BY, keyset comparisons and index share one collation.

-- A server built without ICU falls back to code-point order (the order before this version) instead of
-- refusing the upgrade.
-- @postgresql
DO $$ BEGIN CREATE COLLATION IF NOT EXISTS deskcrm_name (provider = icu, locale = 'zh'); EXCEPTION WHEN feature_not_supported THEN CREATE COLLATION IF NOT EXISTS deskcrm_name FROM "C"; END $$;
-- @end

DROP INDEX ix_customers_name;
CREATE INDEX ix_customers_name ON customers(name COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;
DROP INDEX ix_customers_company;
CREATE INDEX ix_customers_company ON customers(company COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;
DROP INDEX ix_customers_city;
CREATE INDEX ix_customers_city ON customers(city COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;
DROP INDEX ix_contacts_name;
CREATE INDEX ix_contacts_name ON contacts(name COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;
DROP INDEX ix_interactions_subject;
CREATE INDEX ix_interactions_subject ON interactions(subject COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;
DROP INDEX ix_opportunities_name;
CREATE INDEX ix_opportunities_name ON opportunities(name COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;
DROP INDEX ix_tasks_title;
CREATE INDEX ix_tasks_title ON tasks(title COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;
