-- Pilotis foundation: the tenants (networks), their organisation, people and role grants.
-- Every tenant table carries network_id and a unique (network_id, id) key so that foreign keys
-- between tenant tables include the network: a row can never point into another network, and the
-- schema is ready to be distributed by network_id (Citus) without reshaping the data.

create table network (
    id         bigint primary key,
    name       varchar(200) not null,
    slug       varchar(60)  not null unique check (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    created_at timestamptz  not null default now()
);
create sequence network_seq increment by 50;

create table territorial_union (
    id         bigint primary key,
    network_id bigint       not null references network (id),
    name       varchar(200) not null,
    created_at timestamptz  not null default now(),
    unique (network_id, id),
    unique (network_id, name)
);
create sequence territorial_union_seq increment by 50;

create table working_group (
    id         bigint primary key,
    network_id bigint       not null references network (id),
    name       varchar(200) not null,
    created_at timestamptz  not null default now(),
    unique (network_id, id),
    unique (network_id, name)
);
create sequence working_group_seq increment by 50;

create table structure (
    id                   bigint primary key,
    network_id           bigint       not null references network (id),
    finess               varchar(9)     not null check (finess ~ '^([0-9]{2}|2A|2B)[0-9]{7}$'),
    name                 varchar(200) not null,
    type                 varchar(10)  not null check (type in ('SSIAD', 'SAAD', 'SPASAD', 'SAP')),
    departement          varchar(3)   not null check (departement ~ '^([0-9]{2}|2A|2B|97[1-6])$'),
    territorial_union_id bigint       not null,
    working_group_id     bigint,
    phase                varchar(20)  not null check (phase in ('PREPARATORY', 'DEPLOYMENT')),
    address              varchar(300),
    phone                varchar(30),
    created_at           timestamptz  not null default now(),
    unique (network_id, id),
    unique (network_id, finess),
    -- a FINESS number begins with its département (97 for the overseas départements)
    check (left(finess, 2) = left(departement, 2)),
    foreign key (network_id, territorial_union_id) references territorial_union (network_id, id),
    foreign key (network_id, working_group_id) references working_group (network_id, id)
);
create sequence structure_seq increment by 50;
create index structure_ut_idx on structure (network_id, territorial_union_id);
create index structure_group_idx on structure (network_id, working_group_id);
create index structure_departement_idx on structure (network_id, departement);

-- A person of the programme. Those who sign in have a password; the email is the sign-in name and
-- is unique across the platform (one person, one network).
create table app_user (
    id            bigint primary key,
    network_id    bigint       not null references network (id),
    email         varchar(254) not null,
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    job_title     varchar(150),
    phone         varchar(30),
    password_hash varchar(200),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    unique (network_id, id),
    check (email = lower(email))
);
create unique index app_user_email_idx on app_user (email);
create sequence app_user_seq increment by 50;

create table role_grant (
    id                   bigint primary key,
    network_id           bigint      not null references network (id),
    user_id              bigint      not null,
    role                 varchar(20) not null,
    territorial_union_id bigint,
    working_group_id     bigint,
    structure_id         bigint,
    departements         varchar(3)[],
    created_at           timestamptz not null default now(),
    unique (network_id, id),
    foreign key (network_id, user_id) references app_user (network_id, id) on delete cascade,
    foreign key (network_id, territorial_union_id) references territorial_union (network_id, id) on delete cascade,
    foreign key (network_id, working_group_id) references working_group (network_id, id) on delete cascade,
    foreign key (network_id, structure_id) references structure (network_id, id) on delete cascade,
    -- each role has exactly its own kind of scope
    check (
        (role = 'NETWORK_ADMIN' and territorial_union_id is null and working_group_id is null and structure_id is null and departements is null)
        or (role = 'PILOT' and territorial_union_id is not null and working_group_id is null and structure_id is null and departements is null)
        or (role = 'EXPERT' and working_group_id is not null and territorial_union_id is null and structure_id is null and departements is null)
        or (role in ('REFERENT', 'DIRECTOR') and structure_id is not null and territorial_union_id is null and working_group_id is null and departements is null)
        or (role = 'FUNDER' and departements is not null and cardinality(departements) > 0 and territorial_union_id is null and working_group_id is null and structure_id is null)
    )
);
create sequence role_grant_seq increment by 50;
create index role_grant_user_idx on role_grant (network_id, user_id);
create unique index role_grant_unique_idx on role_grant (
    user_id, role, coalesce(territorial_union_id, 0), coalesce(working_group_id, 0), coalesce(structure_id, 0));

-- One-time activation links: only the SHA-256 of the token is stored.
create table activation_token (
    id         bigint primary key,
    network_id bigint      not null references network (id),
    user_id    bigint      not null,
    token_hash varchar(64) not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now(),
    unique (network_id, id),
    foreign key (network_id, user_id) references app_user (network_id, id) on delete cascade
);
create sequence activation_token_seq increment by 50;

-- Failed sign-ins, shared by every instance, to slow down then refuse guessing.
create table sign_in_failure (
    id         bigint generated always as identity primary key,
    email      varchar(254) not null,
    address    varchar(64)  not null,
    failed_at  timestamptz  not null default now()
);
create index sign_in_failure_email_idx on sign_in_failure (email, failed_at);
create index sign_in_failure_address_idx on sign_in_failure (address, failed_at);

-- Who changed what, when. Written in the same transaction as the change itself.
create table audit_event (
    id          bigint generated always as identity primary key,
    network_id  bigint, -- no foreign key: the trace is written before a batched insert of its row
    occurred_at timestamptz  not null default now(),
    actor_id    bigint,
    actor_email varchar(254),
    action      varchar(40)  not null,
    entity_type varchar(60),
    entity_id   bigint,
    changes     jsonb
);
create index audit_event_network_idx on audit_event (network_id, occurred_at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
