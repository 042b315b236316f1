-- A monthly "still working" message for the subscribers who ask for it (off unless they do).
alter table subscriber add column monthly_summary boolean not null default false;

-- Its outbox row: one per subscriber per month (period = the month's first day), whatever the instances and restarts.
alter table delivery drop constraint delivery_kind_check;
alter table delivery add constraint delivery_kind_check check (kind in ('instant', 'digest', 'confirmation', 'monthly'));
create unique index delivery_monthly on delivery (subscriber_id, period) where kind = 'monthly';

-- Each notice's source, kept by the database from the stored event, so that the monthly figures (notices read per
-- source in a month, the latest one of each source) are index scans bounded by a month's notices, not by the table.
alter table notice add column source text generated always as (payload -> 'notice' ->> 'source') stored;
create index notice_source_received on notice (source, received_at);

-- What matched for one subscriber in a month.
create index alert_subscriber_created on alert (subscriber_id, created_at);
