-- DeskCRM schema v18: contracts and orders made from accepted quotes (issue 13). Tokens and dialect blocks as in
-- 0001_initial.sql. The number comes from document_counters (kind 'contract', 0017): unique and gap-free per year.
CREATE TABLE contracts (
    id {UUID} PRIMARY KEY,
    number TEXT NOT NULL,
    quote_id {UUID} REFERENCES quotes(id),
    customer_id {UUID} NOT NULL REFERENCES customers(id),
    contact_id {UUID} REFERENCES contacts(id),
    opportunity_id {UUID} REFERENCES opportunities(id),
    title TEXT,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'under_approval', 'signed', 'in_delivery', 'completed', 'cancelled')),
    signatory TEXT,
    signed_on {DATE},
    start_date {DATE},
    end_date {DATE},
    terms TEXT,
    notes TEXT,
    subtotal_minor BIGINT NOT NULL DEFAULT 0,
    discount_minor BIGINT NOT NULL DEFAULT 0,
    tax_minor BIGINT NOT NULL DEFAULT 0,
    total_minor BIGINT NOT NULL DEFAULT 0,
    owner_id {UUID} REFERENCES users(id),
    {META}
);
CREATE UNIQUE INDEX ux_contracts_number ON contracts(number);
CREATE INDEX ix_contracts_number ON contracts(number, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_contracts_signed ON contracts(signed_on, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_contracts_customer ON contracts(customer_id, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_contracts_quote ON contracts(quote_id) WHERE deleted_at IS NULL;
CREATE INDEX ix_contracts_owner ON contracts(owner_id, id) WHERE deleted_at IS NULL;

-- The quote's lines, copied (never re-typed): the same columns and rule as quote_lines.
CREATE TABLE contract_lines (
    id {UUID} PRIMARY KEY,
    contract_id {UUID} NOT NULL REFERENCES contracts(id),
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
CREATE INDEX ix_contract_lines_contract ON contract_lines(contract_id, position) WHERE deleted_at IS NULL;
CREATE INDEX ix_contract_lines_product ON contract_lines(product_id) WHERE deleted_at IS NULL;
