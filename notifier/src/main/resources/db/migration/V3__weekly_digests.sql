-- A weekly digest, on the weekday the service is configured with (notifier.digest.weekly-day), besides instant and daily.
alter table subscription drop constraint subscription_cadence_check;
alter table subscription add constraint subscription_cadence_check check (cadence in ('instant', 'daily', 'weekly'));
alter table alert drop constraint alert_cadence_check;
alter table alert add constraint alert_cadence_check check (cadence in ('instant', 'daily', 'weekly'));
drop index alert_waiting_for_digest;
create index alert_waiting_for_digest on alert (subscriber_id) where cadence <> 'instant' and delivery_id is null;
