-- The tracker's record. Releases are kept exactly as published (evidence); a procurement row is derived from its
-- releases after each one arrives, so it can always be rebuilt from them.

create table release (
    release_id   text primary key,
    ocid         text        not null,
    release_date timestamptz,
    fetched_at   timestamptz not null,
    source       text        not null,
    -- the release JSON exactly as published, and the SHA-256 of its UTF-8 bytes
    original     text        not null,
    sha256       text        not null,
    -- the classified notice (JSON) as last received for this release (the latest classification); text, not jsonb,
    -- because jsonb refuses the \u0000 escapes some published notices contain
    payload      text        not null,
    classified_at timestamptz not null,
    received_at  timestamptz not null default now()
);
create index release_by_ocid on release (ocid, release_date);

-- every classification a release was given, one per rules version: how it changed over time
create table classification (
    release_id        text             not null references release (release_id),
    rules_version     text             not null,
    category          text             not null,
    possibly_relevant boolean          not null,
    confidence        double precision not null,
    reasons           text             not null, -- JSON
    changes           text             not null, -- JSON
    classified_at     timestamptz      not null,
    primary key (release_id, rules_version)
);

-- buyers and suppliers under one normalised key (an NHS trust can be both)
create table organisation (
    key             text primary key,
    name            text not null,
    companies_house text
);

create table procurement (
    ocid              text primary key,
    title             text,
    description       text,
    buyer_key         text references organisation (key),
    buyer_name        text,
    category          text             not null,
    possibly_relevant boolean          not null,
    confidence        double precision not null,
    specialties       text[]           not null,
    signals           text[]           not null,
    lifecycle         text,
    stage             text             not null,
    value_amount      numeric,
    value_currency    text,
    source            text             not null,
    regions           text[]           not null,
    first_notice      timestamptz      not null,
    latest_notice     timestamptz      not null,
    standstill_end    date,
    tender_deadline   timestamptz,
    notice_url        text,
    release_count     integer          not null,
    test_notice       boolean          not null,
    search            tsvector         not null
);
create index procurement_search on procurement using gin (search);
create index procurement_latest on procurement (latest_notice desc, ocid);
create index procurement_value on procurement (value_amount desc nulls last, ocid);
create index procurement_buyer on procurement (buyer_key, latest_notice desc);
create index procurement_category on procurement (category, latest_notice desc);
create index procurement_specialties on procurement using gin (specialties);
create index procurement_signals on procurement using gin (signals);

create table procurement_supplier (
    ocid         text not null references procurement (ocid),
    supplier_key text not null references organisation (key),
    primary key (ocid, supplier_key)
);
create index procurement_supplier_by_supplier on procurement_supplier (supplier_key);

create table dead_letter (
    id         bigserial primary key,
    topic      text        not null,
    record_key text,
    error      text        not null,
    payload    text        not null,
    failed_at  timestamptz not null default now()
);
