create schema if not exists stores;

create table stores.store (
    id           uuid primary key,
    version      int          not null,
    name         varchar(120) not null,
    slug         varchar(48)  not null unique,
    timezone     varchar(64)  not null,
    currency     char(3)      not null,
    locale       varchar(8)   not null,
    logo_url     varchar(1000),
    brand_color  char(7)      not null,
    accent_color char(7)      not null,
    created_at   timestamptz  not null
);

create table stores.staff_account (
    id            uuid primary key,
    version       int          not null,
    email         varchar(254) not null unique,
    display_name  varchar(120) not null,
    password_hash varchar(200) not null,
    created_at    timestamptz  not null
);

create table stores.store_membership (
    staff_account_id uuid        not null references stores.staff_account (id) on delete cascade,
    store_id         uuid        not null references stores.store (id),
    role             varchar(16) not null check (role in ('OWNER', 'ADMIN', 'AGENT', 'ANALYST')),
    joined_at        timestamptz not null,
    primary key (staff_account_id, store_id)
);
create index store_membership_store_idx on stores.store_membership (store_id);

create table stores.api_key (
    id           uuid primary key,
    version      int          not null,
    store_id     uuid         not null references stores.store (id),
    name         varchar(80)  not null,
    scope        varchar(8)   not null check (scope in ('OWNER', 'WRITE', 'READ')),
    prefix       char(12)     not null unique,
    secret_hash  char(64)     not null,
    created_by   uuid,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_key_store_idx on stores.api_key (store_id, created_at desc);
