-- When an unsubscribe ended a subscription: its old confirmation link must not bring it back.
alter table subscription add column closed_at timestamptz;
