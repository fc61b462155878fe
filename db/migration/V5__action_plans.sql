-- Action plans: a collective plan per working group and a plan per structure. An action belongs
-- to exactly one of them; its themes and criteria, its comments and its evidence files hang off it.

create table action_item (
    id                 bigint primary key,
    network_id         bigint       not null references network (id),
    working_group_id   bigint,
    structure_id       bigint,
    title              varchar(300) not null,
    description        text,
    owner_person_id    bigint,
    owner_structure_id bigint,
    starts_on          date,
    due_on             date         not null,
    priority           varchar(8)   not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    status             varchar(12)  not null check (status in ('TODO', 'IN_PROGRESS', 'DONE', 'ABANDONED')),
    progress           integer      not null default 0 check (progress between 0 and 100),
    done_on            date,
    created_at         timestamptz  not null default now(),
    created_by         bigint,
    lock_version       integer      not null default 0,
    unique (network_id, id),
    -- one plan: a group's (collective) or a structure's
    check ((working_group_id is null) <> (structure_id is null)),
    check (owner_person_id is null or owner_structure_id is null),
    check (starts_on is null or starts_on <= due_on),
    foreign key (network_id, working_group_id) references working_group (network_id, id) on delete cascade,
    foreign key (network_id, structure_id) references structure (network_id, id) on delete cascade,
    foreign key (network_id, owner_person_id) references app_user (network_id, id) on delete set null (owner_person_id),
    foreign key (network_id, owner_structure_id) references structure (network_id, id) on delete set null (owner_structure_id)
);
create sequence action_item_seq increment by 50;
create index action_item_group_idx on action_item (network_id, working_group_id) where working_group_id is not null;
create index action_item_structure_idx on action_item (network_id, structure_id) where structure_id is not null;

create table action_theme (
    id         bigint primary key,
    network_id bigint not null references network (id),
    action_id  bigint not null,
    theme_id   bigint not null,
    unique (network_id, id),
    unique (action_id, theme_id),
    foreign key (network_id, action_id) references action_item (network_id, id) on delete cascade,
    foreign key (network_id, theme_id) references referential_theme (network_id, id)
);
create sequence action_theme_seq increment by 50;

create table action_criterion (
    id           bigint primary key,
    network_id   bigint not null references network (id),
    action_id    bigint not null,
    criterion_id bigint not null,
    unique (network_id, id),
    unique (action_id, criterion_id),
    foreign key (network_id, action_id) references action_item (network_id, id) on delete cascade,
    foreign key (network_id, criterion_id) references criterion (network_id, id)
);
create sequence action_criterion_seq increment by 50;
create index action_criterion_criterion_idx on action_criterion (network_id, criterion_id);

create table action_comment (
    id         bigint primary key,
    network_id bigint      not null references network (id),
    action_id  bigint      not null,
    author_id  bigint,
    body       text        not null check (length(trim(body)) > 0),
    created_at timestamptz not null default now(),
    unique (network_id, id),
    foreign key (network_id, action_id) references action_item (network_id, id) on delete cascade,
    foreign key (network_id, author_id) references app_user (network_id, id) on delete set null (author_id)
);
create sequence action_comment_seq increment by 50;
create index action_comment_action_idx on action_comment (network_id, action_id);

create table action_evidence (
    id         bigint primary key,
    network_id bigint not null references network (id),
    action_id  bigint not null,
    file_id    bigint not null,
    unique (network_id, id),
    foreign key (network_id, action_id) references action_item (network_id, id) on delete cascade,
    foreign key (network_id, file_id) references stored_file (network_id, id)
);
create sequence action_evidence_seq increment by 50;
create index action_evidence_action_idx on action_evidence (network_id, action_id);
