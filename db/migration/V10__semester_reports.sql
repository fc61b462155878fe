-- Semester reports (bilans semestriels, slide 25): one form per UT and one per structure for each
-- half-year (year + half 1 or 2). A report is a draft, then submitted (read-only from then on, its
-- figures snapshotted in figures_snapshot), then, for a structure, signed by its director.

-- The due date the network admin sets for a semester; without a row the default applies
-- (S1: 10 July of the year, S2: 10 January of the next year).
create table semester_due_date (
    id          bigint  primary key,
    network_id  bigint  not null references network (id),
    year        integer not null check (year between 2000 and 2100),
    half        integer not null check (half in (1, 2)),
    due_on      date    not null,
    lock_version integer not null default 0,
    unique (network_id, id),
    unique (network_id, year, half)
);
create sequence semester_due_date_seq increment by 50;

create table semester_report (
    id                       bigint       primary key,
    network_id               bigint       not null references network (id),
    kind                     varchar(10)  not null check (kind in ('UNION', 'STRUCTURE')),
    territorial_union_id     bigint,
    structure_id             bigint,
    year                     integer      not null check (year between 2000 and 2100),
    half                     integer      not null check (half in (1, 2)),
    status                   varchar(10)  not null check (status in ('DRAFT', 'SUBMITTED', 'SIGNED')),
    made_on                  date,
    made_at                  varchar(200),
    made_by                  varchar(200),
    author_name              varchar(200),
    author_function          varchar(200),
    author_email             varchar(200),
    author_phone             varchar(40),
    themes_studied           text,
    action_plan_progress     text,
    network_dynamic          text,
    exchanges                text,
    organisational_measures  text,
    finished_tools           text,
    benefit_efficiency       text,
    benefit_user_relations   text,
    benefit_information      text,
    benefit_missions         text,
    benefit_practices        text,
    benefit_service_quality  text,
    benefit_traceability     text,
    benefit_risk_control     text,
    benefit_communication    text,
    deliverables             text,
    difficulties_territorial text,
    difficulties_structures  text,
    difficulties_internal    text,
    remarks                  text,
    -- the figures as they stood at submission: one line per indicator and year, "year<TAB>code<TAB>value"
    -- (value empty when nothing counted); read back by code, labels from the indicators' definitions
    figures_snapshot         text,
    submitted_at             timestamp with time zone,
    submitted_by             varchar(200),
    signed_at                timestamp with time zone,
    signed_by                varchar(200),
    lock_version             integer      not null default 0,
    unique (network_id, id),
    check ((kind = 'UNION' and territorial_union_id is not null and structure_id is null)
        or (kind = 'STRUCTURE' and structure_id is not null and territorial_union_id is null)),
    check (status = 'DRAFT' or submitted_at is not null),
    check (status <> 'SIGNED' or (kind = 'STRUCTURE' and signed_at is not null)),
    foreign key (network_id, territorial_union_id) references territorial_union (network_id, id),
    foreign key (network_id, structure_id) references structure (network_id, id)
);
create sequence semester_report_seq increment by 50;
-- one report per UT (structure) and semester
create unique index semester_report_union_idx on semester_report (network_id, territorial_union_id, year, half)
    where kind = 'UNION';
create unique index semester_report_structure_idx on semester_report (network_id, structure_id, year, half)
    where kind = 'STRUCTURE';
