-- DeskCRM schema v17: products, price lists and quotes (issue 13). Tokens and dialect blocks as in 0001_initial.sql.
--
-- Money is integer minor units of the document's currency; quantities are integer thousandths of a unit
-- (quantity_milli: 1.5 kg = 1500); discount percentages and tax rates are integer basis points (12.5 % = 1250).
-- How lines and totals are computed from these is models/commerce/DocumentTotals.h, the one rule.

-- The product catalogue of 0008 (name unique, code, unit, category, list price and currency) gains what quotes need:
-- a description printed under the line and the default tax rate of its lines. Codes stay optional (imported deals
-- name products by name); ProductModel keeps the codes people type unique.
ALTER TABLE products ADD COLUMN description TEXT;
ALTER TABLE products ADD COLUMN tax_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000);
CREATE INDEX ix_products_name_list ON products(name COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_products_category ON products(category COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;

-- Price lists: one currency each, valid between two dates (either open), with optional volume prices: the price of
-- the item with the largest min_quantity_milli not above the quantity applies.
CREATE TABLE price_lists (
    id {UUID} PRIMARY KEY,
    name TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    valid_from {DATE},
    valid_to {DATE},
    active {BOOL} NOT NULL DEFAULT {TRUE},
    {META}
);
CREATE TABLE price_list_items (
    id {UUID} PRIMARY KEY,
    price_list_id {UUID} NOT NULL REFERENCES price_lists(id),
    product_id {UUID} NOT NULL REFERENCES products(id),
    min_quantity_milli BIGINT NOT NULL DEFAULT 0 CHECK (min_quantity_milli >= 0),
    unit_price_minor BIGINT NOT NULL CHECK (unit_price_minor >= 0),
    {META}
);
CREATE INDEX ix_price_list_items_product ON price_list_items(product_id, price_list_id, min_quantity_milli)
    WHERE deleted_at IS NULL;

-- The largest discount (basis points of a line's gross amount) a role may give without a team lead's approval.
CREATE TABLE discount_limits (
    id {UUID} PRIMARY KEY,
    role TEXT NOT NULL UNIQUE CHECK (role IN ('rep', 'lead', 'admin')),
    max_discount_bp INTEGER NOT NULL CHECK (max_discount_bp BETWEEN 0 AND 10000),
    {META}
);
INSERT INTO discount_limits (id, role, max_discount_bp, created_at, updated_at) VALUES
    ('00000000-0000-7000-8000-000000001701', 'rep', 1000, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000001702', 'lead', 2500, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000001703', 'admin', 10000, {NOW}, {NOW});

-- Quotes. A revision is a new row with the same number and revision + 1; the revised one keeps its lines and
-- points at its successor (superseded_by_id) and is read-only from then on. Totals are stored as computed from the
-- lines when they were saved; deskcrm-cli check recomputes them.
CREATE TABLE quotes (
    id {UUID} PRIMARY KEY,
    number TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    customer_id {UUID} NOT NULL REFERENCES customers(id),
    contact_id {UUID} REFERENCES contacts(id),
    opportunity_id {UUID} REFERENCES opportunities(id),
    title TEXT,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'accepted', 'rejected', 'expired')),
    issued_on {DATE},
    valid_until {DATE},
    terms TEXT,
    notes TEXT,
    subtotal_minor BIGINT NOT NULL DEFAULT 0,
    discount_minor BIGINT NOT NULL DEFAULT 0,
    tax_minor BIGINT NOT NULL DEFAULT 0,
    total_minor BIGINT NOT NULL DEFAULT 0,
    max_discount_bp INTEGER NOT NULL DEFAULT 0,
    previous_id {UUID} REFERENCES quotes(id),
    superseded_by_id {UUID} REFERENCES quotes(id),
    owner_id {UUID} REFERENCES users(id),
    {META}
);
CREATE UNIQUE INDEX ux_quotes_number_revision ON quotes(number, revision) WHERE deleted_at IS NULL;
CREATE INDEX ix_quotes_number ON quotes(number, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_quotes_issued ON quotes(issued_on, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_quotes_valid_until ON quotes(valid_until, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_quotes_customer ON quotes(customer_id, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_quotes_opportunity ON quotes(opportunity_id) WHERE deleted_at IS NULL;
CREATE INDEX ix_quotes_owner ON quotes(owner_id, id) WHERE deleted_at IS NULL;

-- Lines: discount_kind 'percent' (discount_value in basis points) or 'amount' (minor units off the line), or none;
-- net_minor and tax_minor as computed when saved.
CREATE TABLE quote_lines (
    id {UUID} PRIMARY KEY,
    quote_id {UUID} NOT NULL REFERENCES quotes(id),
    position INTEGER NOT NULL,
    product_id {UUID} REFERENCES products(id),
    description TEXT NOT NULL,
    unit TEXT,
    quantity_milli BIGINT NOT NULL CHECK (quantity_milli >= 0),
    unit_price_minor BIGINT NOT NULL CHECK (unit_price_minor >= 0),
    discount_kind TEXT CHECK (discount_kind IS NULL OR discount_kind IN ('percent', 'amount')),
    discount_value BIGINT NOT NULL DEFAULT 0 CHECK (discount_value >= 0),
    tax_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    net_minor BIGINT NOT NULL DEFAULT 0,
    tax_minor BIGINT NOT NULL DEFAULT 0,
    {META}
);
CREATE INDEX ix_quote_lines_quote ON quote_lines(quote_id, position) WHERE deleted_at IS NULL;
CREATE INDEX ix_quote_lines_product ON quote_lines(product_id) WHERE deleted_at IS NULL;

-- A discount above the asking user's role limit: asked for (who, when, how much), then approved or rejected by a
-- team lead or administrator (who, when). A quote with a pending or rejected request cannot be sent.
CREATE TABLE quote_approvals (
    id {UUID} PRIMARY KEY,
    quote_id {UUID} NOT NULL REFERENCES quotes(id),
    discount_bp INTEGER NOT NULL,
    limit_bp INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    requested_by {UUID} REFERENCES users(id),
    requested_at {TS} NOT NULL,
    decided_by {UUID} REFERENCES users(id),
    decided_at {TS},
    note TEXT,
    {META}
);
CREATE INDEX ix_quote_approvals_quote ON quote_approvals(quote_id, requested_at) WHERE deleted_at IS NULL;
CREATE INDEX ix_quote_approvals_pending ON quote_approvals(requested_at, id) WHERE deleted_at IS NULL AND status = 'pending';

-- Document numbers: one counter row per kind of document, locked (updated first) by the write that takes the next
-- number, so numbers are unique and gap-free per year on one database: a rolled-back write gives its number back.
-- pattern: {YYYY} the year, {YY} its last two digits, {N...} the number zero-padded to as many digits as N's.
CREATE TABLE document_counters (
    id {UUID} PRIMARY KEY,
    kind TEXT NOT NULL UNIQUE,
    pattern TEXT NOT NULL,
    year INTEGER NOT NULL DEFAULT 0,
    last_number INTEGER NOT NULL DEFAULT 0,
    {META}
);
INSERT INTO document_counters (id, kind, pattern, created_at, updated_at) VALUES
    ('00000000-0000-7000-8000-000000001711', 'quote', 'Q{YYYY}-{NNNN}', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000001712', 'contract', 'C{YYYY}-{NNNN}', {NOW}, {NOW});
