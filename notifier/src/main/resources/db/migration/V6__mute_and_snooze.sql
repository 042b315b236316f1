-- What a subscriber no longer wants to hear about: a buyer or a supplier (by name, as notices publish them) or one
-- procurement (its ocid). key is what matching compares (a name lower-cased with its spaces collapsed, or the ocid);
-- label is what the subscriber saw.
create table mute (
    id            bigserial primary key,
    subscriber_id bigint      not null references subscriber (id) on delete cascade,
    kind          text        not null check (kind in ('buyer', 'supplier', 'procurement')),
    key           text        not null,
    label         text        not null,
    created_at    timestamptz not null default now(),
    unique (subscriber_id, kind, key)
);
create index mute_key on mute (kind, key);

-- All alerts to one subscriber paused until a moment; what matches meanwhile is skipped, not saved for later.
create table snooze (
    subscriber_id bigint      primary key references subscriber (id) on delete cascade,
    until_at      timestamptz not null,
    created_at    timestamptz not null default now()
);
