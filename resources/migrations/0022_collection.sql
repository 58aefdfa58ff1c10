-- DeskCRM schema v22: delivery, invoices and payment collection (issue 13, second slice). Tokens and dialect blocks
-- as in 0001_initial.sql. Money is integer minor units in the contract's currency, never converted.

-- Reusable payment terms: percent and fixed lines plus exactly one balance line that takes what is left (the
-- rounding remainder included); PaymentTerms checks the shape before a term is saved.
CREATE TABLE payment_terms (
    id {UUID} PRIMARY KEY,
    name TEXT NOT NULL,
    active {BOOL} NOT NULL DEFAULT {TRUE},
    {META}
);
CREATE TABLE payment_term_lines (
    id {UUID} PRIMARY KEY,
    term_id {UUID} NOT NULL REFERENCES payment_terms(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('percent', 'fixed', 'balance')),
    -- percent: basis points of the total (3000 = 30 %); fixed: minor units; balance: 0
    value BIGINT NOT NULL DEFAULT 0 CHECK (value >= 0),
    days_after INTEGER NOT NULL DEFAULT 0,
    condition TEXT,
    {META}
);
CREATE INDEX ix_payment_term_lines_term ON payment_term_lines(term_id, position) WHERE deleted_at IS NULL;

-- What a contract's customer pays and when. paid_minor is kept by PaymentCollection in the write that allocates.
CREATE TABLE payment_instalments (
    id {UUID} PRIMARY KEY,
    contract_id {UUID} NOT NULL REFERENCES contracts(id),
    position INTEGER NOT NULL,
    due_date {DATE} NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
    paid_minor BIGINT NOT NULL DEFAULT 0,
    condition TEXT,
    {META}
);
CREATE INDEX ix_payment_instalments_contract ON payment_instalments(contract_id, position) WHERE deleted_at IS NULL;
-- The receivables page and its ageing walk open instalments by due date.
CREATE INDEX ix_payment_instalments_open ON payment_instalments(due_date, id)
    WHERE deleted_at IS NULL AND paid_minor < amount_minor;

-- Invoices and credit notes. A credit note (kind 'credit_note') offsets an invoice (credited_invoice_id) instead of
-- a sent invoice being edited; its total is positive and counts against the invoice.
CREATE TABLE invoices (
    id {UUID} PRIMARY KEY,
    number TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note')),
    contract_id {UUID} NOT NULL REFERENCES contracts(id),
    customer_id {UUID} NOT NULL REFERENCES customers(id),
    credited_invoice_id {UUID} REFERENCES invoices(id),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'cancelled')),
    issued_on {DATE} NOT NULL,
    due_date {DATE},
    notes TEXT,
    subtotal_minor BIGINT NOT NULL DEFAULT 0,
    discount_minor BIGINT NOT NULL DEFAULT 0,
    tax_minor BIGINT NOT NULL DEFAULT 0,
    total_minor BIGINT NOT NULL DEFAULT 0,
    paid_minor BIGINT NOT NULL DEFAULT 0,
    credited_minor BIGINT NOT NULL DEFAULT 0,
    owner_id {UUID} REFERENCES users(id),
    {META}
);
CREATE UNIQUE INDEX ux_invoices_number ON invoices(number);
CREATE INDEX ix_invoices_contract ON invoices(contract_id, issued_on) WHERE deleted_at IS NULL;
CREATE INDEX ix_invoices_customer ON invoices(customer_id, issued_on) WHERE deleted_at IS NULL;
CREATE INDEX ix_invoices_owner ON invoices(owner_id, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_invoices_credited ON invoices(credited_invoice_id) WHERE deleted_at IS NULL;

-- An invoice's lines: the columns of contract_lines (DocumentLines reads and writes them), plus the contract line
-- they invoice, so partial invoicing knows what is left.
CREATE TABLE invoice_lines (
    id {UUID} PRIMARY KEY,
    invoice_id {UUID} NOT NULL REFERENCES invoices(id),
    contract_line_id {UUID} REFERENCES contract_lines(id),
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
CREATE INDEX ix_invoice_lines_invoice ON invoice_lines(invoice_id, position) WHERE deleted_at IS NULL;
CREATE INDEX ix_invoice_lines_contract_line ON invoice_lines(contract_line_id) WHERE deleted_at IS NULL;

-- Money received from a customer, in one currency. What is not allocated is the customer's credit in that currency.
CREATE TABLE receipts (
    id {UUID} PRIMARY KEY,
    customer_id {UUID} NOT NULL REFERENCES customers(id),
    contract_id {UUID} REFERENCES contracts(id),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    received_on {DATE} NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    allocated_minor BIGINT NOT NULL DEFAULT 0,
    method TEXT NOT NULL DEFAULT 'bank_transfer'
        CHECK (method IN ('bank_transfer', 'cash', 'cheque', 'card', 'alipay', 'wechat_pay', 'other')),
    account TEXT,
    handled_by_id {UUID} REFERENCES users(id),
    reference TEXT,
    notes TEXT,
    owner_id {UUID} REFERENCES users(id),
    {META}
);
CREATE INDEX ix_receipts_customer ON receipts(customer_id, currency, received_on) WHERE deleted_at IS NULL;
CREATE INDEX ix_receipts_contract ON receipts(contract_id, received_on) WHERE deleted_at IS NULL;
CREATE INDEX ix_receipts_received ON receipts(received_on, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_receipts_owner ON receipts(owner_id, id) WHERE deleted_at IS NULL;

-- One piece of a receipt settling an instalment, an invoice, or both (money paid against an invoice also settles the
-- contract's open instalments, so each piece of money is counted once for the contract).
CREATE TABLE receipt_allocations (
    id {UUID} PRIMARY KEY,
    receipt_id {UUID} NOT NULL REFERENCES receipts(id),
    instalment_id {UUID} REFERENCES payment_instalments(id),
    invoice_id {UUID} REFERENCES invoices(id),
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    {META},
    CHECK (instalment_id IS NOT NULL OR invoice_id IS NOT NULL)
);
CREATE INDEX ix_receipt_allocations_receipt ON receipt_allocations(receipt_id) WHERE deleted_at IS NULL;
CREATE INDEX ix_receipt_allocations_instalment ON receipt_allocations(instalment_id) WHERE deleted_at IS NULL;
CREATE INDEX ix_receipt_allocations_invoice ON receipt_allocations(invoice_id) WHERE deleted_at IS NULL;

-- Deliveries: which contract lines, how many, when, with which tracking number.
CREATE TABLE shipments (
    id {UUID} PRIMARY KEY,
    contract_id {UUID} NOT NULL REFERENCES contracts(id),
    shipped_on {DATE} NOT NULL,
    carrier TEXT,
    tracking_number TEXT,
    notes TEXT,
    {META}
);
CREATE INDEX ix_shipments_contract ON shipments(contract_id, shipped_on) WHERE deleted_at IS NULL;
CREATE TABLE shipment_lines (
    id {UUID} PRIMARY KEY,
    shipment_id {UUID} NOT NULL REFERENCES shipments(id),
    contract_line_id {UUID} NOT NULL REFERENCES contract_lines(id),
    quantity_milli BIGINT NOT NULL CHECK (quantity_milli > 0),
    {META}
);
CREATE INDEX ix_shipment_lines_shipment ON shipment_lines(shipment_id) WHERE deleted_at IS NULL;
CREATE INDEX ix_shipment_lines_contract_line ON shipment_lines(contract_line_id) WHERE deleted_at IS NULL;

-- What a contract has planned, invoiced, credited and collected, kept in the writes that change them and
-- recomputed by `deskcrm-cli check`.
ALTER TABLE contracts ADD COLUMN planned_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE contracts ADD COLUMN invoiced_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE contracts ADD COLUMN credited_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE contracts ADD COLUMN paid_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE contracts ADD COLUMN delivery_status TEXT NOT NULL DEFAULT 'none'
    CHECK (delivery_status IN ('none', 'partial', 'delivered'));

-- Files attached to a contract (the signed contract, drawings ...), kept in the database in chunks so neither side
-- holds a whole file in memory; sha256 of the whole file is kept so a changed file is noticed. The chunks are never
-- audited (AuditTriggers::localOnlyTables): the audit keeps the attachment row, never a copy of the file's bytes.
CREATE TABLE attachments (
    id {UUID} PRIMARY KEY,
    contract_id {UUID} NOT NULL REFERENCES contracts(id),
    file_name TEXT NOT NULL,
    mime_type TEXT,
    size_bytes BIGINT NOT NULL DEFAULT 0,
    sha256 TEXT,
    {META}
);
CREATE INDEX ix_attachments_contract ON attachments(contract_id, file_name) WHERE deleted_at IS NULL;
-- @sqlite
CREATE TABLE attachment_chunks (
    id {UUID} PRIMARY KEY,
    attachment_id {UUID} NOT NULL REFERENCES attachments(id),
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    {META}
);
-- @end
-- @postgresql
CREATE TABLE attachment_chunks (
    id {UUID} PRIMARY KEY,
    attachment_id {UUID} NOT NULL REFERENCES attachments(id),
    seq INTEGER NOT NULL,
    data BYTEA NOT NULL,
    {META}
);
-- @end
CREATE UNIQUE INDEX ux_attachment_chunks ON attachment_chunks(attachment_id, seq);

INSERT INTO document_counters (id, kind, pattern, created_at, updated_at) VALUES
    ('00000000-0000-7000-8000-000000002201', 'invoice', 'INV{YYYY}-{NNNNN}', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000002202', 'credit_note', 'CN{YYYY}-{NNNN}', {NOW}, {NOW});

INSERT INTO payment_terms (id, name, created_at, updated_at) VALUES
    ('00000000-0000-7000-8000-000000002210', '30 / 60 / 10', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000002211', '100 % in 30 days', {NOW}, {NOW});
INSERT INTO payment_term_lines (id, term_id, position, kind, value, days_after, condition, created_at, updated_at)
VALUES
    ('00000000-0000-7000-8000-000000002212', '00000000-0000-7000-8000-000000002210', 1, 'percent', 3000, 0,
     'on signing', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000002213', '00000000-0000-7000-8000-000000002210', 2, 'percent', 6000, 30,
     'on delivery', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000002214', '00000000-0000-7000-8000-000000002210', 3, 'balance', 0, 90,
     'on acceptance', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000002215', '00000000-0000-7000-8000-000000002211', 1, 'balance', 0, 30, NULL,
     {NOW}, {NOW});

-- Finance sees every receipt, as it sees every contract and invoice (0016 named the table 'payments' ahead of it).
INSERT INTO role_visibility (role_code, entity, level) VALUES ('finance', 'receipts', 'all');
