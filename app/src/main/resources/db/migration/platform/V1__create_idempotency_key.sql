create schema if not exists platform;

create table platform.idempotency_key (
    store_id        uuid         not null,
    idempotency_key varchar(255) not null,
    fingerprint     char(64)     not null,
    response_status int,
    content_type    varchar(200),
    response_body   bytea,
    created_at      timestamptz  not null default now(),
    completed_at    timestamptz,
    primary key (store_id, idempotency_key)
);
create index idempotency_key_created_idx on platform.idempotency_key (created_at);
