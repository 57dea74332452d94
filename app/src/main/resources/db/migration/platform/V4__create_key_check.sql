-- A check value of each server secret that is kept in a file unless configured (the
-- encryption key, the link key): a server starting with another key than the one the
-- database was used with refuses to start instead of silently disagreeing with the others.
create table platform.key_check (
    name        varchar(40) primary key,
    check_value char(64)    not null,
    created_at  timestamptz not null default now()
);
