-- The volume preview reads the notices of the last weeks in the order they arrived.
create index notice_received on notice (received_at, release_id);
