-- Ready for distributing the tenant tables by network (Citus): every tenant table carries
-- network_id, its keys include it, and its foreign keys to other tenant tables include it
-- (DistributionReadinessTests pins these rules over the live schema; docs/architecture.md).

-- A file's chunks carry their file's network, and reach their file through (network_id, file_id).
alter table stored_file_chunk add column network_id bigint references network (id);
update stored_file_chunk c set network_id = f.network_id from stored_file f where f.id = c.file_id;
alter table stored_file_chunk alter column network_id set not null;
alter table stored_file_chunk drop constraint stored_file_chunk_file_id_fkey;
alter table stored_file_chunk
    add constraint stored_file_chunk_file_fkey foreign key (network_id, file_id)
        references stored_file (network_id, id) on delete cascade;
alter table stored_file_chunk drop constraint stored_file_chunk_pkey;
alter table stored_file_chunk add primary key (network_id, file_id, chunk_no);

-- Keys scoped by a parent row: the parent already fixes the network, so adding network_id in front
-- changes nothing of what they accept; queries filter on network_id first, as Tenancy asks.
alter table referential_theme drop constraint referential_theme_referential_id_code_key;
alter table referential_theme add unique (network_id, referential_id, code);
alter table criterion drop constraint criterion_referential_id_code_key;
alter table criterion add unique (network_id, referential_id, code);
alter table answer drop constraint answer_diagnostic_id_criterion_id_key;
alter table answer add unique (network_id, diagnostic_id, criterion_id);
alter table diagnostic drop constraint diagnostic_campaign_id_structure_id_key;
alter table diagnostic add unique (network_id, campaign_id, structure_id);
alter table diagnostic_score drop constraint diagnostic_score_pkey;
alter table diagnostic_score add primary key (network_id, diagnostic_id, basis, theme_code, level);
alter table diagnostic_rate drop constraint diagnostic_rate_pkey;
alter table diagnostic_rate add primary key (network_id, diagnostic_id, basis, theme_code);
alter table meeting_decision_criterion drop constraint meeting_decision_criterion_decision_id_criterion_id_key;
alter table meeting_decision_criterion add unique (network_id, decision_id, criterion_id);
alter table attendance drop constraint attendance_meeting_id_structure_id_key;
alter table attendance add unique (network_id, meeting_id, structure_id);
alter table action_theme drop constraint action_theme_action_id_theme_id_key;
alter table action_theme add unique (network_id, action_id, theme_id);
alter table action_criterion drop constraint action_criterion_action_id_criterion_id_key;
alter table action_criterion add unique (network_id, action_id, criterion_id);
drop index role_grant_unique_idx;
create unique index role_grant_unique_idx on role_grant (
    network_id, user_id, role, coalesce(territorial_union_id, 0), coalesce(working_group_id, 0),
    coalesce(structure_id, 0));
