-- Impact data (issue 6): per structure and year, the clients served, the satisfaction survey and
-- the synthesis of personalised projects; the complaints register; ANAP's performance dashboard
-- (indicator definitions as data, each structure's yearly raw data, confirmed flags).

-- One row per structure and year. The survey is either entered as totals (survey_mode TOTALS: the
-- returned count and the four answer counts are typed in) or built from one row per returned
-- questionnaire (QUESTIONNAIRES: those five figures are counted from satisfaction_questionnaire and
-- the columns below stay null). "sent" is always typed in: only the structure knows it.
create table impact_year (
    id                   bigint primary key,
    network_id           bigint      not null references network (id),
    structure_id         bigint      not null,
    year                 integer     not null check (year between 2000 and 2100),
    clients_served       integer     check (clients_served >= 0),
    survey_mode          varchar(14) not null check (survey_mode in ('TOTALS', 'QUESTIONNAIRES')),
    questionnaires_sent  integer     check (questionnaires_sent >= 0),
    questionnaires_returned integer  check (questionnaires_returned >= 0),
    very_satisfied       integer     check (very_satisfied >= 0),
    satisfied            integer     check (satisfied >= 0),
    not_very_satisfied   integer     check (not_very_satisfied >= 0),
    not_satisfied        integer     check (not_satisfied >= 0),
    qualitative_benefits text,
    lock_version         integer     not null default 0,
    unique (network_id, id),
    unique (network_id, structure_id, year),
    check (questionnaires_returned is null or questionnaires_sent is null
           or questionnaires_returned <= questionnaires_sent),
    check (coalesce(very_satisfied, 0) + coalesce(satisfied, 0) + coalesce(not_very_satisfied, 0)
           + coalesce(not_satisfied, 0) <= coalesce(questionnaires_returned, 2147483647)),
    foreign key (network_id, structure_id) references structure (network_id, id)
);
create sequence impact_year_seq increment by 50;

-- One returned questionnaire (mode QUESTIONNAIRES): its date and the one answer it gives.
create table satisfaction_questionnaire (
    id           bigint primary key,
    network_id   bigint      not null references network (id),
    structure_id bigint      not null,
    year         integer     not null check (year between 2000 and 2100),
    returned_on  date        not null,
    answer       varchar(20) not null check (answer in ('VERY_SATISFIED', 'SATISFIED', 'NOT_VERY_SATISFIED', 'NOT_SATISFIED')),
    unique (network_id, id),
    check (extract(year from returned_on) = year),
    foreign key (network_id, structure_id) references structure (network_id, id)
);
create sequence satisfaction_questionnaire_seq increment by 50;
create index satisfaction_questionnaire_idx on satisfaction_questionnaire (network_id, structure_id, year);

-- The complaints register: a pseudonymous client reference, never a name.
create table complaint (
    id               bigint primary key,
    network_id       bigint       not null references network (id),
    structure_id     bigint       not null,
    received_on      date         not null,
    channel          varchar(10)  not null check (channel in ('ORAL', 'WRITTEN')),
    client_reference varchar(40)  not null,
    category         varchar(30)  not null,
    description      text         not null,
    answer_given     text,
    closed_on        date,
    lock_version     integer      not null default 0,
    unique (network_id, id),
    check (closed_on is null or closed_on >= received_on),
    foreign key (network_id, structure_id) references structure (network_id, id)
);
create sequence complaint_seq increment by 50;
create index complaint_structure_idx on complaint (network_id, structure_id, received_on);

-- ANAP indicator definitions, seeded per network (the default set) on first use. The value is
-- (signed sum of the numerator's raw inputs) × factor ÷ ((signed sum of the denominator's) ×
-- denominator_factor); inputs are named by
-- code in `numerator_inputs` / `denominator_inputs` ("A+B-C"); no denominator: numerator × factor.
create table anap_indicator (
    id                  bigint primary key,
    network_id          bigint        not null references network (id),
    code                varchar(30)   not null,
    axis                integer       not null check (axis between 1 and 4),
    label               varchar(200)  not null,
    numerator_label     varchar(300)  not null,
    numerator_unit      varchar(40)   not null,
    numerator_inputs    varchar(200)  not null,
    denominator_label   varchar(300),
    denominator_unit    varchar(40),
    denominator_inputs  varchar(200),
    factor              numeric(12,6) not null,
    denominator_factor  numeric(12,6) not null default 1,
    unit                varchar(20)   not null,
    formula             varchar(500)  not null,
    structure_types     varchar(60)   not null,
    source              varchar(300)  not null,
    physical_min        numeric(14,4),
    physical_max        numeric(14,4),
    position            integer       not null,
    unique (network_id, id),
    unique (network_id, code)
);
create sequence anap_indicator_seq increment by 50;

-- The raw inputs the referent types in (their labels and units), seeded with the indicators.
create table anap_input (
    id         bigint primary key,
    network_id bigint       not null references network (id),
    code       varchar(40)  not null,
    axis       integer      not null check (axis between 1 and 4),
    label      varchar(300) not null,
    unit       varchar(40)  not null,
    negative_allowed boolean not null default false,
    position   integer      not null,
    unique (network_id, id),
    unique (network_id, code)
);
create sequence anap_input_seq increment by 50;

-- One structure's yearly raw data (the year's campaign): one row per input filled. Written in
-- bulk by plain SQL (never by Hibernate, so the sequence is used directly), audited explicitly.
create sequence anap_value_seq increment by 50;
create table anap_value (
    id           bigint primary key default nextval('anap_value_seq'),
    network_id   bigint         not null references network (id),
    structure_id bigint         not null,
    year         integer        not null check (year between 2000 and 2100),
    input_code   varchar(40)    not null,
    value        numeric(16,4)  not null,
    unique (network_id, id),
    unique (network_id, structure_id, year, input_code),
    foreign key (network_id, structure_id) references structure (network_id, id)
);
create index anap_value_year_idx on anap_value (network_id, year, structure_id);

-- A referent's confirmation that a flagged value is right, for the value it was confirmed at:
-- a later change of the inputs makes the value differ and the flag shows again.
create table anap_confirmation (
    id             bigint primary key,
    network_id     bigint        not null references network (id),
    structure_id   bigint        not null,
    year           integer       not null,
    indicator_code varchar(30)   not null,
    confirmed_value numeric(20,6) not null,
    comment        varchar(500),
    confirmed_at   timestamptz   not null,
    confirmed_by   bigint,
    unique (network_id, id),
    unique (network_id, structure_id, year, indicator_code),
    foreign key (network_id, structure_id) references structure (network_id, id)
);
create sequence anap_confirmation_seq increment by 50;
