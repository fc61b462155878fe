-- Every foreign key gets an index that serves it (SchemaTests checks it on the live schema):
-- without one, deleting or re-keying a referenced row (a structure, a person, a stored file…)
-- scans the whole referencing table under a lock, and joins from the referenced side do too.
create index role_grant_union_idx on role_grant (network_id, territorial_union_id);
create index role_grant_group_idx on role_grant (network_id, working_group_id);
create index role_grant_structure_idx on role_grant (network_id, structure_id);
create index activation_token_user_idx on activation_token (network_id, user_id);

create index campaign_referential_idx on campaign (network_id, referential_id);
create index criterion_theme_idx on criterion (network_id, theme_id);
create index answer_criterion_idx on answer (network_id, criterion_id);
create index evidence_file_idx on evidence (network_id, file_id);

create index planning_step_owner_idx on planning_step (network_id, owner_id);
create index expert_visit_structure_idx on expert_visit (network_id, structure_id);
create index meeting_referential_idx on meeting (network_id, referential_id);
create index meeting_signed_sheet_idx on meeting (network_id, signed_sheet_file_id);
create index meeting_topic_theme_idx on meeting_topic (network_id, theme_id);
create index meeting_topic_criterion_idx on meeting_topic (network_id, criterion_id);
create index meeting_decision_criterion_criterion_idx on meeting_decision_criterion (network_id, criterion_id);

create index action_item_owner_person_idx on action_item (network_id, owner_person_id);
create index action_item_owner_structure_idx on action_item (network_id, owner_structure_id);
create index action_theme_theme_idx on action_theme (network_id, theme_id);
create index action_comment_author_idx on action_comment (network_id, author_id);
create index action_evidence_file_idx on action_evidence (network_id, file_id);

create index toolbox_document_file_idx on toolbox_document (network_id, file_id);
create index toolbox_document_uploader_idx on toolbox_document (network_id, uploaded_by);
create index deliverable_requirement_criterion_fk_idx on deliverable_requirement (network_id, criterion_id);
create index deliverable_requirement_union_idx on deliverable_requirement (network_id, territorial_union_id);
create index deliverable_requirement_group_idx on deliverable_requirement (network_id, working_group_id);
create index deliverable_requirement_structure_idx on deliverable_requirement (network_id, structure_id);
create index deliverable_version_file_idx on deliverable_version (network_id, file_id);
create index deliverable_version_uploader_idx on deliverable_version (network_id, uploaded_by);
create index deliverable_comment_author_idx on deliverable_comment (network_id, author_id);

-- the unique indexes per semester are partial (one per kind): they do not serve the foreign keys
create index semester_report_union_fk_idx on semester_report (network_id, territorial_union_id);
create index semester_report_structure_fk_idx on semester_report (network_id, structure_id);

-- A complaint's category is one of ComplaintCategory's values, as the other enumerated columns are.
alter table complaint add constraint complaint_category_check check (category in (
    'RECEPTION_INFORMATION', 'CONTRACT_BILLING', 'SCHEDULE_PUNCTUALITY', 'CONTINUITY_REPLACEMENT',
    'QUALITY_OF_CARE', 'STAFF_BEHAVIOUR', 'SAFETY_PROPERTY', 'OTHER'));
