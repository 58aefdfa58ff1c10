-- DeskCRM schema v19: after-sales service (issue 14): tickets and complaints through the eight-step workflow, the
-- allowed transitions as data, every transition logged, SLA policies and the business calendar they are counted in
-- (models/service: TicketService, TicketWorkflow, BusinessCalendar, SlaPolicies). Tokens and dialect blocks as in
-- 0001_initial.sql. Ticket numbers come from document_counters (kind 'ticket', 0017).

-- Which status a ticket may move to from which: one row per allowed step (a team shortens the workflow by
-- deactivating rows). kind NULL: the step holds for tickets and complaints alike.
-- Statuses: received → assigned → contacted → solution_proposed → customer_confirmed → in_progress → verified →
-- closed (satisfaction confirmed), plus on_hold (from any open status) and reopened (from closed). The step
-- on_hold → resumed takes a held ticket back to the status it was held in (tickets.held_status).
CREATE TABLE ticket_workflow (
    id {UUID} PRIMARY KEY,
    kind TEXT CHECK (kind IS NULL OR kind IN ('ticket', 'complaint')),
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active {BOOL} NOT NULL DEFAULT {TRUE},
    {META},
    CHECK (from_status <> to_status)
);
CREATE INDEX ix_ticket_workflow_from ON ticket_workflow(from_status, sort_order) WHERE deleted_at IS NULL;
INSERT INTO ticket_workflow (id, from_status, to_status, sort_order, created_at, updated_at) VALUES
    ('00000000-0000-7000-8000-000000190001', 'received', 'assigned', 1, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190002', 'assigned', 'contacted', 2, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190003', 'contacted', 'solution_proposed', 3, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190004', 'solution_proposed', 'customer_confirmed', 4, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190005', 'solution_proposed', 'contacted', 5, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190006', 'customer_confirmed', 'in_progress', 6, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190007', 'in_progress', 'verified', 7, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190008', 'verified', 'in_progress', 8, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190009', 'verified', 'closed', 9, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190010', 'received', 'on_hold', 20, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190011', 'assigned', 'on_hold', 21, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190012', 'contacted', 'on_hold', 22, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190013', 'solution_proposed', 'on_hold', 23, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190014', 'customer_confirmed', 'on_hold', 24, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190015', 'in_progress', 'on_hold', 25, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190016', 'verified', 'on_hold', 26, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190017', 'reopened', 'on_hold', 27, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190018', 'on_hold', 'resumed', 30, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190019', 'closed', 'reopened', 40, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190020', 'reopened', 'assigned', 41, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190021', 'reopened', 'contacted', 42, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000190022', 'reopened', 'in_progress', 43, {NOW}, {NOW});

-- One ticket or complaint. owner_id is the assignee (the assignment rules and row security read owner_id).
-- The SLA deadlines are stored (computed in business time by SlaClock when the ticket is received and on every
-- transition), so the list and the board show the SLA state of a row without reading its history: sla_hold_minutes
-- is the business time spent on hold so far (it moves both deadlines), on_hold_since/held_status while on hold.
-- first_response_minutes/resolution_minutes: the business time it took (hold excluded), stamped when reached, which the
-- service report averages without date arithmetic. A complaint that reaches 'verified' asks the customer for feedback (feedback_requested_at); its owner is reminded at
-- feedback_remind_at while no satisfaction is recorded.
CREATE TABLE tickets (
    id {UUID} PRIMARY KEY,
    number TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'ticket' CHECK (kind IN ('ticket', 'complaint')),
    subject TEXT NOT NULL,
    customer_id {UUID} NOT NULL REFERENCES customers(id),
    contact_id {UUID} REFERENCES contacts(id),
    contract_id {UUID} REFERENCES contracts(id),
    product_id {UUID} REFERENCES products(id),
    channel TEXT NOT NULL DEFAULT 'phone' CHECK (channel IN ('phone', 'email', 'visit', 'web', 'wechat')),
    category TEXT,
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    description TEXT,
    owner_id {UUID} REFERENCES users(id),
    status TEXT NOT NULL DEFAULT 'received',
    received_at {TS} NOT NULL,
    first_response_due {TS},
    resolution_due {TS},
    first_response_at {TS},
    resolved_at {TS},
    first_response_minutes INTEGER,
    resolution_minutes INTEGER,
    closed_at {TS},
    on_hold_since {TS},
    held_status TEXT,
    sla_hold_minutes INTEGER NOT NULL DEFAULT 0,
    satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    feedback TEXT,
    feedback_requested_at {TS},
    feedback_remind_at {TS},
    sla_warn_at {TS},
    {META}
);
CREATE UNIQUE INDEX ux_tickets_number ON tickets(number);
CREATE INDEX ix_tickets_number ON tickets(number, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_tickets_received ON tickets(received_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_tickets_status ON tickets(status, received_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_tickets_customer ON tickets(customer_id, received_at) WHERE deleted_at IS NULL;
CREATE INDEX ix_tickets_owner ON tickets(owner_id, status, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_tickets_owner_received ON tickets(owner_id, received_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_tickets_resolution_due ON tickets(resolution_due, id) WHERE deleted_at IS NULL AND status <> 'closed';
CREATE INDEX ix_tickets_contact ON tickets(contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX ix_tickets_contract ON tickets(contract_id) WHERE contract_id IS NOT NULL;
CREATE INDEX ix_tickets_product ON tickets(product_id) WHERE product_id IS NOT NULL;
-- The inbox's sources: tickets near or past their SLA (sla_warn_at: 80 % of the pending deadline's business time),
-- complaints whose feedback is still missing at feedback_remind_at.
CREATE INDEX ix_tickets_inbox_sla ON tickets(owner_id, sla_warn_at)
    WHERE deleted_at IS NULL AND sla_warn_at IS NOT NULL AND status NOT IN ('closed', 'on_hold');
CREATE INDEX ix_tickets_inbox_feedback ON tickets(owner_id, feedback_remind_at)
    WHERE deleted_at IS NULL AND feedback_remind_at IS NOT NULL AND satisfaction IS NULL;

-- Every status change of a ticket: from where to where, who, when and a note (the ticket's timeline).
CREATE TABLE ticket_transitions (
    id {UUID} PRIMARY KEY,
    ticket_id {UUID} NOT NULL REFERENCES tickets(id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    user_id {UUID} REFERENCES users(id),
    occurred_at {TS} NOT NULL,
    note TEXT,
    {META}
);
CREATE INDEX ix_ticket_transitions_ticket ON ticket_transitions(ticket_id, occurred_at, id);

-- The business calendar SLA time is counted in: its time zone, working hours per weekday (1 = Monday … 7 = Sunday,
-- minutes after midnight; several intervals a day allowed) and the days that differ from the week: holidays
-- (法定节假日) and make-up working days (调休) on weekends, which follow the working hours of `hours_of` (a weekday).
CREATE TABLE business_calendars (
    id {UUID} PRIMARY KEY,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    {META}
);
CREATE TABLE business_hours (
    id {UUID} PRIMARY KEY,
    calendar_id {UUID} NOT NULL REFERENCES business_calendars(id),
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    {META},
    CHECK (start_minute < end_minute)
);
CREATE INDEX ix_business_hours_calendar ON business_hours(calendar_id, weekday, start_minute) WHERE deleted_at IS NULL;
CREATE TABLE business_days (
    id {UUID} PRIMARY KEY,
    calendar_id {UUID} NOT NULL REFERENCES business_calendars(id),
    day {DATE} NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    hours_of INTEGER CHECK (hours_of IS NULL OR hours_of BETWEEN 1 AND 7),
    name TEXT,
    {META}
);
CREATE UNIQUE INDEX ux_business_days_day ON business_days(calendar_id, day) WHERE deleted_at IS NULL;

-- Time to first response and to resolution, in business minutes, per kind and priority.
CREATE TABLE sla_policies (
    id {UUID} PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('ticket', 'complaint')),
    priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    first_response_minutes INTEGER NOT NULL CHECK (first_response_minutes > 0),
    resolution_minutes INTEGER NOT NULL CHECK (resolution_minutes > 0),
    {META}
);
CREATE UNIQUE INDEX ux_sla_policies ON sla_policies(kind, priority) WHERE deleted_at IS NULL;

-- The default calendar: Monday to Friday 09:00-12:00 and 13:30-18:00, China time.
INSERT INTO business_calendars (id, name, time_zone, created_at, updated_at) VALUES
    ('00000000-0000-7000-8000-000000191000', 'Default', 'Asia/Shanghai', {NOW}, {NOW});
INSERT INTO business_hours (id, calendar_id, weekday, start_minute, end_minute, created_at, updated_at) VALUES
    ('00000000-0000-7000-8000-000000191011', '00000000-0000-7000-8000-000000191000', 1, 540, 720, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000191012', '00000000-0000-7000-8000-000000191000', 1, 810, 1080, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000191021', '00000000-0000-7000-8000-000000191000', 2, 540, 720, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000191022', '00000000-0000-7000-8000-000000191000', 2, 810, 1080, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000191031', '00000000-0000-7000-8000-000000191000', 3, 540, 720, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000191032', '00000000-0000-7000-8000-000000191000', 3, 810, 1080, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000191041', '00000000-0000-7000-8000-000000191000', 4, 540, 720, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000191042', '00000000-0000-7000-8000-000000191000', 4, 810, 1080, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000191051', '00000000-0000-7000-8000-000000191000', 5, 540, 720, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000191052', '00000000-0000-7000-8000-000000191000', 5, 810, 1080, {NOW}, {NOW});

-- The Chinese public holidays and make-up working days of 2026 (State Council notice of November 2025) and the
-- statutory holidays of 2027 (the 2027 notice with its make-up days is entered in Service settings when published).
INSERT INTO business_days (id, calendar_id, day, kind, hours_of, name, created_at, updated_at) VALUES
    ('00000000-0000-7000-8000-000000192601', '00000000-0000-7000-8000-000000191000', '2026-01-01', 'holiday', NULL, '元旦', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192602', '00000000-0000-7000-8000-000000191000', '2026-01-02', 'holiday', NULL, '元旦', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192603', '00000000-0000-7000-8000-000000191000', '2026-01-03', 'holiday', NULL, '元旦', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192604', '00000000-0000-7000-8000-000000191000', '2026-01-04', 'workday', 5, '元旦调休', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192605', '00000000-0000-7000-8000-000000191000', '2026-02-14', 'workday', 5, '春节调休', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192606', '00000000-0000-7000-8000-000000191000', '2026-02-15', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192607', '00000000-0000-7000-8000-000000191000', '2026-02-16', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192608', '00000000-0000-7000-8000-000000191000', '2026-02-17', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192609', '00000000-0000-7000-8000-000000191000', '2026-02-18', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192610', '00000000-0000-7000-8000-000000191000', '2026-02-19', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192611', '00000000-0000-7000-8000-000000191000', '2026-02-20', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192612', '00000000-0000-7000-8000-000000191000', '2026-02-21', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192613', '00000000-0000-7000-8000-000000191000', '2026-02-22', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192614', '00000000-0000-7000-8000-000000191000', '2026-02-23', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192615', '00000000-0000-7000-8000-000000191000', '2026-02-28', 'workday', 1, '春节调休', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192616', '00000000-0000-7000-8000-000000191000', '2026-04-04', 'holiday', NULL, '清明节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192617', '00000000-0000-7000-8000-000000191000', '2026-04-05', 'holiday', NULL, '清明节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192618', '00000000-0000-7000-8000-000000191000', '2026-04-06', 'holiday', NULL, '清明节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192619', '00000000-0000-7000-8000-000000191000', '2026-05-01', 'holiday', NULL, '劳动节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192620', '00000000-0000-7000-8000-000000191000', '2026-05-02', 'holiday', NULL, '劳动节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192621', '00000000-0000-7000-8000-000000191000', '2026-05-03', 'holiday', NULL, '劳动节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192622', '00000000-0000-7000-8000-000000191000', '2026-05-04', 'holiday', NULL, '劳动节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192623', '00000000-0000-7000-8000-000000191000', '2026-05-05', 'holiday', NULL, '劳动节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192624', '00000000-0000-7000-8000-000000191000', '2026-05-09', 'workday', 1, '劳动节调休', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192625', '00000000-0000-7000-8000-000000191000', '2026-06-19', 'holiday', NULL, '端午节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192626', '00000000-0000-7000-8000-000000191000', '2026-06-20', 'holiday', NULL, '端午节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192627', '00000000-0000-7000-8000-000000191000', '2026-06-21', 'holiday', NULL, '端午节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192628', '00000000-0000-7000-8000-000000191000', '2026-09-20', 'workday', 1, '国庆节调休', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192629', '00000000-0000-7000-8000-000000191000', '2026-09-25', 'holiday', NULL, '中秋节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192630', '00000000-0000-7000-8000-000000191000', '2026-09-26', 'holiday', NULL, '中秋节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192631', '00000000-0000-7000-8000-000000191000', '2026-09-27', 'holiday', NULL, '中秋节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192632', '00000000-0000-7000-8000-000000191000', '2026-10-01', 'holiday', NULL, '国庆节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192633', '00000000-0000-7000-8000-000000191000', '2026-10-02', 'holiday', NULL, '国庆节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192634', '00000000-0000-7000-8000-000000191000', '2026-10-03', 'holiday', NULL, '国庆节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192635', '00000000-0000-7000-8000-000000191000', '2026-10-04', 'holiday', NULL, '国庆节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192636', '00000000-0000-7000-8000-000000191000', '2026-10-05', 'holiday', NULL, '国庆节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192637', '00000000-0000-7000-8000-000000191000', '2026-10-06', 'holiday', NULL, '国庆节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192638', '00000000-0000-7000-8000-000000191000', '2026-10-07', 'holiday', NULL, '国庆节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192639', '00000000-0000-7000-8000-000000191000', '2026-10-10', 'workday', 1, '国庆节调休', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192701', '00000000-0000-7000-8000-000000191000', '2027-01-01', 'holiday', NULL, '元旦', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192702', '00000000-0000-7000-8000-000000191000', '2027-02-05', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192703', '00000000-0000-7000-8000-000000191000', '2027-02-06', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192704', '00000000-0000-7000-8000-000000191000', '2027-02-07', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192705', '00000000-0000-7000-8000-000000191000', '2027-02-08', 'holiday', NULL, '春节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192706', '00000000-0000-7000-8000-000000191000', '2027-04-05', 'holiday', NULL, '清明节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192707', '00000000-0000-7000-8000-000000191000', '2027-05-01', 'holiday', NULL, '劳动节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192708', '00000000-0000-7000-8000-000000191000', '2027-05-02', 'holiday', NULL, '劳动节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192709', '00000000-0000-7000-8000-000000191000', '2027-06-09', 'holiday', NULL, '端午节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192710', '00000000-0000-7000-8000-000000191000', '2027-09-15', 'holiday', NULL, '中秋节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192711', '00000000-0000-7000-8000-000000191000', '2027-10-01', 'holiday', NULL, '国庆节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192712', '00000000-0000-7000-8000-000000191000', '2027-10-02', 'holiday', NULL, '国庆节', {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000192713', '00000000-0000-7000-8000-000000191000', '2027-10-03', 'holiday', NULL, '国庆节', {NOW}, {NOW});

-- Default SLAs (business minutes): complaints are answered faster than ordinary tickets.
INSERT INTO sla_policies (id, kind, priority, first_response_minutes, resolution_minutes, created_at, updated_at) VALUES
    ('00000000-0000-7000-8000-000000193001', 'ticket', 'low', 960, 4800, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000193002', 'ticket', 'normal', 480, 2400, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000193003', 'ticket', 'high', 240, 960, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000193004', 'ticket', 'urgent', 60, 480, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000193005', 'complaint', 'low', 480, 2400, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000193006', 'complaint', 'normal', 240, 1440, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000193007', 'complaint', 'high', 120, 480, {NOW}, {NOW}),
    ('00000000-0000-7000-8000-000000193008', 'complaint', 'urgent', 30, 240, {NOW}, {NOW});

INSERT INTO document_counters (id, kind, pattern, created_at, updated_at) VALUES
    ('00000000-0000-7000-8000-000000001913', 'ticket', 'T{YYYY}-{NNNNNN}', {NOW}, {NOW});
