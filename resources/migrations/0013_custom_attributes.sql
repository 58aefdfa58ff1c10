-- DeskCRM schema v13: custom attributes (custom fields) for every kind of record. Tokens and dialect blocks as in
-- 0001_initial.sql.

-- The fields an administrator defined: per entity ("customer", "opportunity", "lead", …) and optionally per record
-- type (a lead type's code; NULL = every record of the entity). key is the field's stable name in import mappings,
-- exports, list filters and the CLI; the labels are what users read in English and in Chinese. choices (choice and
-- multichoice) is a JSON array of {"value": code, "en": label, "zh": label}. A field is never deleted while values
-- refer to it: deactivating hides it from forms and lists and keeps its values.
CREATE TABLE attribute_definitions (
    id {UUID} PRIMARY KEY,
    entity TEXT NOT NULL,
    record_type TEXT,
    key TEXT NOT NULL,
    label_en TEXT NOT NULL,
    label_zh TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('text', 'number', 'money', 'date', 'choice', 'multichoice', 'bool')),
    choices TEXT,
    currency TEXT,
    required {BOOL} NOT NULL DEFAULT {FALSE},
    position INTEGER NOT NULL DEFAULT 0,
    active {BOOL} NOT NULL DEFAULT {TRUE},
    {META}
);
CREATE UNIQUE INDEX ux_attribute_definitions_key ON attribute_definitions(entity, key) WHERE deleted_at IS NULL;
CREATE INDEX ix_attribute_definitions_entity ON attribute_definitions(entity, position, id) WHERE deleted_at IS NULL;

-- One row per record and field, in the typed column of the field's kind (text, choice: value_text; multichoice: the
-- chosen codes in value_text as ";a;b;"; number: value_number; money: value_money_minor + value_currency; date:
-- value_date; yes/no: value_bool). A cleared value keeps its row with NULLs, so a list's LEFT JOIN finds no value
-- either way and a sync sees the change as an update. record_id is not a foreign key: the same table serves every
-- entity.
--
-- List speed (issue 12: first rows of a 100,000-row list filtered or sorted by a custom field in <= 100 ms): each
-- typed index starts with attribute_id and ends in record_id, so a filter is an index range scan (a semi-join:
-- c.id IN (SELECT record_id … WHERE attribute_id = … AND value_x = ?)) and a sort walks the index in order,
-- joining each record by its key, with keyset seeks on (value_x, record_id) as the built-in columns' (col, id).
CREATE TABLE attribute_values (
    id {UUID} PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id {UUID} NOT NULL,
    attribute_id {UUID} NOT NULL REFERENCES attribute_definitions(id),
    value_text TEXT,
    value_number DOUBLE PRECISION,
    value_money_minor BIGINT,
    value_currency TEXT,
    value_date {DATE},
    value_bool {BOOL},
    {META}
);
CREATE UNIQUE INDEX ux_attribute_values_record ON attribute_values(attribute_id, record_id);
CREATE INDEX ix_attribute_values_of_record ON attribute_values(record_id);
CREATE INDEX ix_attribute_values_text ON attribute_values(attribute_id, value_text COLLATE deskcrm_name, record_id);
CREATE INDEX ix_attribute_values_number ON attribute_values(attribute_id, value_number, record_id);
CREATE INDEX ix_attribute_values_money ON attribute_values(attribute_id, value_money_minor, record_id);
CREATE INDEX ix_attribute_values_date ON attribute_values(attribute_id, value_date, record_id);
CREATE INDEX ix_attribute_values_bool ON attribute_values(attribute_id, value_bool, record_id);
