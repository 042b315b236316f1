-- Searches must stay fast at hundreds of thousands of procurements.

-- Every prefix of every delivery region (UKE, UKE1, UKE12; LS, LS1, LS12), so that a region filter is an indexed
-- array lookup instead of a scan of every procurement's regions.
alter table procurement add column region_keys text[] not null default '{}';
update procurement set region_keys = coalesce((
    select array_agg(distinct left(code, n))
    from (select upper(replace(r, ' ', '')) as code from unnest(regions) r) c, generate_series(2, 8) n
    where n <= length(code)), '{}');
create index procurement_region_keys on procurement using gin (region_keys);

-- The default list: relevant procurements, newest first.
create index procurement_relevant_latest on procurement (latest_notice desc, ocid)
    where category <> 'not_relevant' and not possibly_relevant and not test_notice;
create index procurement_lifecycle on procurement (lifecycle, latest_notice desc);
create index procurement_source on procurement (source, latest_notice desc);
