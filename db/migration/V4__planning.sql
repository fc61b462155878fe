-- Planning of the programme (steps per UT and per working group), the expert-days budget of each
-- group, the expert's visits, collective meetings with their attendance sheet, minutes and decisions.

create table planning_step (
    id                   bigint primary key,
    network_id           bigint       not null references network (id),
    territorial_union_id bigint,
    working_group_id     bigint,
    kind                 varchar(20)  not null check (kind in ('FRAMING', 'LAUNCH', 'COLLECTIVE_SESSION',
                                                               'SEMESTER_REPORT', 'ANNUAL_DIAGNOSTIC', 'OTHER')),
    title                varchar(200) not null,
    theme_code           varchar(10),
    starts_on            date         not null,
    ends_on              date         not null,
    owner_id             bigint,
    status               varchar(12)  not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'POSTPONED', 'CANCELLED')),
    check (ends_on >= starts_on),
    -- a step belongs to one UT or to one working group
    check ((territorial_union_id is null) <> (working_group_id is null)),
    unique (network_id, id),
    foreign key (network_id, territorial_union_id) references territorial_union (network_id, id),
    foreign key (network_id, working_group_id) references working_group (network_id, id),
    foreign key (network_id, owner_id) references app_user (network_id, id)
);
create sequence planning_step_seq increment by 50;
create index planning_step_group_idx on planning_step (network_id, working_group_id, starts_on);
create index planning_step_union_idx on planning_step (network_id, territorial_union_id, starts_on);

-- The expert days granted to a group for a year; without a row the default of the year applies.
create table expert_budget (
    id               bigint primary key,
    network_id       bigint       not null references network (id),
    working_group_id bigint       not null,
    year             integer      not null check (year between 2000 and 2100),
    days             numeric(5, 1) not null check (days >= 0),
    unique (network_id, id),
    unique (network_id, working_group_id, year),
    foreign key (network_id, working_group_id) references working_group (network_id, id)
);
create sequence expert_budget_seq increment by 50;

create table expert_visit (
    id               bigint primary key,
    network_id       bigint       not null references network (id),
    working_group_id bigint       not null,
    structure_id     bigint       not null,
    visited_on       date         not null,
    days             numeric(4, 1) not null check (days > 0),
    purpose          varchar(500) not null,
    unique (network_id, id),
    foreign key (network_id, working_group_id) references working_group (network_id, id),
    foreign key (network_id, structure_id) references structure (network_id, id)
);
create sequence expert_visit_seq increment by 50;
create index expert_visit_group_idx on expert_visit (network_id, working_group_id, visited_on);

create table meeting (
    id                   bigint primary key,
    network_id           bigint        not null references network (id),
    working_group_id     bigint        not null,
    referential_id       bigint,
    held_on              date          not null,
    starts_at            time          not null,
    duration_minutes     integer       not null check (duration_minutes > 0 and duration_minutes <= 720),
    place                varchar(300)  not null,
    agenda               text,
    preparation          text,
    expert_days          numeric(4, 1) not null check (expert_days >= 0),
    attendance_recorded  boolean       not null default false,
    signed_sheet_file_id bigint,
    minutes              text,
    minutes_status       varchar(10)   not null default 'NONE' check (minutes_status in ('NONE', 'DRAFT', 'PUBLISHED')),
    minutes_published_at timestamptz,
    unique (network_id, id),
    foreign key (network_id, working_group_id) references working_group (network_id, id),
    foreign key (network_id, referential_id) references referential (network_id, id),
    foreign key (network_id, signed_sheet_file_id) references stored_file (network_id, id)
);
create sequence meeting_seq increment by 50;
create index meeting_group_idx on meeting (network_id, working_group_id, held_on);

-- The themes studied at a meeting, each narrowed (or not) to some of its criteria.
create table meeting_topic (
    id           bigint primary key,
    network_id   bigint not null references network (id),
    meeting_id   bigint not null,
    theme_id     bigint not null,
    criterion_id bigint,
    unique (network_id, id),
    foreign key (network_id, meeting_id) references meeting (network_id, id) on delete cascade,
    foreign key (network_id, theme_id) references referential_theme (network_id, id),
    foreign key (network_id, criterion_id) references criterion (network_id, id)
);
create sequence meeting_topic_seq increment by 50;
create index meeting_topic_meeting_idx on meeting_topic (network_id, meeting_id);

-- The attendance sheet: one row per structure expected at the meeting (the group's members when
-- the sheet was filled in).
create table attendance (
    id           bigint primary key,
    network_id   bigint       not null references network (id),
    meeting_id   bigint       not null,
    structure_id bigint       not null,
    status       varchar(8)   not null check (status in ('PRESENT', 'EXCUSED', 'ABSENT')),
    attendees    varchar(500),
    unique (network_id, id),
    unique (meeting_id, structure_id),
    foreign key (network_id, meeting_id) references meeting (network_id, id) on delete cascade,
    foreign key (network_id, structure_id) references structure (network_id, id)
);
create sequence attendance_seq increment by 50;
create index attendance_structure_idx on attendance (network_id, structure_id);

-- A decision of the minutes; action_id is the action it became (action-plan module), without a
-- foreign key so that this migration does not depend on that module's.
create table meeting_decision (
    id         bigint primary key,
    network_id bigint        not null references network (id),
    meeting_id bigint        not null,
    text       varchar(1000) not null,
    position   integer       not null,
    action_id  bigint,
    unique (network_id, id),
    foreign key (network_id, meeting_id) references meeting (network_id, id) on delete cascade
);
create sequence meeting_decision_seq increment by 50;
create index meeting_decision_meeting_idx on meeting_decision (network_id, meeting_id);

create table meeting_decision_criterion (
    id           bigint primary key,
    network_id   bigint not null references network (id),
    decision_id  bigint not null,
    criterion_id bigint not null,
    unique (network_id, id),
    unique (decision_id, criterion_id),
    foreign key (network_id, decision_id) references meeting_decision (network_id, id) on delete cascade,
    foreign key (network_id, criterion_id) references criterion (network_id, id)
);
create sequence meeting_decision_criterion_seq increment by 50;
