-- The toolbox (model documents attached to criteria) and the deliverables each structure owes:
-- what is expected of whom and when, the versions the structure files, the review thread.

create table toolbox_document (
    id            bigint primary key,
    network_id    bigint       not null references network (id),
    criterion_id  bigint       not null,
    title         varchar(200) not null,
    kind          varchar(16)  not null check (kind in ('PROCEDURE', 'FORM', 'TEMPLATE', 'EXAMPLE', 'PRACTICAL_SHEET')),
    version_label varchar(40)  not null,
    file_id       bigint       not null,
    uploaded_by   bigint       not null,
    uploaded_at   timestamptz  not null,
    unique (network_id, id),
    foreign key (network_id, criterion_id) references criterion (network_id, id) on delete cascade,
    foreign key (network_id, file_id) references stored_file (network_id, id),
    foreign key (network_id, uploaded_by) references app_user (network_id, id)
);
create sequence toolbox_document_seq increment by 50;
create index toolbox_document_criterion_idx on toolbox_document (network_id, criterion_id);

-- What structures owe: from a key-deliverable criterion of the référentiel (for the whole network)
-- or added by a pilot for its UT, an expert for its group, either for one structure. At most one
-- of the three scopes is set; none means every structure of the network.
create table deliverable_requirement (
    id                   bigint primary key,
    network_id           bigint       not null references network (id),
    title                varchar(200) not null,
    description          varchar(2000),
    criterion_id         bigint,
    territorial_union_id bigint,
    working_group_id     bigint,
    structure_id         bigint,
    filled_by            varchar(12)  not null check (filled_by in ('REFERENT', 'DIRECTOR')),
    due_on               date,
    origin               varchar(12)  not null check (origin in ('REFERENTIAL', 'ADDED')),
    created_by           bigint,
    created_at           timestamptz  not null,
    unique (network_id, id),
    check (num_nonnulls(territorial_union_id, working_group_id, structure_id) <= 1),
    foreign key (network_id, criterion_id) references criterion (network_id, id),
    foreign key (network_id, territorial_union_id) references territorial_union (network_id, id),
    foreign key (network_id, working_group_id) references working_group (network_id, id),
    foreign key (network_id, structure_id) references structure (network_id, id)
);
create sequence deliverable_requirement_seq increment by 50;
-- one referential requirement per criterion: adopting the key deliverables twice adds nothing
create unique index deliverable_requirement_criterion_idx
    on deliverable_requirement (network_id, criterion_id) where origin = 'REFERENTIAL';

-- One structure's deliverable for one requirement; submitted_at is the latest version's upload,
-- which orders the experts' queue (oldest first).
create table deliverable (
    id             bigint primary key,
    network_id     bigint      not null references network (id),
    requirement_id bigint      not null,
    structure_id   bigint      not null,
    status         varchar(20) not null check (status in ('EXPECTED', 'SUBMITTED', 'CHANGES_REQUESTED', 'VALIDATED')),
    submitted_at   timestamptz,
    validated_at   timestamptz,
    validated_by   bigint,
    lock_version   integer     not null default 0,
    unique (network_id, id),
    unique (network_id, requirement_id, structure_id),
    foreign key (network_id, requirement_id) references deliverable_requirement (network_id, id) on delete cascade,
    foreign key (network_id, structure_id) references structure (network_id, id)
);
create sequence deliverable_seq increment by 50;
create index deliverable_structure_idx on deliverable (network_id, structure_id);
create index deliverable_queue_idx on deliverable (network_id, status, submitted_at);

create table deliverable_version (
    id             bigint primary key,
    network_id     bigint       not null references network (id),
    deliverable_id bigint       not null,
    number         integer      not null check (number > 0),
    label          varchar(200),
    file_id        bigint       not null,
    uploaded_by    bigint       not null,
    uploaded_at    timestamptz  not null,
    unique (network_id, id),
    unique (network_id, deliverable_id, number),
    foreign key (network_id, deliverable_id) references deliverable (network_id, id) on delete cascade,
    foreign key (network_id, file_id) references stored_file (network_id, id),
    foreign key (network_id, uploaded_by) references app_user (network_id, id)
);
create sequence deliverable_version_seq increment by 50;

-- The thread of a deliverable: comments of the structure and of the expert; an expert's decision
-- (changes asked, validated) is a comment with its outcome.
create table deliverable_comment (
    id             bigint primary key,
    network_id     bigint        not null references network (id),
    deliverable_id bigint        not null,
    author_id      bigint        not null,
    body           varchar(4000) not null,
    decision       varchar(20) check (decision in ('CHANGES_REQUESTED', 'VALIDATED')),
    version_number integer,
    written_at     timestamptz   not null,
    unique (network_id, id),
    foreign key (network_id, deliverable_id) references deliverable (network_id, id) on delete cascade,
    foreign key (network_id, author_id) references app_user (network_id, id)
);
create sequence deliverable_comment_seq increment by 50;
create index deliverable_comment_idx on deliverable_comment (network_id, deliverable_id, written_at);
