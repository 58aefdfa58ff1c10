-- DeskCRM schema v1: one logical schema for SQLite and PostgreSQL.
-- Tokens in braces are replaced per dialect by SchemaMigrator ({UUID}, {TS}, {DATE}, {BOOL}, {TRUE},
-- {FALSE}, {META}); blocks between "-- @sqlite"/"-- @postgresql" and "-- @end" run on one dialect only.
-- Every user table carries the row metadata of DESIGN.md ({META}) and a client-made UUID key.
-- List indexes are partial (deleted_at IS NULL) and end in id, so keyset paging can seek on them.

CREATE TABLE users (
    id {UUID} PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT,
    role TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'lead', 'admin')),
    team_id {UUID},
    active {BOOL} NOT NULL DEFAULT {TRUE},
    {META}
);

CREATE TABLE teams (
    id {UUID} PRIMARY KEY,
    name TEXT NOT NULL,
    {META}
);

-- Lookup lists keep integer keys (DESIGN.md allows it); code is stable, name is what users see.
CREATE TABLE industries (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active {BOOL} NOT NULL DEFAULT {TRUE}
);

CREATE TABLE lead_sources (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active {BOOL} NOT NULL DEFAULT {TRUE}
);

CREATE TABLE interaction_channels (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active {BOOL} NOT NULL DEFAULT {TRUE}
);

CREATE TABLE interaction_types (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active {BOOL} NOT NULL DEFAULT {TRUE}
);

CREATE TABLE customers (
    id {UUID} PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'organization' CHECK (kind IN ('organization', 'person')),
    company TEXT,
    industry_id INTEGER REFERENCES industries(id),
    company_size INTEGER CHECK (company_size IS NULL OR company_size >= 0),
    phone TEXT,
    email TEXT,
    website TEXT,
    address TEXT,
    city TEXT,
    region TEXT,
    country TEXT,
    value_tier TEXT CHECK (value_tier IS NULL OR value_tier IN ('A', 'B', 'C')),
    status TEXT NOT NULL DEFAULT 'prospect' CHECK (status IN ('prospect', 'active', 'inactive')),
    lead_source_id INTEGER REFERENCES lead_sources(id),
    owner_id {UUID} REFERENCES users(id),
    notes TEXT,
    background TEXT,
    {META}
);

CREATE TABLE contacts (
    id {UUID} PRIMARY KEY,
    customer_id {UUID} NOT NULL REFERENCES customers(id),
    name TEXT NOT NULL,
    title TEXT,
    phone TEXT,
    mobile TEXT,
    email TEXT,
    is_primary {BOOL} NOT NULL DEFAULT {FALSE},
    notes TEXT,
    {META}
);

CREATE TABLE pipeline_stages (
    id {UUID} PRIMARY KEY,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    is_won {BOOL} NOT NULL DEFAULT {FALSE},
    is_lost {BOOL} NOT NULL DEFAULT {FALSE},
    {META},
    CHECK (NOT (is_won AND is_lost))
);

CREATE TABLE opportunities (
    id {UUID} PRIMARY KEY,
    name TEXT NOT NULL,
    customer_id {UUID} NOT NULL REFERENCES customers(id),
    contact_id {UUID} REFERENCES contacts(id),
    amount_minor BIGINT NOT NULL DEFAULT 0 CHECK (amount_minor >= 0),
    currency TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    expected_close {DATE},
    actual_close {DATE},
    stage_id {UUID} NOT NULL REFERENCES pipeline_stages(id),
    probability INTEGER NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 100),
    stage_entered_at {TS},
    position DOUBLE PRECISION NOT NULL DEFAULT 0,
    owner_id {UUID} REFERENCES users(id),
    lead_source_id INTEGER REFERENCES lead_sources(id),
    budget TEXT,
    timeline TEXT,
    need TEXT,
    competitors TEXT,
    lost_reason TEXT,
    notes TEXT,
    {META}
);

CREATE TABLE stage_history (
    id {UUID} PRIMARY KEY,
    opportunity_id {UUID} NOT NULL REFERENCES opportunities(id),
    from_stage_id {UUID} REFERENCES pipeline_stages(id),
    to_stage_id {UUID} NOT NULL REFERENCES pipeline_stages(id),
    changed_by {UUID} REFERENCES users(id),
    changed_at {TS} NOT NULL,
    note TEXT,
    {META}
);

CREATE TABLE interactions (
    id {UUID} PRIMARY KEY,
    customer_id {UUID} NOT NULL REFERENCES customers(id),
    contact_id {UUID} REFERENCES contacts(id),
    opportunity_id {UUID} REFERENCES opportunities(id),
    occurred_at {TS} NOT NULL,
    channel_id INTEGER REFERENCES interaction_channels(id),
    type_id INTEGER REFERENCES interaction_types(id),
    subject TEXT NOT NULL,
    content TEXT,
    result TEXT,
    next_follow_up {DATE},
    author_id {UUID} REFERENCES users(id),
    {META}
);

CREATE TABLE tasks (
    id {UUID} PRIMARY KEY,
    title TEXT NOT NULL,
    owner_id {UUID} REFERENCES users(id),
    due_date {DATE},
    priority INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 3),
    status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'done')),
    customer_id {UUID} REFERENCES customers(id),
    opportunity_id {UUID} REFERENCES opportunities(id),
    notes TEXT,
    reminder_at {TS},
    completed_at {TS},
    position DOUBLE PRECISION NOT NULL DEFAULT 0,
    {META}
);

CREATE TABLE tags (
    id {UUID} PRIMARY KEY,
    name TEXT NOT NULL,
    color TEXT,
    {META}
);

CREATE TABLE customer_tags (
    id {UUID} PRIMARY KEY,
    customer_id {UUID} NOT NULL REFERENCES customers(id),
    tag_id {UUID} NOT NULL REFERENCES tags(id),
    {META}
);

-- Indexes for list sorting (keyset: sort column, then id), filters and chart queries.
CREATE UNIQUE INDEX ux_tags_name ON tags(name) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX ux_customer_tags ON customer_tags(customer_id, tag_id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customer_tags_tag ON customer_tags(tag_id, customer_id) WHERE deleted_at IS NULL;

CREATE INDEX ix_customers_name ON customers(name, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_company ON customers(company, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_city ON customers(city, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_phone ON customers(phone, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_email ON customers(email, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_industry ON customers(industry_id, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_tier ON customers(value_tier, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_status ON customers(status, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_owner ON customers(owner_id, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_created ON customers(created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_updated ON customers(updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_deleted ON customers(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX ix_contacts_customer ON contacts(customer_id);
CREATE INDEX ix_contacts_name ON contacts(name, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_contacts_email ON contacts(email, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_contacts_updated ON contacts(updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_contacts_deleted ON contacts(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX ix_interactions_customer ON interactions(customer_id, occurred_at);
CREATE INDEX ix_interactions_opportunity ON interactions(opportunity_id);
CREATE INDEX ix_interactions_contact ON interactions(contact_id);
CREATE INDEX ix_interactions_occurred ON interactions(occurred_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_interactions_author ON interactions(author_id, occurred_at) WHERE deleted_at IS NULL;
CREATE INDEX ix_interactions_subject ON interactions(subject, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_interactions_next ON interactions(next_follow_up, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_interactions_deleted ON interactions(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX ix_opportunities_customer ON opportunities(customer_id);
CREATE INDEX ix_opportunities_contact ON opportunities(contact_id);
CREATE INDEX ix_opportunities_name ON opportunities(name, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_opportunities_stage ON opportunities(stage_id, position, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_opportunities_amount ON opportunities(amount_minor, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_opportunities_close ON opportunities(expected_close, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_opportunities_owner ON opportunities(owner_id, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_opportunities_updated ON opportunities(updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_opportunities_deleted ON opportunities(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE INDEX ix_stage_history_opportunity ON stage_history(opportunity_id, changed_at);
CREATE INDEX ix_stage_history_changed ON stage_history(changed_at, to_stage_id);
CREATE INDEX ix_stage_history_from ON stage_history(from_stage_id);
CREATE INDEX ix_stage_history_to ON stage_history(to_stage_id);

CREATE INDEX ix_tasks_customer ON tasks(customer_id);
CREATE INDEX ix_tasks_opportunity ON tasks(opportunity_id);
CREATE INDEX ix_tasks_title ON tasks(title, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_tasks_due ON tasks(due_date, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_tasks_status ON tasks(status, position, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_tasks_priority ON tasks(priority, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_tasks_owner ON tasks(owner_id, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_tasks_deleted ON tasks(deleted_at) WHERE deleted_at IS NOT NULL;

-- Substring search without a scan per keystroke: FTS5 trigram on SQLite, pg_trgm GIN on PostgreSQL.
-- @sqlite
CREATE VIRTUAL TABLE customers_fts USING fts5(name, company, email, phone, content='customers', content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts(rowid, name, company, email, phone) VALUES (new.rowid, new.name, new.company, new.email, new.phone);
END;
CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, name, company, email, phone) VALUES ('delete', old.rowid, old.name, old.company, old.email, old.phone);
END;
CREATE TRIGGER customers_fts_au AFTER UPDATE OF name, company, email, phone ON customers BEGIN
    INSERT INTO customers_fts(customers_fts, rowid, name, company, email, phone) VALUES ('delete', old.rowid, old.name, old.company, old.email, old.phone);
    INSERT INTO customers_fts(rowid, name, company, email, phone) VALUES (new.rowid, new.name, new.company, new.email, new.phone);
END;
-- @end
-- @postgresql
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_customers_search ON customers USING gin ((coalesce(name, '') || ' ' || coalesce(company, '') || ' ' || coalesce(email, '') || ' ' || coalesce(phone, '')) gin_trgm_ops);
-- @end

-- Seed lookup lists and the default pipeline. Names are English source strings; the program shows
-- them translated by code while a user has not renamed them.
INSERT INTO industries (id, code, name, sort_order) VALUES
    (1, 'technology', 'Technology', 1), (2, 'manufacturing', 'Manufacturing', 2), (3, 'retail', 'Retail', 3),
    (4, 'finance', 'Finance', 4), (5, 'healthcare', 'Healthcare', 5), (6, 'education', 'Education', 6),
    (7, 'logistics', 'Logistics', 7), (8, 'energy', 'Energy', 8), (9, 'real_estate', 'Real estate', 9),
    (10, 'telecom', 'Telecommunications', 10), (11, 'government', 'Government', 11), (12, 'other', 'Other', 99);
INSERT INTO lead_sources (id, code, name, sort_order) VALUES
    (1, 'trade_show', 'Trade show', 1), (2, 'website', 'Website', 2), (3, 'social_media', 'Social media', 3),
    (4, 'referral', 'Referral', 4), (5, 'campaign', 'Campaign', 5), (6, 'cold_call', 'Cold call', 6), (7, 'other', 'Other', 99);
INSERT INTO interaction_channels (id, code, name, sort_order) VALUES
    (1, 'phone', 'Phone', 1), (2, 'email', 'E-mail', 2), (3, 'meeting', 'Meeting', 3), (4, 'visit', 'Visit', 4),
    (5, 'im', 'Social / IM', 5);
INSERT INTO interaction_types (id, code, name, sort_order) VALUES
    (1, 'pre_sales', 'Pre-sales consultation', 1), (2, 'follow_up', 'Sales follow-up', 2), (3, 'complaint', 'Complaint', 3),
    (4, 'after_sales', 'After-sales care', 4), (5, 'other', 'Other', 99);
INSERT INTO pipeline_stages (id, name, sort_order, probability, is_won, is_lost, created_at, updated_at) VALUES
    ('00000000-0000-7000-8000-000000000001', 'Potential', 1, 10, {FALSE}, {FALSE}, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000000002', 'Intent', 2, 30, {FALSE}, {FALSE}, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000000003', 'Negotiating', 3, 60, {FALSE}, {FALSE}, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000000004', 'Deciding', 4, 80, {FALSE}, {FALSE}, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000000005', 'Won', 5, 100, {TRUE}, {FALSE}, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000000006', 'Lost', 6, 0, {FALSE}, {TRUE}, {NOW}, {NOW});
