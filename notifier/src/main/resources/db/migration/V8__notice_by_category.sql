-- The volume preview leaves out, in the database, the notices a filter's categories exclude (most notices are not
-- relevant): found through this index rather than by reading every stored notice of the weeks counted.
create index notice_by_category on notice ((payload->>'category'), (coalesce(payload->>'possiblyRelevant', 'false')), received_at);
