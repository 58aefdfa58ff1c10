-- DeskCRM schema v11: merging duplicate customers and contacts. Tokens and dialect blocks as in 0001_initial.sql.

-- A record merged into another stays as a tombstone (deleted_at set) that points at the record it was merged into,
-- so a laptop that synchronises later, a link kept elsewhere or an undo can follow the pointer to the survivor.
ALTER TABLE customers ADD COLUMN merged_into_id {UUID} REFERENCES customers(id);
ALTER TABLE contacts ADD COLUMN merged_into_id {UUID} REFERENCES contacts(id);
CREATE INDEX ix_customers_merged_into ON customers(merged_into_id) WHERE merged_into_id IS NOT NULL;
CREATE INDEX ix_contacts_merged_into ON contacts(merged_into_id) WHERE merged_into_id IS NOT NULL;

-- One row per merge: who merged what into which survivor, the values chosen field by field (and what the survivor
-- held before), and every related row that moved (table, column, row ids, the record it came from), so the merge
-- can be undone exactly. JSON text in both dialects; record ids are plain text here, not foreign keys, so the log
-- never takes part in a later merge's search for related rows.
CREATE TABLE merge_log (
    id {UUID} PRIMARY KEY,
    entity TEXT NOT NULL CHECK (entity IN ('customer', 'contact')),
    survivor_id TEXT NOT NULL,
    merged_ids TEXT NOT NULL,
    field_choices TEXT NOT NULL,
    moved_rows TEXT NOT NULL,
    merged_at {TS} NOT NULL,
    merged_by TEXT,
    undone_at {TS},
    {META}
);
CREATE INDEX ix_merge_log_survivor ON merge_log(survivor_id, merged_at);
CREATE INDEX ix_merge_log_merged_at ON merge_log(merged_at, id);

-- Checking one record for duplicates as it is typed or imported: the e-mail ignoring case, and the phone as digits
-- (separators dropped; DuplicateIndex looks up each written form of the number and compares the E.164 forms).
CREATE INDEX ix_customers_email_lower ON customers(lower(email)) WHERE deleted_at IS NULL AND email IS NOT NULL;
CREATE INDEX ix_contacts_email_lower ON contacts(lower(email)) WHERE deleted_at IS NULL AND email IS NOT NULL;
CREATE INDEX ix_customers_phone_digits ON customers(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', '')) WHERE deleted_at IS NULL AND phone IS NOT NULL;
CREATE INDEX ix_contacts_phone_digits ON contacts(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', '')) WHERE deleted_at IS NULL AND phone IS NOT NULL;
CREATE INDEX ix_contacts_mobile_digits ON contacts(replace(replace(replace(replace(replace(replace(mobile, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', '')) WHERE deleted_at IS NULL AND mobile IS NOT NULL;
