-- Each channel owns its recipient. A subscriber keeps what its channel stores (an email address as given; a Slack
-- webhook only AES-GCM-encrypted) in one opaque column, and what the channel compares (the lower-cased address; the
-- webhook's keyed fingerprint) in another: one subscriber per (channel, key). Which channels exist is the code's
-- business (each is a registered bean), so the database no longer lists them.
alter table subscriber add column recipient text, add column recipient_key text;
update subscriber set recipient = email, recipient_key = lower(email) where channel = 'email';
update subscriber set recipient = webhook_ciphertext, recipient_key = webhook_fingerprint where channel = 'slack';
alter table subscriber alter column recipient set not null, alter column recipient_key set not null;
alter table subscriber drop constraint if exists subscriber_channel_check;
-- Dropping the columns drops their unique indexes and the check that tied them to the channel.
alter table subscriber drop column email, drop column webhook_ciphertext, drop column webhook_fingerprint;
create unique index subscriber_recipient on subscriber (channel, recipient_key);

-- Recipients nothing may be sent to again after repeated hard failures (SMTP 5xx, a webhook Slack refuses), for
-- every channel alike: by key, so that deleting the subscriber and subscribing again does not lift it.
create table suppressed_recipient (
    channel       text        not null,
    recipient_key text        not null,
    reason        text        not null,
    suppressed_at timestamptz not null default now(),
    primary key (channel, recipient_key)
);
insert into suppressed_recipient (channel, recipient_key, reason, suppressed_at)
select 'email', email, reason, suppressed_at from suppressed_address;
insert into suppressed_recipient (channel, recipient_key, reason, suppressed_at)
select r.channel, r.recipient_key, d.reason, d.disabled_at from disabled_webhook d join subscriber r on r.id = d.subscriber_id
on conflict do nothing;
drop table suppressed_address;
drop table disabled_webhook;
