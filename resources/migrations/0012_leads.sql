-- DeskCRM schema v12: leads, their screening and conversion, and rule-based assignment (models/LeadModel,
-- LeadConversion, AssignmentRules). Tokens and dialect blocks as in 0001_initial.sql.

-- Reps away until a date (holiday, leave) are skipped by the assignment rules until then.
ALTER TABLE users ADD COLUMN absent_until {DATE};

-- The kind of prospect a lead is; an editable lookup list like lead_sources. Custom attributes are defined per type.
CREATE TABLE lead_types (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active {BOOL} NOT NULL DEFAULT {TRUE}
);
INSERT INTO lead_types (id, code, name, sort_order) VALUES
    (1, 'business', 'Business', 1), (2, 'individual', 'Individual', 2), (3, 'partner', 'Channel partner', 3),
    (4, 'other', 'Other', 99);

-- A prospect not yet qualified. Screening: new -> contacted -> qualified, or disqualified (with a reason);
-- converted once LeadConversion made its customer, contact (and opportunity), whose ids it keeps.
-- campaign_id: the campaign it came from, once campaigns exist (no key yet).
CREATE TABLE leads (
    id {UUID} PRIMARY KEY,
    name TEXT NOT NULL,
    company TEXT,
    title TEXT,
    phone TEXT,
    mobile TEXT,
    email TEXT,
    source_id INTEGER REFERENCES lead_sources(id),
    type_id INTEGER REFERENCES lead_types(id),
    region TEXT,
    product_interest TEXT,
    owner_id {UUID} REFERENCES users(id),
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'qualified', 'disqualified', 'converted')),
    disqualify_reason TEXT,
    notes TEXT,
    converted_at {TS},
    converted_customer_id {UUID} REFERENCES customers(id),
    converted_contact_id {UUID} REFERENCES contacts(id),
    converted_opportunity_id {UUID} REFERENCES opportunities(id),
    campaign_id {UUID},
    external_id TEXT,
    {META},
    CHECK ((status = 'converted') = (converted_at IS NOT NULL))
);
CREATE INDEX ix_leads_name ON leads(name COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_leads_company ON leads(company COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_leads_status ON leads(status, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_leads_source ON leads(source_id, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_leads_region ON leads(region, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_leads_owner ON leads(owner_id, status, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_leads_created ON leads(created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_leads_updated ON leads(updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_leads_deleted ON leads(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX ix_leads_unassigned ON leads(created_at, id) WHERE deleted_at IS NULL AND owner_id IS NULL;
CREATE INDEX ix_leads_external ON leads(external_id) WHERE external_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX ix_leads_converted_customer ON leads(converted_customer_id) WHERE converted_customer_id IS NOT NULL;
CREATE INDEX ix_leads_converted_contact ON leads(converted_contact_id) WHERE converted_contact_id IS NOT NULL;
CREATE INDEX ix_leads_converted_opportunity ON leads(converted_opportunity_id) WHERE converted_opportunity_id IS NOT NULL;

-- Assignment rules, generic over the record kind they route (entity: 'lead' now, service tickets later), evaluated
-- top-down by sort_order. conditions: a JSON array of {"field", "op", "value"} over the record's fields, all of
-- which must hold (an empty array always matches). The target is one rep, or a team whose active, present reps
-- take turns (round_robin) or the one with the fewest open records gets it (fewest_open). open_cap: reps with
-- that many open records are skipped.
CREATE TABLE assignment_rules (
    id {UUID} PRIMARY KEY,
    entity TEXT NOT NULL DEFAULT 'lead',
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active {BOOL} NOT NULL DEFAULT {TRUE},
    conditions TEXT NOT NULL DEFAULT '[]',
    target_kind TEXT NOT NULL CHECK (target_kind IN ('user', 'team')),
    target_user_id {UUID} REFERENCES users(id),
    target_team_id {UUID} REFERENCES teams(id),
    strategy TEXT NOT NULL DEFAULT 'round_robin' CHECK (strategy IN ('round_robin', 'fewest_open')),
    open_cap INTEGER CHECK (open_cap IS NULL OR open_cap > 0),
    {META},
    CHECK ((target_kind = 'user') = (target_user_id IS NOT NULL)),
    CHECK ((target_kind = 'team') = (target_team_id IS NOT NULL))
);
CREATE INDEX ix_assignment_rules_order ON assignment_rules(entity, sort_order, id) WHERE deleted_at IS NULL;

-- Whose turn it is in a round-robin rule: one row per rule (id = the rule's id), locked while a turn is taken.
CREATE TABLE assignment_rule_state (
    id {UUID} PRIMARY KEY REFERENCES assignment_rules(id),
    last_user_id {UUID} REFERENCES users(id),
    turns BIGINT NOT NULL DEFAULT 0,
    {META}
);

-- Every change of a lead's owner, automatic or by hand: who got it from whom, the rule that fired (none for a
-- manual one), who did it and why. Written in the same transaction as the owner change; the lead shows it and the
-- notification inbox reads "a lead assigned to me" from it.
CREATE TABLE lead_assignments (
    id {UUID} PRIMARY KEY,
    lead_id {UUID} NOT NULL REFERENCES leads(id),
    owner_id {UUID} REFERENCES users(id),
    previous_owner_id {UUID} REFERENCES users(id),
    rule_id {UUID} REFERENCES assignment_rules(id),
    assigned_by {UUID} REFERENCES users(id),
    reason TEXT,
    assigned_at {TS} NOT NULL,
    {META}
);
CREATE INDEX ix_lead_assignments_lead ON lead_assignments(lead_id, assigned_at);
CREATE INDEX ix_lead_assignments_owner ON lead_assignments(owner_id, assigned_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_lead_assignments_rule ON lead_assignments(rule_id) WHERE rule_id IS NOT NULL;

-- Follow-ups of a lead: an interaction belongs to a customer or, before conversion, to a lead (conversion moves it
-- to the new customer). SQLite cannot drop a NOT NULL, so the table is rebuilt there (new table, copy, drop, rename;
-- its indexes and triggers made again as 0001-0008 made them).
-- @sqlite
CREATE TABLE interactions_v12 (
    id TEXT PRIMARY KEY,
    customer_id TEXT REFERENCES customers(id),
    contact_id TEXT REFERENCES contacts(id),
    opportunity_id TEXT REFERENCES opportunities(id),
    occurred_at TEXT NOT NULL,
    channel_id INTEGER REFERENCES interaction_channels(id),
    type_id INTEGER REFERENCES interaction_types(id),
    subject TEXT NOT NULL,
    content TEXT,
    result TEXT,
    next_follow_up TEXT,
    author_id TEXT REFERENCES users(id),
    {META},
    external_id TEXT,
    lead_id TEXT REFERENCES leads(id),
    CHECK (customer_id IS NOT NULL OR lead_id IS NOT NULL)
);
INSERT INTO interactions_v12 (rowid, id, customer_id, contact_id, opportunity_id, occurred_at, channel_id, type_id, subject, content, result, next_follow_up, author_id, created_at, created_by, updated_at, updated_by, version, deleted_at, external_id)
    SELECT rowid, id, customer_id, contact_id, opportunity_id, occurred_at, channel_id, type_id, subject, content, result, next_follow_up, author_id, created_at, created_by, updated_at, updated_by, version, deleted_at, external_id FROM interactions;
DROP TABLE interactions;
ALTER TABLE interactions_v12 RENAME TO interactions;
CREATE INDEX ix_interactions_customer ON interactions(customer_id, occurred_at);
CREATE INDEX ix_interactions_opportunity ON interactions(opportunity_id);
CREATE INDEX ix_interactions_contact ON interactions(contact_id);
CREATE INDEX ix_interactions_occurred ON interactions(occurred_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_interactions_author ON interactions(author_id, occurred_at) WHERE deleted_at IS NULL;
CREATE INDEX ix_interactions_subject ON interactions(subject COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_interactions_next ON interactions(next_follow_up, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_interactions_deleted ON interactions(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX ix_interactions_external ON interactions(external_id) WHERE external_id IS NOT NULL AND deleted_at IS NULL;
CREATE TRIGGER report_interactions_ai AFTER INSERT ON interactions WHEN NEW.deleted_at IS NULL BEGIN
    INSERT INTO report_activity_summary (bucket, author_id, channel_id, interactions)
    VALUES (CAST(MAX(strftime('%Y%m%d', NEW.occurred_at, 'weekday 0', '-6 days'), strftime('%Y%m01', NEW.occurred_at)) AS INTEGER),
            COALESCE(NEW.author_id, '00000000-0000-0000-0000-000000000000'), COALESCE(NEW.channel_id, 0), 1)
    ON CONFLICT (bucket, author_id, channel_id) DO UPDATE SET interactions = interactions + excluded.interactions;
END;
CREATE TRIGGER report_interactions_au AFTER UPDATE OF occurred_at, author_id, channel_id, deleted_at ON interactions BEGIN
    INSERT INTO report_activity_summary (bucket, author_id, channel_id, interactions)
    SELECT CAST(MAX(strftime('%Y%m%d', OLD.occurred_at, 'weekday 0', '-6 days'), strftime('%Y%m01', OLD.occurred_at)) AS INTEGER),
           COALESCE(OLD.author_id, '00000000-0000-0000-0000-000000000000'), COALESCE(OLD.channel_id, 0), -1
    WHERE OLD.deleted_at IS NULL
    ON CONFLICT (bucket, author_id, channel_id) DO UPDATE SET interactions = interactions + excluded.interactions;
    INSERT INTO report_activity_summary (bucket, author_id, channel_id, interactions)
    SELECT CAST(MAX(strftime('%Y%m%d', NEW.occurred_at, 'weekday 0', '-6 days'), strftime('%Y%m01', NEW.occurred_at)) AS INTEGER),
           COALESCE(NEW.author_id, '00000000-0000-0000-0000-000000000000'), COALESCE(NEW.channel_id, 0), 1
    WHERE NEW.deleted_at IS NULL
    ON CONFLICT (bucket, author_id, channel_id) DO UPDATE SET interactions = interactions + excluded.interactions;
END;
CREATE TRIGGER report_interactions_ad AFTER DELETE ON interactions WHEN OLD.deleted_at IS NULL BEGIN
    INSERT INTO report_activity_summary (bucket, author_id, channel_id, interactions)
    VALUES (CAST(MAX(strftime('%Y%m%d', OLD.occurred_at, 'weekday 0', '-6 days'), strftime('%Y%m01', OLD.occurred_at)) AS INTEGER),
            COALESCE(OLD.author_id, '00000000-0000-0000-0000-000000000000'), COALESCE(OLD.channel_id, 0), -1)
    ON CONFLICT (bucket, author_id, channel_id) DO UPDATE SET interactions = interactions + excluded.interactions;
END;
-- @end
-- @postgresql
ALTER TABLE interactions ALTER COLUMN customer_id DROP NOT NULL;
ALTER TABLE interactions ADD COLUMN lead_id UUID REFERENCES leads(id);
ALTER TABLE interactions ADD CONSTRAINT interactions_customer_or_lead CHECK (customer_id IS NOT NULL OR lead_id IS NOT NULL);
-- @end
CREATE INDEX ix_interactions_lead ON interactions(lead_id, occurred_at) WHERE lead_id IS NOT NULL;
