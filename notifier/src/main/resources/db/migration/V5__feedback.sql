-- What subscribers told us about an alert's classification: material for a person to review and grow the labelled data.
-- One answer per alert (a second click replaces the first). No foreign keys: an answer outlives the alert, the
-- subscription and the subscriber it came from, since it is about the notice.
create table feedback (
    id              bigserial primary key,
    alert_id        bigint      not null unique,
    subscriber_id   bigint      not null,
    release_id      text        not null,
    ocid            text        not null,
    source          text        not null,
    rules_version   text        not null,
    given_category  text        not null,
    answer          text        not null check (answer in ('not_relevant', 'wrong_category')),
    chosen_category text        not null,
    answered_at     timestamptz not null default now()
);
create index feedback_release on feedback (release_id);
