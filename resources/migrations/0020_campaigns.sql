-- DeskCRM schema v20: campaigns with members, touches and attribution; competitor intelligence (issue 15).
-- Tokens and dialect blocks as in 0001_initial.sql. How the figures are read from these tables is
-- models/campaigns/CampaignReport.h (attribution) and CompetitorReport.h (win/loss), the one rule each.

-- A marketing activity: trade show, online ads, seminar, e-mail … Budget and actual cost are integer minor units of
-- the campaign's currency; the cost is counted once per campaign in every report. The target audience is a saved
-- list filter (audience_entity: which list, audience_filter: the list's filters as JSON, as the list page keeps them).
CREATE TABLE campaigns (
    id {UUID} PRIMARY KEY,
    name TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT 'other'
        CHECK (channel IN ('trade_show', 'online_ads', 'seminar', 'email', 'social', 'webinar', 'telemarketing', 'other')),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'active', 'completed', 'cancelled')),
    starts_on {DATE},
    ends_on {DATE},
    budget_minor BIGINT NOT NULL DEFAULT 0 CHECK (budget_minor >= 0),
    cost_minor BIGINT NOT NULL DEFAULT 0 CHECK (cost_minor >= 0),
    currency TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
    owner_id {UUID} REFERENCES users(id),
    audience_entity TEXT CHECK (audience_entity IS NULL OR audience_entity IN ('customer', 'lead')),
    audience_filter TEXT,
    notes TEXT,
    {META},
    CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
);
CREATE INDEX ix_campaigns_name ON campaigns(name COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_campaigns_starts ON campaigns(starts_on, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_campaigns_status ON campaigns(status, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_campaigns_owner ON campaigns(owner_id, id) WHERE deleted_at IS NULL;

-- Who a campaign reaches: exactly one lead, contact or customer per row, with how they responded.
CREATE TABLE campaign_members (
    id {UUID} PRIMARY KEY,
    campaign_id {UUID} NOT NULL REFERENCES campaigns(id),
    lead_id {UUID} REFERENCES leads(id),
    contact_id {UUID} REFERENCES contacts(id),
    customer_id {UUID} REFERENCES customers(id),
    response TEXT NOT NULL DEFAULT 'planned'
        CHECK (response IN ('planned', 'sent', 'opened', 'responded', 'attended', 'no_show', 'unsubscribed')),
    responded_at {TS},
    {META},
    CHECK ((CASE WHEN lead_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN contact_id IS NULL THEN 0 ELSE 1 END)
           + (CASE WHEN customer_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX ix_campaign_members_campaign ON campaign_members(campaign_id, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_campaign_members_lead ON campaign_members(lead_id) WHERE lead_id IS NOT NULL;
CREATE INDEX ix_campaign_members_contact ON campaign_members(contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX ix_campaign_members_customer ON campaign_members(customer_id) WHERE customer_id IS NOT NULL;

-- A person met a campaign (attended the fair, clicked the ad): one row per touch, so a lead at two events has two.
-- touched_on is touched_at's UTC calendar day, compared with the campaign's dates (a touch outside them is not
-- attributed). The attribution models read these rows (CampaignReport).
CREATE TABLE campaign_touches (
    id {UUID} PRIMARY KEY,
    campaign_id {UUID} NOT NULL REFERENCES campaigns(id),
    lead_id {UUID} REFERENCES leads(id),
    contact_id {UUID} REFERENCES contacts(id),
    customer_id {UUID} REFERENCES customers(id),
    touched_at {TS} NOT NULL,
    touched_on {DATE} NOT NULL,
    note TEXT,
    {META},
    CHECK ((CASE WHEN lead_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN contact_id IS NULL THEN 0 ELSE 1 END)
           + (CASE WHEN customer_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX ix_campaign_touches_campaign ON campaign_touches(campaign_id, touched_on) WHERE deleted_at IS NULL;
CREATE INDEX ix_campaign_touches_lead ON campaign_touches(lead_id, touched_on) WHERE lead_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX ix_campaign_touches_contact ON campaign_touches(contact_id, touched_on) WHERE contact_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX ix_campaign_touches_customer ON campaign_touches(customer_id, touched_on) WHERE customer_id IS NOT NULL AND deleted_at IS NULL;

-- The first touch of a person, stamped once by CampaignTouches::record() and never overwritten afterwards.
ALTER TABLE leads ADD COLUMN first_campaign_id {UUID} REFERENCES campaigns(id);
ALTER TABLE leads ADD COLUMN first_touch_at {TS};
ALTER TABLE contacts ADD COLUMN first_campaign_id {UUID} REFERENCES campaigns(id);
ALTER TABLE contacts ADD COLUMN first_touch_at {TS};
ALTER TABLE customers ADD COLUMN first_campaign_id {UUID} REFERENCES campaigns(id);
ALTER TABLE customers ADD COLUMN first_touch_at {TS};
-- leads.campaign_id (0012) is the campaign a lead came from; an opportunity keeps its own converting campaign, so a
-- contact with two deals from two campaigns does not share one source; a contract keeps its deal's.
CREATE INDEX ix_leads_campaign ON leads(campaign_id, status) WHERE campaign_id IS NOT NULL AND deleted_at IS NULL;
ALTER TABLE opportunities ADD COLUMN campaign_id {UUID} REFERENCES campaigns(id);
CREATE INDEX ix_opportunities_campaign ON opportunities(campaign_id) WHERE campaign_id IS NOT NULL AND deleted_at IS NULL;
ALTER TABLE contracts ADD COLUMN campaign_id {UUID} REFERENCES campaigns(id);

-- Competitors and what reps saw them offer.
CREATE TABLE competitors (
    id {UUID} PRIMARY KEY,
    name TEXT NOT NULL,
    website TEXT,
    strengths TEXT,
    weaknesses TEXT,
    notes TEXT,
    {META}
);
CREATE INDEX ix_competitors_name ON competitors(name COLLATE deskcrm_name, id) WHERE deleted_at IS NULL;

CREATE TABLE competitor_observations (
    id {UUID} PRIMARY KEY,
    competitor_id {UUID} NOT NULL REFERENCES competitors(id),
    product TEXT,
    price_minor BIGINT CHECK (price_minor IS NULL OR price_minor >= 0),
    currency TEXT CHECK (currency IS NULL OR length(currency) = 3),
    promotion TEXT,
    observed_on {DATE} NOT NULL,
    place TEXT,
    observed_by {UUID} REFERENCES users(id),
    link TEXT,
    notes TEXT,
    {META}
);
CREATE INDEX ix_competitor_observations_latest ON competitor_observations(competitor_id, observed_on, id) WHERE deleted_at IS NULL;

-- Competitors met on a deal, several per deal; on a lost deal one of them may be marked as the one that won it.
CREATE TABLE opportunity_competitors (
    id {UUID} PRIMARY KEY,
    opportunity_id {UUID} NOT NULL REFERENCES opportunities(id),
    competitor_id {UUID} NOT NULL REFERENCES competitors(id),
    is_winner {BOOL} NOT NULL DEFAULT {FALSE},
    notes TEXT,
    {META}
);
CREATE UNIQUE INDEX ux_opportunity_competitors ON opportunity_competitors(opportunity_id, competitor_id) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX ux_opportunity_competitors_winner ON opportunity_competitors(opportunity_id) WHERE is_winner AND deleted_at IS NULL;
CREATE INDEX ix_opportunity_competitors_competitor ON opportunity_competitors(competitor_id, opportunity_id) WHERE deleted_at IS NULL;

-- The free-text competitors field becomes links: every distinct name (a field holding one name, trimmed, compared
-- without case) becomes a competitor, each deal naming it gets a link and its field is emptied. A field naming several
-- competitors or saying more (separators , ， 、 ; / or longer than 80 characters) is kept as it was, for a person.
CREATE TABLE migration_competitor_names (name TEXT NOT NULL, folded TEXT NOT NULL PRIMARY KEY, id {UUID});
INSERT INTO migration_competitor_names (name, folded)
    SELECT MIN(trim(competitors)), lower(trim(competitors)) FROM opportunities
    WHERE competitors IS NOT NULL AND trim(competitors) <> '' AND length(trim(competitors)) <= 80
      AND competitors NOT LIKE '%,%' AND competitors NOT LIKE '%，%' AND competitors NOT LIKE '%、%'
      AND competitors NOT LIKE '%;%' AND competitors NOT LIKE '%；%' AND competitors NOT LIKE '%/%'
    GROUP BY lower(trim(competitors));
-- @sqlite
UPDATE migration_competitor_names SET id = lower(substr(hex(randomblob(4)), 1, 8) || '-' || substr(hex(randomblob(2)), 1, 4)
    || '-4' || substr(hex(randomblob(2)), 1, 3) || '-8' || substr(hex(randomblob(2)), 1, 3) || '-'
    || hex(randomblob(6)));
-- @end
-- @postgresql
UPDATE migration_competitor_names SET id = gen_random_uuid();
-- @end
INSERT INTO competitors (id, name, created_at, updated_at) SELECT id, name, {NOW}, {NOW} FROM migration_competitor_names;
-- @sqlite
INSERT INTO opportunity_competitors (id, opportunity_id, competitor_id, created_at, updated_at)
    SELECT lower(substr(hex(randomblob(4)), 1, 8) || '-' || substr(hex(randomblob(2)), 1, 4) || '-4'
               || substr(hex(randomblob(2)), 1, 3) || '-8' || substr(hex(randomblob(2)), 1, 3) || '-' || hex(randomblob(6))),
           o.id, n.id, {NOW}, {NOW}
    FROM opportunities o JOIN migration_competitor_names n ON n.folded = lower(trim(o.competitors));
-- @end
-- @postgresql
INSERT INTO opportunity_competitors (id, opportunity_id, competitor_id, created_at, updated_at)
    SELECT gen_random_uuid(), o.id, n.id, {NOW}, {NOW}
    FROM opportunities o JOIN migration_competitor_names n ON n.folded = lower(trim(o.competitors));
-- @end
UPDATE opportunities SET competitors = NULL
    WHERE competitors IS NOT NULL AND lower(trim(competitors)) IN (SELECT folded FROM migration_competitor_names);
-- The search index held those deals' old text: emptied, it is built anew when the database is next opened
-- (SearchIndex::buildIfMissing), so `deskcrm-cli check` finds every record as it is.
DELETE FROM search_index WHERE EXISTS (SELECT 1 FROM migration_competitor_names);
DROP TABLE migration_competitor_names;
