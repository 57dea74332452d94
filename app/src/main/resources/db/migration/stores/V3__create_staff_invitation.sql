-- People are invited into a store's team and join only when they accept, through a link
-- that is theirs alone: a random token stored as its SHA-256, valid for a week, used once.
create table stores.staff_invitation (
    id           uuid primary key,
    store_id     uuid         not null references stores.store (id),
    email        varchar(254) not null,
    display_name varchar(120) not null,
    role         varchar(16)  not null check (role in ('OWNER', 'ADMIN', 'AGENT', 'ANALYST')),
    invited_by   uuid         not null,
    token_hash   char(64)     not null unique,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    accepted_at  timestamptz
);
create index staff_invitation_store_idx on stores.staff_invitation (store_id, created_at);
