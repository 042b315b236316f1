-- The notifier's own schema: who wants alerts, about what, and the outbox of messages to them.

-- A recipient: an email address (double opt-in) or a Slack incoming webhook (a channel).
-- The webhook URL is a secret: stored only encrypted (AES-GCM); its fingerprint (an HMAC) finds duplicates.
create table subscriber (
    id                  bigserial primary key,
    channel             text        not null check (channel in ('email', 'slack')),
    email               text,
    webhook_ciphertext  text,
    webhook_fingerprint text,
    confirmed_at        timestamptz,
    unsubscribed_at     timestamptz,
    hard_failures       integer     not null default 0,
    -- earliest moment the next message may go out: Slack allows one message a second per webhook,
    -- and a 429 Retry-After pushes it further; shared by every notifier instance through this row.
    next_send_at        timestamptz not null default now(),
    created_at          timestamptz not null default now(),
    check ((channel = 'email' and email is not null) or (channel = 'slack' and webhook_ciphertext is not null))
);
create unique index subscriber_email on subscriber (lower(email)) where email is not null;
create unique index subscriber_webhook on subscriber (webhook_fingerprint) where webhook_fingerprint is not null;

-- A filter and a cadence. An empty array or a null minimum matches anything.
create table subscription (
    id             bigserial primary key,
    subscriber_id  bigint      not null references subscriber (id) on delete cascade,
    name           text        not null default '',
    categories     text[]      not null default '{}',
    specialties    text[]      not null default '{}',
    signals        text[]      not null default '{}',
    buyers         text[]      not null default '{}',
    regions        text[]      not null default '{}',
    keywords       text[]      not null default '{}',
    stages         text[]      not null default '{}',
    min_value      numeric,
    min_confidence double precision,
    cadence        text        not null default 'instant' check (cadence in ('instant', 'daily')),
    digest_hour    smallint    not null default 7 check (digest_hour between 0 and 23),
    confirmed      boolean     not null default false,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index subscription_subscriber on subscription (subscriber_id);

-- Each classified release alerts were made for, as received (the NoticeClassified JSON): messages are rendered from it.
create table notice (
    release_id  text primary key,
    ocid        text        not null,
    payload     jsonb       not null,
    received_at timestamptz not null default now()
);
create index notice_ocid on notice (ocid);

-- The outbox: one message to one subscriber. Workers claim due rows with FOR UPDATE SKIP LOCKED.
create table delivery (
    id              bigserial primary key,
    subscriber_id   bigint      not null references subscriber (id) on delete cascade,
    kind            text        not null check (kind in ('instant', 'digest', 'confirmation')),
    release_id      text,
    period          date,
    subscription_id bigint references subscription (id) on delete cascade,
    state           text        not null default 'pending'
        check (state in ('pending', 'sent', 'failed', 'gave_up', 'cancelled')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create unique index delivery_instant on delivery (subscriber_id, release_id) where kind = 'instant';
create unique index delivery_digest on delivery (subscriber_id, period) where kind = 'digest';
create index delivery_due on delivery (next_attempt_at) where state = 'pending';

-- One alert per (subscription, release), whatever the redeliveries: the heart of "never doubled".
create table alert (
    id              bigserial primary key,
    subscription_id bigint      not null references subscription (id) on delete cascade,
    subscriber_id   bigint      not null references subscriber (id) on delete cascade,
    release_id      text        not null references notice (release_id),
    ocid            text        not null,
    kind            text        not null check (kind in ('match', 'update')),
    cadence         text        not null check (cadence in ('instant', 'daily')),
    delivery_id     bigint references delivery (id) on delete set null,
    created_at      timestamptz not null default now(),
    unique (subscription_id, release_id)
);
create index alert_ocid on alert (ocid);
create index alert_waiting_for_digest on alert (subscriber_id) where cadence = 'daily' and delivery_id is null;

-- Addresses we must not write to again (repeated hard SMTP failures), kept even if the subscriber is deleted.
create table suppressed_address (
    email         text primary key,
    reason        text        not null,
    suppressed_at timestamptz not null default now()
);

-- Webhooks Slack refused with a 4xx other than 429 (revoked, channel archived…): why, and when.
create table disabled_webhook (
    subscriber_id bigint primary key references subscriber (id) on delete cascade,
    reason        text        not null,
    disabled_at   timestamptz not null default now()
);

-- Input that could not be processed, kept whole (it also goes to the dead-letter topic).
create table dead_letter (
    id        bigserial primary key,
    topic     text        not null,
    record_key text,
    error     text        not null,
    payload   text        not null,
    failed_at timestamptz not null default now()
);
