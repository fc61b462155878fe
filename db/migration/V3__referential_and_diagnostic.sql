-- The référentiel (versioned data: themes, criteria), campaigns, self-diagnostics with their
-- answers, expert reviews, history and evidence files.

create table referential (
    id          bigint primary key,
    network_id  bigint       not null references network (id),
    version     integer      not null check (version > 0),
    name        varchar(300) not null,
    description text,
    source      varchar(10)  not null check (source in ('DEFAULT', 'IMPORT')),
    created_at  timestamptz  not null default now(),
    unique (network_id, id),
    unique (network_id, version)
);
create sequence referential_seq increment by 50;

create table referential_theme (
    id             bigint primary key,
    network_id     bigint       not null references network (id),
    referential_id bigint       not null,
    code           varchar(10)  not null,
    title          varchar(300) not null,
    level1_title   varchar(300) not null,
    level2_title   varchar(300) not null,
    position       integer      not null,
    unique (network_id, id),
    unique (referential_id, code),
    foreign key (network_id, referential_id) references referential (network_id, id) on delete cascade
);
create sequence referential_theme_seq increment by 50;

create table criterion (
    id                bigint primary key,
    network_id        bigint       not null references network (id),
    referential_id    bigint       not null,
    theme_id          bigint       not null,
    code              varchar(20)  not null,
    level             smallint     not null check (level in (1, 2)),
    title             varchar(300) not null,
    explanation       text         not null,
    examples          text,
    expected_content  text,
    legal_references  text,
    expected_evidence text,
    key_deliverable   varchar(200),
    position          integer      not null,
    unique (network_id, id),
    unique (referential_id, code),
    foreign key (network_id, referential_id) references referential (network_id, id) on delete cascade,
    foreign key (network_id, theme_id) references referential_theme (network_id, id) on delete cascade
);
create sequence criterion_seq increment by 50;
create index criterion_referential_idx on criterion (network_id, referential_id, position);

create table campaign (
    id                bigint primary key,
    network_id        bigint      not null references network (id),
    year              integer     not null check (year between 2000 and 2100),
    referential_id    bigint      not null,
    opens_on          date        not null,
    closes_on         date        not null,
    director_sign_off boolean     not null default false,
    created_at        timestamptz not null default now(),
    check (closes_on >= opens_on),
    unique (network_id, id),
    unique (network_id, year),
    foreign key (network_id, referential_id) references referential (network_id, id)
);
create sequence campaign_seq increment by 50;

create table diagnostic (
    id                 bigint primary key,
    network_id         bigint      not null references network (id),
    campaign_id        bigint      not null,
    structure_id       bigint      not null,
    status             varchar(12) not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'VALIDATED')),
    submitted_at       timestamptz,
    submitted_by       bigint,
    director_signed_at timestamptz,
    director_signed_by bigint,
    validated_at       timestamptz,
    validated_by       bigint,
    return_note        text,
    lock_version       integer     not null default 0,
    created_at         timestamptz not null default now(),
    unique (network_id, id),
    unique (campaign_id, structure_id),
    foreign key (network_id, campaign_id) references campaign (network_id, id),
    foreign key (network_id, structure_id) references structure (network_id, id)
);
create sequence diagnostic_seq increment by 50;
create index diagnostic_structure_idx on diagnostic (network_id, structure_id);
create index diagnostic_campaign_idx on diagnostic (network_id, campaign_id, status);

create table answer (
    id             bigint primary key,
    network_id     bigint      not null references network (id),
    diagnostic_id  bigint      not null,
    criterion_id   bigint      not null,
    rating         varchar(16) check (rating in ('CONFORME', 'PARTIEL', 'NON_CONFORME', 'NON_APPLICABLE')),
    justification  text,
    comment        text,
    updated_at     timestamptz,
    updated_by     bigint,
    review_rating  varchar(16) check (review_rating in ('CONFORME', 'PARTIEL', 'NON_CONFORME', 'NON_APPLICABLE')),
    review_comment text,
    reviewed_at    timestamptz,
    reviewed_by    bigint,
    lock_version   integer     not null default 0,
    unique (network_id, id),
    unique (diagnostic_id, criterion_id),
    check (rating is distinct from 'NON_APPLICABLE' or length(trim(coalesce(justification, ''))) > 0),
    foreign key (network_id, diagnostic_id) references diagnostic (network_id, id) on delete cascade,
    foreign key (network_id, criterion_id) references criterion (network_id, id)
);
create sequence answer_seq increment by 50;
create index answer_diagnostic_idx on answer (network_id, diagnostic_id);

-- Every change of an answer or of its review, readable per criterion.
create table answer_change (
    id            bigint primary key,
    network_id    bigint       not null references network (id),
    answer_id     bigint       not null,
    changed_at    timestamptz  not null,
    changed_by    bigint,
    changed_by_name varchar(210),
    kind          varchar(10)  not null check (kind in ('ANSWER', 'REVIEW')),
    field         varchar(20)  not null,
    old_value     text,
    new_value     text,
    unique (network_id, id),
    foreign key (network_id, answer_id) references answer (network_id, id) on delete cascade
);
create sequence answer_change_seq increment by 50;
create index answer_change_answer_idx on answer_change (network_id, answer_id, changed_at);

-- Files are stored in PostgreSQL; the bytes live apart, in chunks of at most 1 MiB, so that listing
-- files never reads them and a download streams chunk by chunk instead of holding the whole file.
create table stored_file (
    id           bigint primary key,
    network_id   bigint       not null references network (id),
    file_name    varchar(255) not null,
    content_type varchar(150) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       varchar(64)  not null,
    uploaded_at  timestamptz  not null default now(),
    uploaded_by  bigint,
    unique (network_id, id)
);
create sequence stored_file_seq increment by 50;

create table stored_file_chunk (
    file_id  bigint  not null references stored_file (id) on delete cascade,
    chunk_no integer not null check (chunk_no >= 0),
    bytes    bytea   not null,
    primary key (file_id, chunk_no)
);

create table evidence (
    id         bigint primary key,
    network_id bigint not null references network (id),
    answer_id  bigint not null,
    file_id    bigint not null,
    unique (network_id, id),
    foreign key (network_id, answer_id) references answer (network_id, id) on delete cascade,
    foreign key (network_id, file_id) references stored_file (network_id, id) on delete cascade
);
create sequence evidence_seq increment by 50;
create index evidence_answer_idx on evidence (network_id, answer_id);

-- Counts per diagnostic and theme, written when a diagnostic is submitted (declared) and validated
-- (validated): the results tables aggregate these few rows instead of every answer.
create table diagnostic_score (
    network_id    bigint      not null references network (id),
    diagnostic_id bigint      not null,
    basis         varchar(10) not null check (basis in ('DECLARED', 'VALIDATED')),
    theme_code    varchar(10) not null,
    level         smallint    not null check (level in (1, 2)),
    met           integer     not null,
    partial       integer     not null,
    not_met       integer     not null,
    not_applicable integer    not null,
    primary key (diagnostic_id, basis, theme_code, level),
    foreign key (network_id, diagnostic_id) references diagnostic (network_id, id) on delete cascade
);
create index diagnostic_score_network_idx on diagnostic_score (network_id, diagnostic_id);

-- Each submitted diagnostic's rate per theme ('' = the whole module), derived from the counts above
-- with its campaign and structure alongside: the results tables average these rows (one per
-- structure and theme) through one index instead of adding up counts over every diagnostic.
create table diagnostic_rate (
    network_id     bigint      not null references network (id),
    diagnostic_id  bigint      not null,
    campaign_id    bigint      not null,
    structure_id   bigint      not null,
    basis          varchar(10) not null check (basis in ('DECLARED', 'VALIDATED')),
    theme_code     varchar(10) not null,
    met            integer     not null,
    partial        integer     not null,
    not_met        integer     not null,
    not_applicable integer     not null,
    rate           double precision,
    primary key (diagnostic_id, basis, theme_code),
    foreign key (network_id, diagnostic_id) references diagnostic (network_id, id) on delete cascade
);
create index diagnostic_rate_campaign_idx on diagnostic_rate (network_id, campaign_id, basis);
